// The named adversarial suite: one table of hostile cases across every class the security issue
// lists. Each case asserts three things:
//   1. its documented end state: the reflected `state`, the `part="error"` fallback exactly when the
//      state is `error`, a `news-card-error` from the element exactly then, and whatever it adds;
//   2. that `window.__pwned`, which every payload sets if it ever runs, stays unset;
//   3. that no `error`, `unhandledrejection` or `securitypolicyviolation` event reached window (and
//      no console.error was written) while the case ran.
// Every element a case renders is also held to the render rules: no element or attribute from data,
// no style from data, every href/src/srcset candidate inside the URL policy (see inspect.ts).
// Links are never clicked: navigation is judged from attributes.
import { expect } from '@open-wc/testing';
import { MAX_HEADLINE_LENGTH, MAX_RELATED } from '../../src/article/limits.js';
import type { NewsCardErrorDetail } from '../../src/internal/article-element.js';
import { baselines, loadSeed, type ArticleHost } from './baseline.js';
import { collect, PageGuard, pwned, resetPwned, settle, srcsetCandidates, violations, type Rendered } from './inspect.js';
import { HOST_URLS, INVISIBLE_TEXT, MARKUP_PAYLOADS as P, SCRIPT_URLS as U, SRCSET_URLS } from './payloads.js';
import { poll, serverCount } from '../server/fault-client.js';

type State = 'ready' | 'error' | 'loading' | null;
/** An event as seen on the element that fired it (`currentTarget` is gone once dispatch ends). */
interface Recorded {
  type: string;
  detail: unknown;
  el: Element;
}
type Json = Record<string, unknown>;

interface Ctx {
  stage: HTMLElement;
  seed: Json;
  guard: PageGuard;
  /** `news-card-error` and `news-card-load` events, recorded on each mounted element itself. */
  events: Recorded[];
  /** Iframe windows a case made: their `__pwned` is checked too. */
  frames: Window[];
  /** Elements mounted through `mount`, for the warn-at-most-once check. */
  mounted: number;
  /** A server counter name unique to this run. */
  key(name: string): string;
}

interface Case {
  name: string;
  class: string;
  setup(ctx: Ctx): Promise<Element[]> | Element[];
  /** The end state of every element `setup` returned, or of each by index. */
  expectState: State | ((index: number) => State);
  extra?(els: ArticleHost[], ctx: Ctx): void | Promise<void>;
  /** Longest wait for the end state (fetch cases). */
  wait?: number;
}

// ---- helpers -------------------------------------------------------------------------------------------

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface MountOptions {
  props?: Json;
  attrs?: Record<string, string>;
  scripts?: Array<{ type: string; text: string }>;
  into?: ParentNode;
  doc?: Document;
}

/** Creates `tag` with attributes, script children and properties, records its events, and attaches it. */
function mount(ctx: Ctx, tag: string, options: MountOptions = {}): ArticleHost {
  const doc = options.doc ?? document;
  const el = doc.createElement(tag) as ArticleHost;
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  for (const { type, text } of options.scripts ?? []) {
    const script = doc.createElement('script');
    script.type = type;
    script.textContent = text;
    el.append(script);
  }
  const record = (event: Event) => ctx.events.push({ type: event.type, detail: (event as CustomEvent).detail, el });
  el.addEventListener('news-card-error', record);
  el.addEventListener('news-card-load', record);
  Object.assign(el, options.props ?? {});
  (options.into ?? ctx.stage).append(el);
  ctx.mounted++;
  return el;
}

const withArticle = (ctx: Ctx, tag: string, article: unknown) => mount(ctx, tag, { props: { article } });
const withJson = (ctx: Ctx, tag: string, article: unknown) =>
  mount(ctx, tag, { attrs: { article: typeof article === 'string' ? article : JSON.stringify(article) } });

const shadow = (el: Element, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const shadowAll = (el: Element, selector: string) => Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
const part = (el: Element, name: string) => shadow(el, `[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent ?? null;

function eventsOf(ctx: Ctx, el: Element, type: string): Recorded[] {
  return ctx.events.filter((event) => event.type === type && event.el === el);
}

function errorDetail(ctx: Ctx, el: Element): NewsCardErrorDetail {
  const events = eventsOf(ctx, el, 'news-card-error');
  expect(events.length, 'a news-card-error was fired').to.be.greaterThan(0);
  return events[events.length - 1].detail as NewsCardErrorDetail;
}

/** No URL attribute anywhere in the shadow root mentions the payload flag. */
function expectNoPayloadUrl(el: Element): void {
  for (const node of shadowAll(el, '[href], [src], [srcset]')) {
    for (const name of ['href', 'src', 'srcset']) {
      expect(node.getAttribute(name) ?? '', `${name} of <${node.localName}>`).to.not.match(/pwned|javascript|vbscript|data:/i);
    }
  }
}

/**
 * Waits until the server has received the request counted under `key`. An abort can only be seen by the
 * server once the request has reached it; before that, the browser drops it without opening a connection.
 */
async function reachedServer(key: string): Promise<void> {
  if (!(await poll(async () => (await serverCount(key)).count >= 1, 10000))) {
    throw new Error(`the request ${key} never reached the server`);
  }
}

const src = (ctx: Ctx, path: string, name: string) => `${path}${path.includes('?') ? '&' : '?'}key=${ctx.key(name)}`;

/** Mounts a <news-card src> and returns it once its first update has started the request. */
async function fetching(ctx: Ctx, url: string, attrs: Record<string, string> = {}): Promise<ArticleHost> {
  const el = mount(ctx, 'news-card', { attrs: { ...attrs, src: url } });
  await el.updateComplete;
  return el;
}

/** An iframe of the test origin with a module script; resolves when the script has finished. */
async function frameWith(ctx: Ctx, body: string): Promise<Window & Json> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><head><title>frame</title></head><body></body></html>';
  ctx.stage.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & Json;
  ctx.guard.watch(win);
  ctx.frames.push(win);
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = `
    window.__warnings = [];
    window.__errors = [];
    console.warn = (...args) => window.__warnings.push(args.join(' '));
    console.error = (...args) => window.__errors.push(args.join(' '));
    try { ${body}; window.__done = 'ok'; } catch (error) { window.__done = 'threw: ' + error; }`;
  win.document.body.append(script);
  await poll(() => win.__done !== undefined, 15000);
  return win;
}

/** Five elements of the frame's own realm, each given the seed as its `article` attribute. */
function fiveInFrame(ctx: Ctx, win: Window, tags = ['news-card', 'news-headline', 'news-byline', 'news-photo', 'news-related']) {
  return tags.map((tag) => withInto(ctx, win, tag));
}
function withInto(ctx: Ctx, win: Window, tag: string): ArticleHost {
  return mount(ctx, tag, { attrs: { article: JSON.stringify(ctx.seed) }, into: win.document.body, doc: win.document });
}

// Absolute: the frames are about:srcdoc documents, and WebKit does not resolve a path-only module
// specifier there against the parent's URL ("does not resolve to a valid URL").
const BUNDLE = new URL('/dist/news-card.bundle.js', location.href).href;

// ---- the cases -----------------------------------------------------------------------------------------

const MARKUP = 'markup and template injection in text fields';
const SCRIPT_URL = 'obfuscated script URLs';
const SCHEMES = 'vbscript: and data: URLs';
const SRCSET = 'srcset injection';
const HOSTS = 'protocol-relative and numeric-IP hosts';
const TYPES = 'wrong types';
const DATES = 'invalid and impossible dates';
const HUGE = '1 MiB strings and 10,000 related stories';
const BIDI = 'bidi overrides and zero-width-only text';
const JSON_ = 'invalid JSON in the attribute and the script child';
const DUPES = 'duplicate script children';
const FETCH = 'fetch faults';
const RACES = 'src races';
const REMOVAL = 'removal mid-fetch';
const BUNDLE_TWICE = 'the bundle loaded twice';
const NEIGHBOURS = 'one malformed card among 50 healthy ones';

const image = (ctx: Ctx) => ctx.seed.image as Json;

/** A markup case: `payload` in one text field renders, verbatim, as the text of `partName`. */
function markupCase(name: string, tag: string, payload: string, build: (seed: Json) => Json, partName: string, channel: 'property' | 'attribute' = 'property'): Case {
  return {
    name,
    class: MARKUP,
    setup: (ctx) => [channel === 'property' ? withArticle(ctx, tag, build(ctx.seed)) : withJson(ctx, tag, build(ctx.seed))],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, partName), `the ${partName} part shows the payload as text`).to.contain(payload);
      // The payload's own elements were not created: only the template's img (the photo), if any.
      expect(shadowAll(el, 'svg, iframe, style, script, object, embed').length).to.equal(0);
      expect(shadowAll(el, 'img').length).to.be.at.most(tag === 'news-card' || tag === 'news-photo' ? 1 : 0);
    },
  };
}

/** A URL case: `url` in one URL field is dropped; the element still renders. */
function urlCase(name: string, klass: string, tag: string, url: string, field: string): Case {
  return {
    name,
    class: klass,
    setup(ctx) {
      const article: Json = { ...ctx.seed };
      if (field === 'url') article.url = url;
      if (field === 'kicker') article.kicker = { text: 'Iraq', url };
      if (field === 'author') article.author = [{ name: 'News Desk', url }];
      if (field === 'image') article.image = { ...image(ctx), url };
      if (field === 'sources') article.image = { ...image(ctx), sources: [{ url: 'https://example.com/a-480.jpg', width: 480 }, { url, width: 960 }] };
      if (field === 'related') article.related = [{ url, headline: 'Related story' }, ...(ctx.seed.related as Json[])];
      if (field === 'publisher') article.publisher = { name: 'The Cradle', url, logo: url };
      return [withArticle(ctx, tag, article)];
    },
    expectState: 'ready',
    extra([el], ctx) {
      expectNoPayloadUrl(el);
      if (field === 'url') expect(part(el, 'headline-link'), 'the headline is not a link').to.equal(null);
      if (field === 'kicker') {
        expect(part(el, 'kicker-link'), 'the kicker is not a link').to.equal(null);
        expect(text(el, 'kicker')).to.equal('Iraq');
      }
      if (field === 'author') {
        expect(shadow(el, 'a[part~="author"]'), 'the author is not a link').to.equal(null);
        expect(text(el, 'author')).to.equal('News Desk');
      }
      if (field === 'image') expect(shadow(el, 'img'), 'the image is dropped').to.equal(null);
      if (field === 'sources') {
        // One failing candidate drops the whole srcset; the img keeps its src.
        expect(shadow(el, 'img')?.getAttribute('src')).to.equal(image(ctx).url);
        expect(shadow(el, 'img')?.hasAttribute('srcset'), 'no srcset at all').to.equal(false);
      }
      if (field === 'related') {
        const links = shadowAll(el, '[part~="related-link"]');
        expect(links.map((a) => a.textContent)).to.not.include('Related story');
        expect(links.length, 'the healthy stories stay').to.equal(3);
      }
    },
  };
}

const CASES: Case[] = [
  // -- markup and template injection, one payload per text field --------------------------------------
  markupCase('headline holds <img onerror>', 'news-card', P.img, (s) => ({ ...s, headline: P.img }), 'headline'),
  markupCase('dek holds <svg onload> (attribute)', 'news-card', P.svg, (s) => ({ ...s, description: P.svg }), 'dek', 'attribute'),
  markupCase('kicker holds a quote-breakout', 'news-headline', P.breakout, (s) => ({ ...s, kicker: { text: P.breakout, url: 'https://example.com/k' } }), 'kicker'),
  markupCase('section holds </script><script>', 'news-headline', P.scriptClose, (s) => ({ ...s, articleSection: P.scriptClose }), 'kicker', 'attribute'),
  markupCase('author name holds an HTML comment', 'news-byline', P.comment, (s) => ({ ...s, author: [{ name: P.comment }] }), 'author'),
  markupCase('publisher holds ${…}', 'news-byline', P.templateLiteral, (s) => ({ ...s, publisher: { name: P.templateLiteral } }), 'publisher', 'attribute'),
  markupCase('caption holds lit markers', 'news-photo', P.litMarker, (s) => ({ ...s, image: { ...(s.image as Json), caption: P.litMarker } }), 'caption'),
  markupCase('credit holds <iframe srcdoc>', 'news-card', P.iframe, (s) => ({ ...s, image: { ...(s.image as Json), creditText: P.iframe } }), 'credit'),
  markupCase('related headline holds <style>', 'news-related', P.style, (s) => ({ ...s, related: [{ url: 'https://example.com/r', headline: P.style }] }), 'related-link'),
  markupCase('headline holds {{…}} (JSON-LD input)', 'news-headline', P.mustache, (s) => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: P.mustache, url: s.url }), 'headline'),
  markupCase('entity-encoded markup stays literal', 'news-card', P.entity, (s) => ({ ...s, headline: P.entity }), 'headline'),
  {
    name: 'alt text holds {{…}} and stays an attribute value',
    class: MARKUP,
    setup: (ctx) => [withArticle(ctx, 'news-photo', { ...ctx.seed, image: { ...image(ctx), alt: P.mustache + P.breakout } })],
    expectState: 'ready',
    extra([el]) {
      expect(shadow(el, 'img')?.getAttribute('alt')).to.equal(P.mustache + P.breakout);
      expect(shadowAll(el, 'img').length).to.equal(1);
    },
  },
  {
    name: 'every payload in every text field of all five elements',
    class: MARKUP,
    setup(ctx) {
      const all = Object.values(P).join(' ');
      const article = {
        ...ctx.seed,
        headline: all,
        description: all,
        articleSection: all,
        kicker: { text: all },
        author: [{ name: all }, { name: P.img }],
        publisher: { name: all },
        image: { ...image(ctx), alt: all, caption: all, creditText: all },
        related: [{ url: 'https://example.com/r', headline: all }],
      };
      return ['news-card', 'news-headline', 'news-byline', 'news-photo', 'news-related'].map((tag) => withArticle(ctx, tag, article));
    },
    expectState: 'ready',
    extra(els) {
      for (const el of els) {
        expect(shadowAll(el, 'svg, iframe, style, script').length, `<${el.localName}> made no payload element`).to.equal(0);
        expect(el.shadowRoot?.textContent, `<${el.localName}> shows the markup as text`).to.contain('<img src=x onerror=');
      }
    },
  },
  {
    name: 'label overrides (messages) with markup render as text',
    class: MARKUP,
    setup: (ctx) => [mount(ctx, 'news-card', { props: { messages: { by: `${P.img} {authors}`, related: P.svg, photo: `${P.comment} {credit}` }, article: ctx.seed } })],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, 'authors')).to.contain(P.img);
      expect(text(el, 'related-heading')).to.equal(P.svg);
      expect(shadowAll(el, 'img').length).to.equal(1);
    },
  },
  {
    name: 'focused attributes with markup (headline, kicker, alt, caption, credit, publisher)',
    class: MARKUP,
    setup: (ctx) => [
      mount(ctx, 'news-headline', { attrs: { headline: P.img, kicker: P.svg } }),
      mount(ctx, 'news-photo', { attrs: { src: '/test/fixtures/none.jpg', alt: P.breakout, caption: P.comment, credit: P.iframe } }),
      mount(ctx, 'news-byline', { attrs: { authors: JSON.stringify([{ name: P.scriptClose }]), publisher: P.templateLiteral } }),
    ],
    expectState: 'ready',
    extra([headline, photo, byline]) {
      expect(text(headline, 'headline')).to.equal(P.img);
      expect(text(headline, 'kicker')).to.equal(P.svg);
      expect(shadow(photo, 'img')?.getAttribute('alt')).to.equal(P.breakout);
      expect(text(photo, 'caption')).to.equal(P.comment);
      expect(text(photo, 'credit')).to.equal(P.iframe);
      expect(text(byline, 'author')).to.equal(P.scriptClose);
      expect(text(byline, 'publisher')).to.equal(P.templateLiteral);
    },
  },

  // -- obfuscated script URLs in every URL field ---------------------------------------------------------
  urlCase('javascript: as the article url', SCRIPT_URL, 'news-card', U.plain, 'url'),
  urlCase('JaVaScRiPt: in mixed case as the kicker url', SCRIPT_URL, 'news-headline', U.mixedCase, 'kicker'),
  urlCase('leading control characters before javascript: as an author url', SCRIPT_URL, 'news-byline', U.leadingControls, 'author'),
  urlCase('a tab inside "javascript" as a related url', SCRIPT_URL, 'news-related', U.embeddedTab, 'related'),
  urlCase('newline and carriage return inside "javascript" as the image url', SCRIPT_URL, 'news-photo', U.embeddedNewline, 'image'),
  urlCase('&#106;avascript: (decimal entity) as the article url', SCRIPT_URL, 'news-headline', U.decimalEntity, 'url'),
  urlCase('jav&#x09;ascript: (hex entity tab) as the kicker url', SCRIPT_URL, 'news-card', U.hexEntityTab, 'kicker'),
  urlCase('javascript&colon; (named entity) as an author url', SCRIPT_URL, 'news-card', U.namedColon, 'author'),
  urlCase('javascript&amp;colon; (double encoded) as a related url', SCRIPT_URL, 'news-card', U.doubleEncoded, 'related'),
  urlCase('javascript%3A (percent encoded) as the article url', SCRIPT_URL, 'news-card', U.percentColon, 'url'),
  urlCase('a zero-width space inside "javascript" as the article url', SCRIPT_URL, 'news-headline', U.zeroWidth, 'url'),
  {
    name: 'javascript: in focused url, authors, src and items attributes',
    class: SCRIPT_URL,
    setup: (ctx) => [
      mount(ctx, 'news-headline', { attrs: { headline: 'Headline', url: U.plain } }),
      mount(ctx, 'news-byline', { attrs: { authors: JSON.stringify([{ name: 'News Desk', url: U.mixedCase }]) } }),
      mount(ctx, 'news-related', { props: { items: [{ url: U.embeddedTab, headline: 'Gone' }, { url: '/news/kept', headline: 'Kept' }] } }),
    ],
    expectState: 'ready',
    extra([headline, byline, related]) {
      for (const el of [headline, byline, related]) expectNoPayloadUrl(el);
      expect(part(headline, 'headline-link')).to.equal(null);
      expect(shadow(byline, 'a')).to.equal(null);
      expect(shadowAll(related, '[part~="related-link"]').map((a) => a.textContent)).to.deep.equal(['Kept']);
    },
  },
  {
    name: '<news-photo src="javascript:…"> with nothing else is an error',
    class: SCRIPT_URL,
    setup: (ctx) => [mount(ctx, 'news-photo', { attrs: { src: U.leadingControls, alt: 'x' } })],
    expectState: 'error',
    extra([el], ctx) {
      expect(errorDetail(ctx, el).problems.map((p) => p.path)).to.include('src');
      expect(shadow(el, 'img')).to.equal(null);
    },
  },
  {
    name: '<news-card src="javascript:…"> is refused without a request',
    class: SCRIPT_URL,
    setup: (ctx) => [mount(ctx, 'news-card', { attrs: { src: U.embeddedTab } })],
    expectState: 'error',
    extra([el], ctx) {
      expect(errorDetail(ctx, el).status).to.equal(-1);
      expect(errorDetail(ctx, el).problems[0].path).to.equal('src');
    },
  },

  // -- vbscript: and data: -------------------------------------------------------------------------------
  urlCase('vbscript: as the article url', SCHEMES, 'news-card', U.vbscript, 'url'),
  urlCase('data:text/html as the image url', SCHEMES, 'news-card', U.dataHtml, 'image'),
  urlCase('data:image/svg+xml with onload as an image source', SCHEMES, 'news-photo', U.dataSvg, 'sources'),
  urlCase('base64 data:text/html as an author url', SCHEMES, 'news-byline', U.dataBase64, 'author'),
  urlCase('data: as the publisher url and logo', SCHEMES, 'news-card', U.dataHtml, 'publisher'),

  // -- srcset injection ------------------------------------------------------------------------------------
  urlCase('a source url that smuggles a second candidate', SRCSET, 'news-card', SRCSET_URLS.commaCandidate, 'sources'),
  urlCase('a source url with a trailing comma', SRCSET, 'news-photo', SRCSET_URLS.trailingComma, 'sources'),
  urlCase('a source url with a leading comma and javascript:', SRCSET, 'news-card', SRCSET_URLS.leadingComma, 'sources'),
  urlCase('a source url with a space', SRCSET, 'news-photo', SRCSET_URLS.space, 'sources'),
  {
    name: 'a comma inside a source url is kept and read as one candidate',
    class: SRCSET,
    setup: (ctx) => [
      withArticle(ctx, 'news-photo', {
        ...ctx.seed,
        image: { ...image(ctx), sources: [{ url: 'https://example.com/a,480.jpg', width: 480 }, { url: 'https://example.com/a,960.jpg', width: 960 }] },
      }),
    ],
    expectState: 'ready',
    extra([el]) {
      const srcset = shadow(el, 'img')?.getAttribute('srcset') ?? '';
      expect(srcsetCandidates(srcset).map((c) => c.url)).to.deep.equal(['https://example.com/a,480.jpg', 'https://example.com/a,960.jpg']);
    },
  },

  // -- protocol-relative and numeric-IP hosts -----------------------------------------------------------------
  urlCase('a protocol-relative article url', HOSTS, 'news-card', HOST_URLS.protocolRelative, 'url'),
  urlCase('a \\\\host image url', HOSTS, 'news-photo', HOST_URLS.backslashes, 'image'),
  urlCase('a /\\host related url', HOSTS, 'news-related', HOST_URLS.slashBackslash, 'related'),
  urlCase('a dotted IPv4 kicker url', HOSTS, 'news-headline', HOST_URLS.dottedIp, 'kicker'),
  urlCase('a decimal IPv4 image url', HOSTS, 'news-card', HOST_URLS.decimalIp, 'image'),
  urlCase('a hex shorthand IPv4 author url', HOSTS, 'news-byline', HOST_URLS.hexIp, 'author'),
  urlCase('an IPv6 literal article url', HOSTS, 'news-headline', HOST_URLS.ipv6, 'url'),
  urlCase('a user@host article url', HOSTS, 'news-card', HOST_URLS.credentials, 'url'),

  // -- wrong types ----------------------------------------------------------------------------------------------
  {
    name: 'headline as an object, an array, a boolean and null',
    class: TYPES,
    setup: (ctx) => [{ text: 'x' }, ['x'], true, null].map((headline) => withArticle(ctx, 'news-card', { ...ctx.seed, headline })),
    expectState: 'error',
    extra(els, ctx) {
      for (const el of els) expect(errorDetail(ctx, el).problems.map((p) => p.path)).to.include('headline');
    },
  },
  {
    name: 'every field but the headline has the wrong type',
    class: TYPES,
    setup: (ctx) => [
      withArticle(ctx, 'news-card', {
        headline: 'Only the headline',
        url: 42,
        inLanguage: ['en'],
        kicker: 7,
        articleSection: {},
        description: [P.img],
        author: 12,
        publisher: true,
        datePublished: { year: 2021 },
        dateModified: [],
        image: ['https://example.com/a.jpg'],
        related: { url: 'https://example.com/r', headline: 'R' },
        flags: 'live',
      }),
    ],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, 'headline')).to.equal('Only the headline');
      expect(shadowAll(el, 'a, img, time, [part~="flag"]').length).to.equal(0);
    },
  },
  {
    name: 'the article property as a number, boolean, array, function, Symbol, Map and Date',
    class: TYPES,
    setup: (ctx) =>
      [42, true, [], () => ({ headline: 'x' }), Symbol('article'), new Map([['headline', 'x']]), new Date(0)].map((value) =>
        withArticle(ctx, 'news-card', value),
      ),
    expectState: 'error',
  },
  {
    name: 'the article attribute as JSON of the wrong type',
    class: TYPES,
    setup: (ctx) => ['true', '42', '[]', '"headline"', 'null'].map((json) => withJson(ctx, 'news-headline', json)),
    expectState: 'error',
  },
  {
    name: 'a getter that throws, a throwing proxy and a revoked proxy',
    class: TYPES,
    setup(ctx) {
      const boom = () => {
        throw new Error('hostile getter');
      };
      const getter = Object.defineProperty({ ...ctx.seed }, 'headline', { get: boom, enumerable: true });
      const proxy = new Proxy({ ...ctx.seed }, { get: boom, has: boom, ownKeys: boom });
      const revocable = Proxy.revocable({ ...ctx.seed }, {});
      revocable.revoke();
      const imageGetter = Object.defineProperty({ ...ctx.seed }, 'image', { get: boom, enumerable: true });
      return [getter, proxy, revocable.proxy, imageGetter].map((article) => withArticle(ctx, 'news-card', article));
    },
    expectState: (i) => (i === 3 ? 'ready' : 'error'),
    extra(els) {
      expect(shadow(els[3], 'img'), 'the image whose getter threw is dropped').to.equal(null);
    },
  },
  {
    name: '__proto__ and constructor keys in the attribute JSON pollute nothing',
    class: TYPES,
    setup: (ctx) => [
      withJson(
        ctx,
        'news-card',
        `{"__proto__": {"polluted": "yes", "headline": "${'planted'}"}, "constructor": {"prototype": {"polluted": "yes"}}, "headline": "Clean", "image": {"__proto__": {"url": "javascript:window.__pwned=1"}, "url": "/test/fixtures/none.jpg", "alt": "A"}}`,
      ),
    ],
    expectState: 'ready',
    extra([el]) {
      expect(({} as Json).polluted).to.equal(undefined);
      expect(text(el, 'headline')).to.equal('Clean');
      expectNoPayloadUrl(el);
    },
  },
  {
    name: 'hostile values in the configuration attributes fall back to defaults',
    class: TYPES,
    setup: (ctx) => [
      mount(ctx, 'news-card', {
        attrs: {
          article: JSON.stringify(ctx.seed),
          'heading-level': '<img src=x onerror=window.__pwned=1>',
          layout: 'javascript:window.__pwned=1',
          theme: '"><svg onload=window.__pwned=1>',
          aspect: '1/0;} * { background: url(javascript:window.__pwned=1) }',
          locale: '"><img src=x onerror=window.__pwned=1>',
          'time-style': '<b>',
          timeout: 'Infinity',
          credentials: 'include"><x>',
          position: '<img>',
        },
      }),
    ],
    expectState: 'ready',
    extra([el]) {
      expect(shadow(el, 'h2[part~="headline"]'), 'heading level 2').to.not.equal(null);
      const lang = shadow(el, '[lang]')?.getAttribute('lang') ?? '';
      expect(lang).to.not.match(/[<>"]/);
    },
  },

  // -- invalid and impossible dates ------------------------------------------------------------------------------
  {
    name: 'invalid dates render no <time>',
    class: DATES,
    setup: (ctx) => [
      withArticle(ctx, 'news-byline', { ...ctx.seed, datePublished: '2021-13-45', dateModified: 'yesterday' }),
      withArticle(ctx, 'news-related', { ...ctx.seed, related: [{ url: '/r', headline: 'R', datePublished: '<img src=x onerror=window.__pwned=1>' }] }),
    ],
    expectState: 'ready',
    extra(els) {
      for (const el of els) expect(shadowAll(el, 'time').length).to.equal(0);
    },
  },
  {
    name: 'impossible dates (30 February, 25:00, year 275760) render no <time>',
    class: DATES,
    setup: (ctx) => [
      withArticle(ctx, 'news-byline', { ...ctx.seed, datePublished: '2024-02-30', dateModified: '2021-12-27T25:00:00Z' }),
      withArticle(ctx, 'news-card', { ...ctx.seed, datePublished: '+275760-09-13T00:00:01Z', related: [{ url: '/r', headline: 'R', datePublished: '2023-02-29' }] }),
    ],
    expectState: 'ready',
    extra(els) {
      for (const el of els) expect(shadowAll(el, 'time').length).to.equal(0);
      expect(text(els[0], 'publisher')).to.equal('The Cradle');
    },
  },

  // -- huge input ------------------------------------------------------------------------------------------------
  {
    name: 'a 1 MiB headline (property) is cut and clamped',
    class: HUGE,
    setup: (ctx) => [withArticle(ctx, 'news-card', { ...ctx.seed, headline: 'H'.repeat(1024 * 1024) })],
    expectState: 'ready',
    extra([el]) {
      const headline = part(el, 'headline') as HTMLElement;
      const kept = headline.textContent ?? '';
      expect(kept.length).to.be.within(1000, MAX_HEADLINE_LENGTH);
      expect(kept.endsWith('…')).to.equal(true);
      // The kept text stays in the DOM for assistive technology, but the box is clamped visually.
      const lineHeight = parseFloat(getComputedStyle(headline).lineHeight) || 30;
      expect(headline.getBoundingClientRect().height, 'the headline box is clamped to a few lines').to.be.below(lineHeight * 12);
    },
  },
  {
    name: 'a 1 MiB headline, dek and alt in the attribute JSON',
    class: HUGE,
    setup: (ctx) => {
      const big = 'x'.repeat(1024 * 1024);
      return [withJson(ctx, 'news-card', { ...ctx.seed, headline: big, description: big, image: { ...image(ctx), alt: big } })];
    },
    expectState: 'ready',
    extra([el]) {
      expect((text(el, 'headline') ?? '').length).to.be.at.most(MAX_HEADLINE_LENGTH);
      expect((text(el, 'dek') ?? '').length).to.be.below(10_000);
      expect((shadow(el, 'img')?.getAttribute('alt') ?? '').length).to.be.at.most(MAX_HEADLINE_LENGTH);
    },
  },
  {
    name: '10,000 related stories render at most the related cap',
    class: HUGE,
    setup(ctx) {
      const related = Array.from({ length: 10_000 }, (_, i) => ({ url: `https://example.com/news/${i}`, headline: `Story ${i}`, datePublished: '2021-12-26' }));
      return [withArticle(ctx, 'news-related', { ...ctx.seed, related }), withJson(ctx, 'news-card', { ...ctx.seed, related })];
    },
    expectState: 'ready',
    extra(els) {
      for (const el of els) {
        const items = shadowAll(el, '[part~="related-item"]');
        expect(items.length).to.be.within(1, MAX_RELATED);
        expect(items[0].textContent).to.contain('Story 0');
      }
    },
  },

  // -- bidi and invisible text ----------------------------------------------------------------------------------
  {
    name: 'an unpaired right-to-left override cannot reorder what follows',
    class: BIDI,
    setup: (ctx) => [withArticle(ctx, 'news-card', { ...ctx.seed, headline: '\u202Egnp.exe', author: [{ name: '\u202EDesk' }] })],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, 'headline')).to.equal('gnp.exe');
      expect(text(el, 'author')).to.equal('Desk');
      expect(part(el, 'headline')?.getAttribute('dir'), 'data text is isolated').to.equal('auto');
    },
  },
  {
    name: 'a paired override is kept inside an isolated element',
    class: BIDI,
    setup: (ctx) => [withArticle(ctx, 'news-byline', { ...ctx.seed, author: [{ name: INVISIBLE_TEXT.bidiOverride }], publisher: { name: '\u2067Cradle\u2069' } })],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, 'author')).to.equal(INVISIBLE_TEXT.bidiOverride);
      expect(part(el, 'author')?.getAttribute('dir')).to.equal('auto');
      expect(shadow(el, '[part~="publisher"] bdi'), 'the publisher is in a <bdi>').to.not.equal(null);
    },
  },
  {
    name: 'a zero-width-only or whitespace-only headline is an error',
    class: BIDI,
    setup: (ctx) => [
      withArticle(ctx, 'news-card', { ...ctx.seed, headline: INVISIBLE_TEXT.zeroWidthOnly }),
      withJson(ctx, 'news-headline', { headline: INVISIBLE_TEXT.whitespaceOnly }),
      mount(ctx, 'news-headline', { attrs: { headline: INVISIBLE_TEXT.isolates } }),
    ],
    expectState: 'error',
    extra(els, ctx) {
      for (const el of els) expect(errorDetail(ctx, el).problems.map((p) => p.path)).to.include('headline');
    },
  },
  {
    name: 'zero-width-only names, kicker and caption are left out',
    class: BIDI,
    setup: (ctx) => [
      withArticle(ctx, 'news-card', {
        ...ctx.seed,
        author: [{ name: INVISIBLE_TEXT.zeroWidthOnly }],
        kicker: { text: INVISIBLE_TEXT.zeroWidthOnly },
        image: { ...image(ctx), caption: INVISIBLE_TEXT.zeroWidthOnly, creditText: 'Credit' },
      }),
    ],
    expectState: 'ready',
    extra([el]) {
      expect(part(el, 'author')).to.equal(null);
      expect(part(el, 'kicker')).to.equal(null);
      expect(part(el, 'caption')).to.equal(null);
      expect(text(el, 'credit')).to.equal('Credit');
    },
  },

  // -- invalid JSON --------------------------------------------------------------------------------------------------
  {
    name: 'invalid JSON in the article attribute',
    class: JSON_,
    setup: (ctx) => ['{"headline": "Cut', "{'headline': 'single quotes'}", '{"headline": NaN}', '{"headline": "x"} trailing', '<img src=x onerror=window.__pwned=1>'].map((json) => withJson(ctx, 'news-card', json)),
    expectState: 'error',
    extra(els, ctx) {
      for (const el of els) expect(errorDetail(ctx, el).problems[0].message).to.match(/JSON/);
    },
  },
  {
    name: 'invalid JSON in the script child (json and ld+json)',
    class: JSON_,
    setup: (ctx) => [
      mount(ctx, 'news-card', { scripts: [{ type: 'application/json', text: '{"headline": ' }] }),
      mount(ctx, 'news-card', { scripts: [{ type: 'application/ld+json', text: '{"@type": "NewsArticle", "headline": "x",}' }] }),
    ],
    expectState: 'error',
  },
  {
    name: 'markup inside a valid JSON script child stays text',
    class: JSON_,
    setup: (ctx) => [mount(ctx, 'news-card', { scripts: [{ type: 'application/json', text: JSON.stringify({ ...ctx.seed, headline: `${P.scriptClose}${P.comment}` }) }] })],
    expectState: 'ready',
    extra([el]) {
      expect(text(el, 'headline')).to.equal(`${P.scriptClose}${P.comment}`);
    },
  },

  // -- duplicate script children ---------------------------------------------------------------------------------------
  {
    name: 'two JSON script children: the first is used, the second reported',
    class: DUPES,
    setup: (ctx) => [
      mount(ctx, 'news-card', {
        scripts: [
          { type: 'application/json', text: JSON.stringify({ ...ctx.seed, headline: 'First' }) },
          { type: 'application/ld+json', text: JSON.stringify({ '@type': 'NewsArticle', headline: 'Second' }) },
        ],
      }),
    ],
    expectState: 'ready',
    extra([el], ctx) {
      expect(text(el, 'headline')).to.equal('First');
      expect(ctx.guard.warnings.some((w) => /script/.test(w)), 'the ignored script is reported').to.equal(true);
    },
  },
  {
    name: 'an invalid first script child is not rescued by a valid second one',
    class: DUPES,
    setup: (ctx) => [
      mount(ctx, 'news-card', {
        scripts: [
          { type: 'application/ld+json', text: '{"headline": ' },
          { type: 'application/json', text: JSON.stringify(ctx.seed) },
        ],
      }),
    ],
    expectState: 'error',
  },

  // -- every fetch fault ------------------------------------------------------------------------------------------------
  ...(
    [
      ['404', '/fault/status?code=404', 404],
      ['500 (after its retries)', '/fault/status?code=500', 500],
      ['a plain-text body with status 200', '/fault/text', -1],
      ['invalid JSON', '/fault/invalid', -1],
      ['an empty body', '/fault/empty', -1],
      ['an oversized body with an honest Content-Length', `/fault/oversized?bytes=${2 * 1024 * 1024}`, 200],
      ['an oversized chunked body', `/fault/chunked?bytes=${2 * 1024 * 1024}`, 200],
      ['an oversized body behind a small gzip Content-Length', `/fault/gzip?bytes=${2 * 1024 * 1024}`, 200],
      ['a server that never answers (timeout 400 ms)', '/fault/never', -1],
      ['a body that stalls half way (timeout 400 ms)', '/fault/stall', -1],
      ['a dropped connection (network error)', '/fault/reset', -1],
    ] as const
  ).map(
    ([label, path, status]): Case => ({
      name: `src: ${label}`,
      class: FETCH,
      setup: async (ctx) => [await fetching(ctx, src(ctx, path, label), { timeout: path.includes('never') || path.includes('stall') ? '400' : '8000' })],
      expectState: 'error',
      wait: 12000,
      extra([el], ctx) {
        const detail = errorDetail(ctx, el);
        expect(detail.status).to.equal(status);
        expect(detail.problems[0].path).to.equal('src');
        expect(eventsOf(ctx, el, 'news-card-error').length, 'one error event').to.equal(1);
        expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(0);
        if (status === 200) expect(detail.problems[0].message).to.match(/larger/i);
      },
    }),
  ),
  {
    name: 'src: a fetched article full of payloads renders as text',
    class: FETCH,
    setup: async (ctx) => [await fetching(ctx, src(ctx, `/fault/article?headline=${encodeURIComponent(P.img + P.svg)}`, 'hostile-article'))],
    expectState: 'ready',
    wait: 8000,
    extra([el], ctx) {
      expect(text(el, 'headline')).to.equal(P.img + P.svg);
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(1);
    },
  },

  // -- src races ------------------------------------------------------------------------------------------------------------
  {
    name: 'a slow first src loses to a fast second src',
    class: RACES,
    async setup(ctx) {
      const el = await fetching(ctx, src(ctx, '/fault/article?headline=First&delay=600', 'race-first'));
      el.setAttribute('src', src(ctx, '/fault/article?headline=Second', 'race-second'));
      return [el];
    },
    expectState: 'ready',
    wait: 8000,
    async extra([el], ctx) {
      await sleep(900); // long after the first response would have arrived
      expect(text(el, 'headline')).to.equal('Second');
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(1);
    },
  },
  {
    name: 'a superseded src is aborted, and its earlier answer never renders',
    class: RACES,
    async setup(ctx) {
      const first = ctx.key('race-aborted');
      // The first answer is slow enough that the abort always comes before it.
      const el = await fetching(ctx, `/fault/article?headline=First&delay=3000&key=${first}`);
      await reachedServer(first);
      el.setAttribute('src', src(ctx, '/fault/article?headline=Second&delay=500', 'race-slow-second'));
      (el as unknown as Json).__firstKey = first;
      return [el];
    },
    expectState: 'ready',
    wait: 8000,
    async extra([el], ctx) {
      expect(text(el, 'headline')).to.equal('Second');
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(1);
      const firstKey = (el as unknown as Json).__firstKey as string;
      // The server sees the abort when the browser closes the connection, which can lag on a busy machine.
      expect(await poll(async () => (await serverCount(firstKey)).closed >= 1, 10000), 'the first request was aborted').to.equal(true);
      expect((await serverCount(firstKey)).count).to.equal(1);
    },
  },
  {
    name: 'ten src changes in a row: only the last renders, once',
    class: RACES,
    async setup(ctx) {
      const el = await fetching(ctx, src(ctx, '/fault/article?headline=Take-0&delay=400', 'race-take-0'));
      for (let i = 1; i < 10; i++) {
        el.setAttribute('src', src(ctx, `/fault/article?headline=Take-${i}&delay=${(10 - i) * 40}`, `race-take-${i}`));
        await el.updateComplete;
      }
      return [el];
    },
    expectState: 'ready',
    wait: 8000,
    async extra([el], ctx) {
      await sleep(600); // every earlier answer would have arrived by now
      expect(text(el, 'headline')).to.equal('Take-9');
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(1);
    },
  },
  {
    name: 'an article property set mid-fetch wins and aborts the request',
    class: RACES,
    async setup(ctx) {
      const key = ctx.key('race-property');
      const el = await fetching(ctx, `/fault/never?key=${key}`);
      await reachedServer(key);
      el.article = { ...ctx.seed, headline: 'From the property' };
      (el as unknown as Json).__key = key;
      return [el];
    },
    expectState: 'ready',
    async extra([el], ctx) {
      expect(text(el, 'headline')).to.equal('From the property');
      const key = (el as unknown as Json).__key as string;
      expect(await poll(async () => (await serverCount(key)).closed >= 1, 10000), 'the request was aborted').to.equal(true);
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(0);
    },
  },
  {
    name: 'src switched to a script URL mid-fetch ends in error, once',
    class: RACES,
    async setup(ctx) {
      const el = await fetching(ctx, src(ctx, '/fault/article?delay=300', 'race-to-script'));
      el.setAttribute('src', U.plain);
      return [el];
    },
    expectState: 'error',
    async extra([el], ctx) {
      await sleep(500);
      expect(el.getAttribute('state'), 'the stale answer did not render').to.equal('error');
      expect(eventsOf(ctx, el, 'news-card-error').length).to.equal(1);
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(0);
    },
  },

  // -- removal mid-fetch ------------------------------------------------------------------------------------------------------
  {
    name: 'removed while a request that never ends is in flight',
    class: REMOVAL,
    async setup(ctx) {
      const key = ctx.key('removed-never');
      const el = await fetching(ctx, `/fault/never?key=${key}`);
      await reachedServer(key);
      el.remove();
      (el as unknown as Json).__key = key;
      return [el];
    },
    expectState: 'loading',
    async extra([el], ctx) {
      const key = (el as unknown as Json).__key as string;
      expect(await poll(async () => (await serverCount(key)).closed >= 1, 10000), 'the request was aborted').to.equal(true);
      expect(eventsOf(ctx, el, 'news-card-error').length + eventsOf(ctx, el, 'news-card-load').length, 'nothing fired').to.equal(0);
    },
  },
  {
    name: 'removed before a slow answer arrives: nothing renders, nothing fires',
    class: REMOVAL,
    async setup(ctx) {
      const el = await fetching(ctx, src(ctx, '/fault/article?headline=Late&delay=300', 'removed-slow'));
      el.remove();
      return [el];
    },
    expectState: 'loading',
    async extra([el], ctx) {
      await sleep(600);
      expect(el.getAttribute('state')).to.equal('loading');
      expect(part(el, 'headline')).to.equal(null);
      expect(ctx.events.length).to.equal(0);
    },
  },
  {
    name: 'removed mid-fetch and attached again: the fetch resumes and renders',
    class: REMOVAL,
    async setup(ctx) {
      const el = await fetching(ctx, src(ctx, '/fault/article?headline=Back&delay=200', 'removed-back'));
      el.remove();
      await sleep(50);
      ctx.stage.append(el);
      return [el];
    },
    expectState: 'ready',
    wait: 8000,
    extra([el], ctx) {
      expect(text(el, 'headline')).to.equal('Back');
      expect(eventsOf(ctx, el, 'news-card-load').length).to.equal(1);
    },
  },

  // -- the bundle loaded twice -----------------------------------------------------------------------------------------------------
  {
    name: 'two copies of the bundle in one page: no throw, the elements work',
    class: BUNDLE_TWICE,
    async setup(ctx) {
      const win = await frameWith(ctx, `await import('${BUNDLE}?copy=1'); await import('${BUNDLE}?copy=2');`);
      expect(win.__done, 'both imports finished').to.equal('ok');
      return fiveInFrame(ctx, win);
    },
    expectState: 'ready',
    extra(els, ctx) {
      const win = ctx.frames[0] as Window & Json;
      expect(win.__errors).to.deep.equal([]);
      const warnings = win.__warnings as string[];
      // The second copy finds every tag taken: at most one warning per tag, each naming it.
      expect(warnings.length).to.be.at.most(5);
      for (const warning of warnings) expect(warning).to.match(/<news-[a-z]+>/);
      expect(text(els[0], 'headline')).to.contain('Basra');
    },
  },
  {
    name: 'a page that defined one of the tags first: a warning, no throw, the rest work',
    class: BUNDLE_TWICE,
    async setup(ctx) {
      const win = await frameWith(
        ctx,
        `customElements.define('news-photo', class ForeignPhoto extends HTMLElement {}); await import('${BUNDLE}?copy=3');`,
      );
      expect(win.__done).to.equal('ok');
      return fiveInFrame(ctx, win, ['news-card', 'news-headline', 'news-byline', 'news-related']);
    },
    expectState: 'ready',
    extra(_els, ctx) {
      const win = ctx.frames[0] as Window & Json;
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings).to.have.length(1);
      expect((win.__warnings as string[])[0]).to.contain('news-photo');
      expect(win.customElements.get('news-photo')?.name).to.equal('ForeignPhoto');
    },
  },

  // -- one bad card among healthy ones ------------------------------------------------------------------------------------------------
  {
    name: 'one malformed card among 50 healthy ones shows the only fallback',
    class: NEIGHBOURS,
    setup(ctx) {
      return Array.from({ length: 51 }, (_, i) =>
        i === 25 ? withJson(ctx, 'news-card', '{"headline": "Broken", "image": ') : withJson(ctx, 'news-card', { ...ctx.seed, headline: `Healthy ${i}` }),
      );
    },
    expectState: (i) => (i === 25 ? 'error' : 'ready'),
    extra(els, ctx) {
      const errors = ctx.events.filter((e) => e.type === 'news-card-error');
      expect(errors.length, 'exactly one error event').to.equal(1);
      expect(errors[0].el).to.equal(els[25]);
      expect(els.filter((el) => part(el, 'error')).length, 'exactly one fallback').to.equal(1);
      expect(text(els[26], 'headline')).to.equal('Healthy 26');
    },
  },
];

// ---- the runner ----------------------------------------------------------------------------------------------

describe('adversarial suite', () => {
  let stage: HTMLElement;
  let baseline: Map<string, Rendered>;
  let seed: Json;

  before(async () => {
    stage = document.createElement('div');
    stage.style.width = '400px';
    document.body.append(stage);
    baseline = await baselines(stage);
    seed = await loadSeed();
  });

  after(() => stage.remove());

  it('has at least 40 named cases covering every class', () => {
    expect(CASES.length).to.be.at.least(40);
    const names = new Set(CASES.map((c) => c.name));
    expect(names.size, 'names are unique').to.equal(CASES.length);
    for (const klass of [MARKUP, SCRIPT_URL, SCHEMES, SRCSET, HOSTS, TYPES, DATES, HUGE, BIDI, JSON_, DUPES, FETCH, RACES, REMOVAL, BUNDLE_TWICE, NEIGHBOURS]) {
      expect(CASES.some((c) => c.class === klass), klass).to.equal(true);
    }
  });

  it('negative control: the markup payloads do run when a page inserts them as markup', async () => {
    for (const payload of [P.img, P.breakout, P.iframe]) {
      resetPwned();
      const sink = document.createElement('div');
      stage.append(sink);
      sink.innerHTML = payload; // what the elements must never do
      await poll(() => pwned() !== undefined, 2000);
      expect(pwned(), `${payload} sets the flag when it runs`).to.equal(1);
      sink.remove();
    }
    resetPwned();
  });

  for (const c of CASES) {
    it(`[${c.class}] ${c.name}`, async () => {
      resetPwned();
      const guard = new PageGuard().watch().recordConsole();
      const ctx: Ctx = {
        stage,
        seed: structuredClone(seed),
        guard,
        events: [],
        frames: [],
        mounted: 0,
        key: (name) => `sec-${run}-${serial++}-${name.replace(/\W+/g, '-')}`,
      };
      try {
        const els = (await c.setup(ctx)) as ArticleHost[];
        const expected = els.map((_, i) => (typeof c.expectState === 'function' ? c.expectState(i) : c.expectState));
        await poll(() => els.every((el, i) => el.getAttribute('state') === expected[i]), c.wait ?? 4000);
        await Promise.all(els.map((el) => el.updateComplete));
        await settle();

        // 1. The documented end state, the fallback and the error event.
        els.forEach((el, i) => {
          const label = `<${el.localName}> #${i}`;
          expect(el.getAttribute('state'), `${label} state`).to.equal(expected[i]);
          const fallback = part(el, 'error');
          const errorEvents = eventsOf(ctx, el, 'news-card-error');
          if (expected[i] === 'error') {
            expect(fallback, `${label} shows the fallback`).to.not.equal(null);
            expect(errorEvents.length, `${label} fired news-card-error`).to.be.greaterThan(0);
          } else {
            expect(fallback, `${label} shows no fallback`).to.equal(null);
            expect(errorEvents.length, `${label} fired no news-card-error`).to.equal(0);
          }
          const rendered = collect(el);
          expect(violations(rendered, baseline.get(el.localName) as Rendered), `${label} render rules`).to.deep.equal([]);
        });
        await c.extra?.(els, ctx);
        await settle();

        // 2. No payload ran, here or in a frame.
        expect(pwned(), 'window.__pwned').to.equal(undefined);
        for (const win of ctx.frames) expect(pwned(win), 'window.__pwned in the frame').to.equal(undefined);

        // 3. Nothing reached window, and console.error was never used; console.warn at most once per element.
        expect(guard.events, 'error / unhandledrejection / securitypolicyviolation events').to.deep.equal([]);
        expect(guard.consoleErrors, 'console.error').to.deep.equal([]);
        // Each starts with the element, named by its id or src as a JSON string (diagnostics.ts).
        const fromElement = /^<news-[a-z]+( (id|src)="(?:[^"\\]|\\.)*")?>/;
        for (const warning of guard.warnings) expect(warning, 'warnings come from the elements').to.match(fromElement);
        expect(guard.warnings.length, 'console.warn at most once per element').to.be.at.most(ctx.mounted);
      } finally {
        guard.stop();
        stage.replaceChildren();
        resetPwned();
      }
    });
  }
});
