/**
 * One walk over a parsed page collects every fact the extraction rules read: meta tags, links, JSON-LD
 * script text, microdata items, `<time>` elements, bylines, images, `<h1>` and `<title>` text.
 *
 * The walk sees the page through a {@link TreeView}, four functions over the host's own nodes, so the
 * same code reads a browser `Document` and a parse5 tree in Node; both parse HTML by the same standard,
 * so they give the same tree and therefore the same facts.
 *
 * Work is bounded: the walk is iterative (deep nesting cannot overflow the stack), stops after
 * {@link MAX_NODES} nodes, keeps at most a few hundred characters of each text it collects, and at
 * most a few of each kind of fact.
 */

/** How the extraction rules see a host's nodes. */
export interface TreeView<N> {
  /** The child nodes, in document order (none for a `<template>`: its content is not part of the page). */
  kids(node: N): ArrayLike<N> | null | undefined;
  /** The lower-case tag name of an element; `undefined` for any other node. */
  tag(node: N): string | undefined;
  /** An attribute of an element, or `null`/`undefined` when it has none. */
  attr(node: N, name: string): string | null | undefined;
  /** The text of a text node; `undefined` for any other node. */
  data(node: N): string | undefined;
}

/** A microdata item: its types and its properties' values (text, or a nested item), in page order. */
export interface Item {
  type: string[];
  props: Map<string, Array<string | Item>>;
}

/** An `<img>` of the page. */
export interface Picture {
  src: string;
  width: number;
  height: number;
  alt?: string;
  /** Inside `<article>`, `<main>` or an `articleBody`. */
  main: boolean;
}

/** A dated element: `<time datetime>` (or its text). */
export interface Stamp {
  value: string;
  /** Marked as the publishing date (`pubdate`, or a `published` class or itemprop). */
  published: boolean;
  main: boolean;
  /** Text of an element marked as a date, rather than a `<time>`. */
  shown?: boolean;
}

/** A byline candidate: the text of `[rel=author]`, `.byline`, `.author` and the like. */
export interface Byline {
  text: string;
  /** 0 for `rel=author`, 1 for byline classes, 2 for links to an author's page, 3 for author classes. */
  rank: number;
  main: boolean;
}

export interface Facts {
  lang?: string;
  title?: string;
  /** `<base href>`. */
  base?: string;
  /**
   * `<meta>` values by lower-case `property` or `name` (also `itemprop` outside any item), in page order;
   * `og:image:*` values at the index of the `og:image` they follow (a hole where an image has none).
   */
  meta: Map<string, string[]>;
  /** `<link>` hrefs by lower-case `rel` token. */
  links: Map<string, string[]>;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Top-level microdata items, and `itemprop` values written outside any item (under an empty type). */
  items: Item[];
  loose: Item;
  times: Stamp[];
  /** Short texts that hold a date written out ("December 14, 2016", "2019年3月5日"), in page order. */
  dateTexts: Stamp[];
  bylines: Byline[];
  pictures: Picture[];
  /** `<h1>` texts, and whether each is inside the article. */
  h1: Array<{ text: string; main: boolean }>;
  /** Set when the page was larger than the walk reads. */
  truncated?: boolean;
  /** Set when the page's JSON-LD was longer than is read. */
  jsonLdCut?: boolean;
}

/** Nodes read at most: far more than an article page has (a 5 MB page holds about 100,000 elements). */
export const MAX_NODES = 400_000;
const MAX_TEXT = 400;
/** JSON-LD characters read at most, over all of a page's scripts. */
export const MAX_JSON_LD = 2_000_000;
const MAX_EACH = 40;
const MAX_OPEN = 24;

const JSON_LD = /^application\/ld\+json$/i;
// Elements whose text is not page text.
const SKIP = /^(style|template|svg|math|iframe|object|select|textarea|button)$/;
// (Byline classes are BYLINE_STRONG's, tried first.)
const BYLINE = /(^|[-_\s])(author|writer|contributor|creator|reporter)s?([-_]?name)?($|[-_\s])/i;
const BYLINE_STRONG = /by-?line/i;
// A link to a writer's page: `/author/jane-roe`, `/people/jane-roe/`, `/about/editors/jane-roe`.
const AUTHOR_PAGE = /\/(authors?|profiles?|people|staff|writers?|contributors?|editors?|columnists?|journalists?|reporters?)\/[^/?#\s]+\/?(?:[?#]|$)/i;
const NOT_BYLINE = /avatar|photo|image|img|bio|description|about|more|box|follow|social|share|comment|date|time/i;
const MAIN = /^(article|main)$/;
// Navigation: a heading in it names the page's place in the site (a breadcrumb's last step), not the story.
const NAV = /breadcrumb/i;
// Elements that start a new line of text, as `innerText` reads them: "By Jane Roe" then "Dec 16, 2016" in
// separate blocks of a byline stay apart.
export const LINE = '\u2029';
// (The same tags as html-text.ts's, written the same way: the compressed file holds the pattern once.)
const BLOCK = /^(?:p|br|div|li|[uod]l|d[td]|h\d|t[rdh]|hr|blockquote|figcaption)$/i;
const DATED = /date|time|publish|posted/i;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATE_TEXT = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\.?\\s+${MONTH},?\\s+\\d{4}|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\b(?:19|20)\\d\\d[./-]\\d{1,2}[./-]\\d{1,2}\\b`, 'i');
// Microdata: the attribute that holds a property's value, by tag (else the text).
const VALUE_ATTR: Record<string, string> = {
  meta: 'content', audio: 'src', embed: 'src', iframe: 'src', img: 'src', source: 'src', track: 'src', video: 'src',
  a: 'href', area: 'href', link: 'href', object: 'data', data: 'value', meter: 'value', time: 'datetime',
};

const words = (value: string | null | undefined) => (value ? value.trim().split(/\s+/) : []);
/** Adds `value` to `list` unless it holds {@link MAX_EACH} already. */
const add = <V>(list: V[], value: V) => list.length < MAX_EACH && list.push(value);
const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => add(map.get(key) ?? map.set(key, []).get(key)!, value);
const size = (value: string | null | undefined) => (value && /^\s*\d+/.test(value) ? parseInt(value, 10) : 0);

/** Collects the facts of the page under `root` (a document or an element). */
export function collectFacts<N>(root: N, view: TreeView<N>): Facts {
  const facts: Facts = { meta: new Map(), links: new Map(), jsonLd: [], items: [], loose: { type: [], props: new Map() }, times: [], dateTexts: [], bylines: [], pictures: [], h1: [] };
  let jsonLength = 0;
  let images = 0;
  // Texts being collected: each gets the text of every text node until its element ends.
  const open: Array<{ parts: string[]; length: number; cap: number }> = [];
  const scopes: Item[] = [];
  let main = 0;
  let nav = 0;
  let skip = 0;
  let budget = MAX_NODES;

  type Exit = () => void;
  const stack: Array<N | Exit> = [root];
  while (stack.length) {
    const entry = stack.pop() as N | Exit;
    if (typeof entry == 'function') {
      (entry as Exit)();
      continue;
    }
    if (budget-- <= 0) {
      facts.truncated = true;
      // Close what is open, so the texts collected so far are kept.
      for (let i = stack.length - 1; i >= 0; i--) if (typeof stack[i] == 'function') (stack[i] as Exit)();
      break;
    }
    const node = entry;
    const text = view.data(node);
    if (text !== undefined) {
      if (!skip && text.length <= 120 && DATE_TEXT.test(text)) add(facts.dateTexts, { value: text, published: false, main: main > 0 });
      if (!skip) {
        for (const o of open) {
          if (o.length < o.cap) {
            o.parts.push(text.slice(0, o.cap - o.length));
            o.length += text.length;
          }
        }
      }
      continue;
    }
    const tag = view.tag(node);
    const kids = view.kids(node);
    if (tag === undefined) {
      for (let i = (kids?.length ?? 0) - 1; i >= 0; i--) stack.push(kids![i]);
      continue;
    }
    const attr = (name: string) => view.attr(node, name) ?? undefined;
    const marks = `${attr('class') ?? ''} ${attr('id') ?? ''}`;
    const inMain = main > 0;
    const exits: Exit[] = [];
    if (open.length && !skip && BLOCK.test(tag)) {
      const line = () => open.forEach((o) => o.parts.push(LINE));
      line();
      exits.push(line);
    }
    /** Collects the element's text (up to `cap` characters) and hands it to `done` when the element ends. */
    const collect = (done: (text: string, cut: boolean) => void, cap = MAX_TEXT) => {
      if (open.length >= MAX_OPEN) return;
      const o = { parts: [] as string[], length: 0, cap };
      open.push(o);
      exits.push(() => {
        open.splice(open.indexOf(o), 1);
        done(o.parts.join(''), o.length > o.cap);
      });
    };

    // Microdata: a property's value goes to the nearest item (or the loose one), an item to its parent.
    const props = words(attr('itemprop')).map((p) => p.toLowerCase());
    const scope = scopes[scopes.length - 1] ?? facts.loose;
    const addProp = (value: string | Item) => props.forEach((p) => push(scope.props, p, value));
    let typed = '';
    if (view.attr(node, 'itemscope') != null) {
      const item: Item = { type: words((typed = attr('itemtype') ?? '')).map((t) => t.replace(/^.*[/#]/, '')), props: new Map() };
      if (props.length) addProp(item);
      else if (scopes.length == 0) add(facts.items, item);
      scopes.push(item);
      exits.push(() => scopes.pop());
    } else if (props.length) {
      const from = VALUE_ATTR[tag];
      const value = from && attr(from);
      if (value != null) addProp(value);
      else if (!(from && tag != 'time')) collect(addProp);
    }

    if (tag == 'html') facts.lang ??= attr('lang');
    else if (tag == 'base') facts.base ??= attr('href');
    else if (tag == 'title' && !skip) {
      if (facts.title === undefined) collect((t) => (facts.title ??= t));
    } else if (tag == 'meta') {
      const key = (attr('property') || attr('name') || (scopes.length ? '' : props[0]) || '').trim().toLowerCase();
      const content = attr('content');
      if (key && content != null) {
        if (/^og:image(:url)?$/.test(key)) images++;
        // An image's own properties (`og:image:width`, …) stay at the index of the image they follow.
        if (!/^og:image:(?!url$)/.test(key)) push(facts.meta, key, content);
        else if (images <= MAX_EACH) (facts.meta.get(key) ?? facts.meta.set(key, []).get(key)!)[Math.max(images - 1, 0)] ??= content;
      }
    } else if (tag == 'link') {
      const href = attr('href');
      if (href) for (const rel of words(attr('rel'))) push(facts.links, rel.toLowerCase(), href);
    } else if (tag == 'script') {
      const ld = JSON_LD.test((attr('type') ?? '').trim());
      if (ld && jsonLength < MAX_JSON_LD) {
        // Its text is JSON, not page text: only its own collector reads it.
        const others = open.splice(0);
        collect((t, cut) => {
          jsonLength += t.length;
          facts.jsonLdCut ||= cut;
          add(facts.jsonLd, t);
        }, MAX_JSON_LD - jsonLength);
        exits.push(() => open.push(...others));
      } else {
        facts.jsonLdCut ||= ld;
        // Code: nothing reads it.
        exits.reverse().forEach((exit) => exit());
        continue;
      }
    } else if (tag == 'time') {
      const value = attr('datetime');
      const published = view.attr(node, 'pubdate') != null || /publish/i.test(`${attr('class')} ${attr('itemprop')}`);
      const time = (v: string) => add(facts.times, { value: v, published, main: inMain });
      if (value) time(value);
      else collect(time, 80);
    } else if (tag == 'img' && !skip) {
      // Lazy loading keeps the picture in a data attribute and a placeholder (often a data: URL) in src.
      const lazy = attr('data-src') || attr('data-lazy-src') || attr('data-original');
      const given = attr('src');
      const src = (given && !/^\s*data:/i.test(given) ? given : lazy) || given;
      if (src) add(facts.pictures, { src, width: size(attr('width')), height: size(attr('height')), alt: attr('alt'), main: inMain });
    } else if (tag == 'h1' && !skip && !nav) {
      collect((t) => add(facts.h1, { text: t, main: inMain }));
    }

    // Dates shown in the page: elements whose class or id says date, time or published.
    if (!skip && tag != 'time' && tag != 'meta' && DATED.test(marks)) {
      collect((t) => add(facts.times, { value: t, published: /publish|posted/i.test(marks), main: inMain, shown: true }), 120);
    }

    // Bylines: `rel=author` links, and elements whose class or id says byline or author.
    if (!skip && !/^(meta|link|img|body|html)$/.test(tag)) {
      const rank = words(attr('rel')).some((r) => r.toLowerCase() == 'author')
        ? 0
        : BYLINE_STRONG.test(marks)
          ? 1
          : tag == 'a' && AUTHOR_PAGE.test(attr('href') ?? '')
            ? 2
            : BYLINE.test(marks) && !NOT_BYLINE.test(marks)
              ? 3
              : -1;
      if (rank >= 0) collect((t) => add(facts.bylines, { text: t, rank, main: inMain }), 200);
    }

    if (MAIN.test(tag) || props.includes('articlebody')) {
      main++;
      exits.push(() => main--);
    }
    if (tag == 'nav' || NAV.test(`${marks} ${typed}`)) {
      nav++;
      exits.push(() => nav--);
    }
    if (SKIP.test(tag)) {
      skip++;
      exits.push(() => skip--);
    }

    if (exits.length) stack.push(() => exits.reverse().forEach((exit) => exit()));
    for (let i = (kids?.length ?? 0) - 1; i >= 0; i--) stack.push(kids![i]);
  }
  return facts;
}
