/**
 * The extraction rules: a page's facts (facts.ts) → a record in the canonical shape → the canonical
 * check (`normalizeArticle`'s last step, with the URL policy). Each field comes from the most reliable
 * source the page has, in this order:
 *
 * | Field | Sources, most reliable first |
 * |---|---|
 * | headline | the page's `<h1>` outside the navigation when it reads like a headline (four words or more, not the site's name): in the article first, else one the title or the stated headline confirms, else the first; JSON-LD article; microdata article; `og:title`; `twitter:title`; `headline`, `dc.title`, `parsely-title`, `sailthru.title`, `citation_title` meta; `<title>` without the site's name; any `<h1>` |
 * | author | JSON-LD; microdata (item, then loose `itemprop=author`); `author`, `article:author` (names), `parsely-author`, `sailthru.author`, `dc.creator`, `citation_author`, `byl` and any `…:author` meta; `rel=author` links; byline elements (`.byline`, then `.author` and the like), inside the article first. A staff credit in meta or a byline gives way to a person named by a later `rel=author` or `.byline` |
 * | datePublished | JSON-LD; microdata; `article:published_time` and the other date meta tags (`PUBLISHED`); `<time>` marked published, then in the article; the date in the URL path; dates printed in elements marked as dates; any `<time>`; any other meta tag named for a date |
 * | dateModified | JSON-LD; microdata; `article:modified_time`, `og:updated_time`, `dc.date.modified`, `dcterms.modified` |
 * | image | `og:image` (`secure_url` first); JSON-LD; `twitter:image`; microdata; `<link rel=image_src>`; thumbnail meta; the first large image in the article |
 * | url | `<link rel=canonical>`; `og:url`; JSON-LD; the page's URL |
 * | others | JSON-LD first, then Open Graph, then plain meta; `inLanguage` last from `<html lang>` |
 *
 * The site's own name (JSON-LD publisher, `og:site_name`, `application-name`, the host) is removed from
 * titles and never taken for an author. Relative URLs resolve against `<base href>`, else the page URL.
 */
import { adapter, date, isRec, list, num, rec, str, text } from '../article/adapters/shared.js';
import { checkDate } from '../article/dates.js';
import type { NormalizeResult, Problem } from '../article/types.js';
import { cleanTitle, dateInUrl, isSiteName, namesOf, readDate } from './clean.js';
import { MAX_JSON_LD, MAX_NODES, type Facts } from './facts.js';
import { itemValue, itemValues, jsonLdArticle, microdataArticle } from './structured.js';

type Rec = Record<string, unknown>;

// Publishing-date meta tags: these first, then any other whose name speaks of a date, in page order
// (`pubdate`, `publish-date`, `dc.date.issued`, `parsely-pub-date`, `sailthru.date`, `citation_date`, …).
const PUBLISHED = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'citation_publication_date', 'dc.date.issued'];
const DATE_KEY = /publish|date|issued|created|time/;
const NOT_PUBLISHED = /modif|updat|expir|edit|end|start|valid/;
const MODIFIED = ['article:modified_time', 'og:updated_time', 'modified_time', 'dc.date.modified', 'dcterms.modified', 'datemodified', 'lastmod', 'last-modified'];
// Author meta tags: `author`, `article:author`, `parsely-author`, `sailthru.author`, `dc.creator`,
// `citation_author`, `byl`, `author_name`, and any other named so after a prefix (`cxenseparse:author`).
const AUTHOR_KEY = /(^|[:._-])(author|byl|byline)(_?name)?$|^(dc|dcterms)\.creator$/;
// A credit to the newsroom rather than a person: taken only when no source names a person.
const STAFF = /(^|\s)(staff|editors?|newsroom|desk|team)$/i;
const TITLES = ['og:title', 'twitter:title', 'headline', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'citation_title'];
const IMAGES = ['twitter:image', 'twitter:image:src', 'parsely-image-url', 'sailthru.image.full', 'thumbnail', 'thumbnailurl'];
// Pictures that are page furniture, not the story's picture.
const FURNITURE = /logo|icon|avatar|sprite|spacer|pixel|blank|badge|banner|\/ads?\/|emoji|gravatar|1x1|placeholder/i;

/** Reads the article the facts describe. `url` is the page's address, for relative URLs. */
export function articleFromFacts(facts: Facts, url?: string): NormalizeResult {
  return fromFacts({ facts, url });
}

const fromFacts = adapter((input, problems) => readFacts(input as { facts: Facts; url?: string }, problems));

function readFacts({ facts, url: pageUrl }: { facts: Facts; url?: string }, problems: Problem[]): Rec {
  if (facts.truncated) problems.push({ path: '', message: `Larger than ${MAX_NODES} nodes: read the first ones` });
  if (facts.jsonLdCut) problems.push({ path: 'json-ld', message: `Longer than ${MAX_JSON_LD} characters in all: read up to there` });
  const meta = (key: string) => facts.meta.get(key)?.find((value) => value?.trim())?.trim();
  const metas = (keys: readonly string[]) => keys.map(meta).filter(Boolean) as string[];
  const link = (rel: string) => facts.links.get(rel)?.[0];

  const base = absolute(facts.base, pageUrl) ?? httpUrl(pageUrl);
  const resolve = (value: unknown) => {
    const raw = str(value);
    return raw && (absolute(raw, base) ?? raw);
  };
  const canonical = resolve(link('canonical'));
  const pageUrls = [pageUrl, canonical, resolve(meta('og:url'))].filter(Boolean) as string[];

  const ld: Rec = jsonLdArticle(facts.jsonLd, pageUrls, problems) ?? {};
  const micro = microdataArticle(facts.items);
  const loose = facts.loose;
  const md = (...props: string[]) => itemValue(micro, ...props) ?? itemValue(loose, ...props);

  const publisher = rec(ld.publisher);
  const siteName = text(publisher.name ?? ld.publisher) ?? text(meta('og:site_name')) ?? text(meta('application-name'));
  const hosts = pageUrls.map((u) => /^https?:\/\/([^/?#]+)/i.exec(u)?.[1]).filter(Boolean) as string[];
  // The names the page states for itself, then what only suggests one (its Twitter account, its host).
  const named = [siteName, meta('og:site_name'), meta('application-name')].filter(Boolean) as string[];
  const sites = [...named, meta('twitter:site')?.replace(/^@/, ''), ...hosts].filter(Boolean) as string[];

  // Headline: the one the article shows in its `<h1>` when it reads like one; else the stated ones; the
  // page title, without the site's name, last.
  const stated = [text(ld.headline), text(md('headline')), ...metas(TITLES).map(text)].find(Boolean);
  const title = text(facts.title?.replace(/\s+/g, ' '));
  const headings = facts.h1.map((h) => ({ ...h, text: text(h.text.replace(/\s+/g, ' ')) ?? '' }));
  // A heading that is a part of the title but not its headline is the site's logo: its name.
  const logo = headings.find((h) => !h.main && titleSitePart(h.text, title) && !overlaps(h.text, [stated]));
  if (logo) {
    named.push(logo.text);
    sites.push(logo.text);
  }
  const plausible = headings.filter((h) => looksLikeHeadline(h.text, sites, title, stated));
  // The article's own heading first; then one the title or the stated headline confirms; then any.
  const chosen = plausible.find((h) => h.main) ?? plausible.find((h) => overlaps(h.text, [title, stated])) ?? plausible[0];
  const headline =
    chosen?.text ?? (stated ? cleanTitle(stated, sites, false) : title ? cleanTitle(title, sites, true) : headings.find((h) => h.text)?.text);

  // Authors: the first source that names a person. The site's stated name is never one; a name that only
  // matches its host or Twitter account (a personal site's owner) is taken when no source names anyone
  // else, and so is a meta tag's or byline's credit to the staff. The same name written twice ("janeroe",
  // "Jane Roe") is one person.
  const byNames = (values: unknown[]) => {
    const seen = new Map<string, string>();
    for (const name of values.flatMap((value) => namesOf(text(value) ?? '', named))) {
      const key = fold(name).replace(/[^\p{L}\p{N}]/gu, '');
      if ((seen.get(key)?.split(' ').length ?? 0) < name.split(' ').length) seen.set(key, name);
    }
    return [...seen.values()];
  };
  const nameOf = (author: unknown) => `${rec(author).name ?? author}`;
  const ldAuthors = list(ld.author).flatMap((a) => {
    const names = byNames([isRec(a) ? a.name : a]);
    return names.length == 1 && isRec(a) ? [{ ...a, name: names[0] }] : names.map((name) => ({ name }));
  });
  const profiles = (facts.meta.get('article:author') ?? []).filter((v) => /^https?:/i.test(v.trim()));
  const metaAuthors = byNames([...facts.meta].flatMap(([key, values]) => (AUTHOR_KEY.test(key) ? values : [])).filter((v) => !/^https?:/i.test(v.trim())));
  const bylines = [...facts.bylines].sort((a, b) => a.rank - b.rank || +b.main - +a.main);
  const sources: unknown[][] = [
    ldAuthors,
    byNames(itemValues(micro, 'author')),
    byNames(itemValues(loose, 'author')),
    // A profile URL in article:author links the one name `author` gives.
    metaAuthors.length == 1 && profiles.length == 1 ? [{ name: metaAuthors[0], url: resolve(profiles[0]) }] : metaAuthors,
    ...bylines.map((b) => byNames([b.text])),
  ];
  // Links to writers' pages and loose author classes (ranks 2 and 3) are too often other stories' or
  // topics' links to outrank a staff credit.
  const authors =
    sources
      .slice(0, 4 + bylines.filter((b) => b.rank < 2).length)
      .map((found) => found.filter((author) => !isSiteName(nameOf(author), sites)))
      .find((found, i) => found.length && (i < 3 || !found.every((author) => STAFF.test(nameOf(author))))) ?? sources.find((found) => found.length);

  // Dates: the first readable one from the most reliable source.
  const firstDate = (values: Array<string | undefined>, path: string) => {
    for (const value of values) {
      const iso = readDate(value);
      const kept = iso && date(iso, path, []);
      if (kept && checkDate(kept).date) return date(iso, path, problems) as string;
    }
    return undefined;
  };
  const times = facts.times;
  const datePublished = firstDate(
    [
      str(ld.datePublished),
      md('datepublished'),
      md('datecreated'),
      ...metas(PUBLISHED),
      ...[...facts.meta.keys()].filter((key) => DATE_KEY.test(key) && !NOT_PUBLISHED.test(key)).map(meta),
      ...times.filter((t) => t.published && !t.shown).map((t) => t.value),
      ...times.filter((t) => t.main && !t.shown).map((t) => t.value),
      // The date in the URL path is the publishing system's: more reliable than dates read from text.
      dateInUrl(canonical ?? pageUrl),
      ...times.filter((t) => t.published).map((t) => t.value),
      ...times.filter((t) => t.main).map((t) => t.value),
      ...times.map((t) => t.value),
      ...facts.dateTexts.filter((t) => t.main).map((t) => t.value),
      ...facts.dateTexts.map((t) => t.value),
    ],
    'datePublished',
  );
  const dateModified = firstDate([str(ld.dateModified), md('datemodified'), ...metas(MODIFIED)], 'dateModified');

  // The picture: Open Graph's is the one the site chose to show for the page.
  const ldImage = isRec(ld.image) ? (ld.image as Rec) : undefined;
  const og = (key: string) => facts.meta.get(key)?.[0]?.trim() || undefined;
  const ogUrl = og('og:image:secure_url') ?? og('og:image') ?? og('og:image:url');
  const content = facts.pictures.filter((p) => !FURNITURE.test(p.src) && !/^data:/i.test(p.src));
  const large = (p: (typeof content)[number]) => p.width >= 300 || (!p.width && !p.height);
  // The first large picture in the article, else a large one anywhere, else the one described by the headline.
  const picture =
    content.find((p) => p.main && large(p)) ?? content.find((p) => p.width >= 400) ?? content.find((p) => p.alt && headline && overlaps(p.alt, [headline]));
  let image: Rec | undefined;
  const fromLd: Rec | undefined = ldImage?.url ? { ...ldImage, url: resolve(ldImage.url), sources: list(ldImage.sources).map((s) => ({ ...rec(s), url: resolve(rec(s).url) })) } : undefined;
  if (ogUrl) {
    image = { url: resolve(ogUrl), width: og('og:image:width'), height: og('og:image:height'), alt: text(og('og:image:alt')) };
    // The same picture in JSON-LD brings its caption, credit and other sizes.
    if (fromLd && fromLd.url == image.url) for (const [key, value] of Object.entries(fromLd)) if (value !== undefined) image[key] = value;
  } else if (fromLd) image = fromLd;
  else {
    const found = [...metas(IMAGES), md('image'), link('image_src'), picture?.src].find(Boolean);
    if (found) image = { url: resolve(found), alt: found == picture?.src ? text(picture.alt) : text(meta('twitter:image:alt')) };
  }
  if (image) image = { ...image, width: num(image.width), height: num(image.height) };

  const locale = str(ld.inLanguage) ?? meta('og:locale')?.replace('_', '-') ?? str(facts.lang) ?? meta('content-language') ?? meta('dc.language');
  const section = text(ld.articleSection) ?? text(meta('article:section')) ?? text(md('articlesection'));

  return {
    ...ld,
    url: canonical ?? resolve(meta('og:url')) ?? resolve(ld.url) ?? httpUrl(pageUrl),
    inLanguage: locale,
    headline,
    kicker: text(ld.kicker) ?? section,
    articleSection: section,
    description: text(ld.description) ?? text(meta('og:description')) ?? text(meta('twitter:description')) ?? text(meta('description')) ?? text(meta('dc.description')),
    author: authors,
    publisher: isRec(ld.publisher) ? { ...publisher, url: resolve(publisher.url), logo: resolve(publisher.logo) } : siteName,
    datePublished,
    dateModified,
    image,
  };
}

const fold = (value: string | undefined) => (value ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A heading that reads like a headline: four words or more (ten characters in scripts written without
 * spaces), not the site's name, and not the part of the page title that names the site (unless the
 * stated headline says it is the headline).
 */
function looksLikeHeadline(heading: string, sites: readonly string[], title: string | undefined, stated: string | undefined): boolean {
  const long = heading.split(' ').filter((word) => /\p{L}/u.test(word)).length >= 4 || (heading.length >= 10 && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(heading));
  return long && heading.length <= 300 && !isSiteName(heading, sites) && (!titleSitePart(heading, title) || overlaps(heading, [stated]));
}

/** True when the heading is a part of a title of several parts, and not its longest: the site's name. */
function titleSitePart(heading: string, title: string | undefined): boolean {
  const parts = (title ?? '').split(/\s+[|\-–—·•»:]\s+|[|｜_]/).map(fold);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return parts.length > 1 && parts.includes(fold(heading)) && fold(heading) != longest;
}

/** True when one text contains the other (ignoring case and spacing), for any of `others`. */
function overlaps(value: string, others: Array<string | undefined>): boolean {
  const v = fold(value);
  return others.some((other) => {
    const o = fold(other);
    return !!o && (o.includes(v) || v.includes(o));
  });
}

/** An absolute http(s) URL, or `undefined`. */
function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) ? value : undefined;
}

/** `value` resolved against `base` when both make an http(s) URL; `undefined` otherwise. */
function absolute(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const resolved = new URL(value.trim(), base).href;
    return /^https?:/i.test(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

