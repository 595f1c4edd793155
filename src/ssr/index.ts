/**
 * Server rendering for `<news-card>` (`news-card/ssr`), through `@lit-labs/ssr`.
 *
 * The output is `<news-card …>` with its shadow root as Declarative Shadow DOM
 * (`<template shadowrootmode="open">`), so the card is complete with JavaScript disabled. The element's
 * settings and the normalized article travel as attributes; when the element's code loads with Lit's
 * hydration support (`dist/news-card.hydrate.bundle.js`; npm users import
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` before anything that imports Lit), the element
 * adopts the server-rendered DOM instead of rendering it again.
 *
 * Node only: needs `@lit-labs/ssr` (an optional peer dependency of this package). No module here
 * touches `window` or `document`.
 *
 * @example
 * ```js
 * import { renderNewsCard } from 'news-card/ssr';
 * const html = renderNewsCard(articleJson, { headingLevel: 3 });
 * ```
 */
import type { RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { nothing } from 'lit';
import { normalizeArticle } from '../article/normalize.js';
import type { Article } from '../article/types.js';
import type { Layout, Theme } from '../elements/news-card/news-card.js';
import type { TimeStyle } from '../internal/format.js';
import type { HeadingLevel } from '../internal/templates/context.js';
import type { Aspect } from '../internal/templates/photo.js';
// Registers the elements in the server's custom element registry (Lit's DOM shim on Node),
// where @lit-labs/ssr looks them up by tag name.
import '../define.js';
import { normalizedOnServer } from '../internal/server-handoff.js';
import { loadSsr } from './peer.js';
import { listRenderer } from './list.js';

export type { RenderNewsCardListOptions } from './list.js';

// Loaded, not imported: without @lit-labs/ssr installed, importing this module throws an error that
// names the package and the command that installs it (ssr/peer.ts).
const [{ html, render }, { collectResultSync }, { RenderResultReadable: Readable }] = await loadSsr();

/** Settings for the rendered card; each is written as the matching `<news-card>` attribute. */
export interface RenderNewsCardOptions {
  /** `heading-level`: the level of the headline, 1–6. */
  headingLevel?: HeadingLevel;
  /** `layout`. */
  layout?: Layout;
  /** `theme`. */
  theme?: Theme;
  /** `locale`: BCP 47 tag for labels and dates. Set it so that server and browser format alike. */
  locale?: string;
  /**
   * `time-style`. The server always writes absolute dates (it cannot know when the page is read);
   * `relative` and `auto` take effect in the browser after hydration.
   */
  timeStyle?: TimeStyle;
  /** `position`: the card's index in a list, reported in `news-card-click` and `news-card-impression`. */
  position?: number;
  /** `aspect`: the photo's aspect ratio. */
  aspect?: Aspect;
  /** `id` of the `<news-card>` element. */
  id?: string;
}

/**
 * The `article` attribute: the normalized article as JSON, or, for unusable input, the input as it
 * came, so that server and browser agree on the error (blank text goes as JSON: a blank attribute
 * would read as "no input yet"). A usable article is also handed to the element rendering it on the
 * server, so that it is normalized once (see internal/server-handoff.ts).
 */
function articleAttribute(article: Article | null, input: unknown, handoff?: string[]): string {
  if (article) {
    const json = JSON.stringify(article);
    // Only a synchronous render hands the article over: it removes it again when it is done.
    if (handoff) {
      normalizedOnServer.set(json, article);
      handoff.push(json);
    }
    return json;
  }
  if (typeof input === 'string' && input.trim() !== '') return input;
  try {
    return JSON.stringify(input) ?? 'null';
  } catch {
    return 'null';
  }
}

/**
 * Light-DOM fallback: the headline, linked to the story. The card's shadow root has no slot, so this shows
 * only where the shadow root does not: browsers without Declarative Shadow DOM and without the script
 * (older engines, JavaScript off, a blocked CDN). Everywhere else it is neither rendered nor in the
 * accessibility tree.
 */
const fallback = (article: Article | null) =>
  !article ? nothing : article.url ? html`<a href=${article.url}>${article.headline}</a>` : html`<p>${article.headline}</p>`;

const attr = (value: string | number | null | undefined) => (value == null ? nothing : String(value));

function cardTemplate(input: unknown, options: RenderNewsCardOptions, handoff?: string[]) {
  const o = options ?? {};
  const { article } = normalizeArticle(input);
  // A server-only template (`html` from @lit-labs/ssr): no hydration markers around the host element,
  // while the element's own shadow root is rendered hydratable.
  return html`<news-card id=${attr(o.id)} heading-level=${attr(o.headingLevel)} layout=${attr(o.layout)} theme=${attr(
    o.theme,
  )} locale=${attr(o.locale)} time-style=${attr(o.timeStyle)} position=${attr(o.position)} aspect=${attr(
    o.aspect,
  )} article=${articleAttribute(article, input, handoff)}>${fallback(article)}</news-card>`;
}

/** Collapses the blanks that omitted attributes leave in the opening tag (values are escaped: no `"` or `>` inside). */
const tidyTag = (tag: string) => {
  // `article` comes last and is the long one: only the settings before it can hold blanks.
  const at = tag.lastIndexOf(' article="');
  const head = at < 0 ? tag : tag.slice(0, at);
  const tidied = head.replace(/("[^"]*")|\s+/g, (_match, quoted?: string) => quoted ?? ' ');
  return at < 0 ? tidied.replace(/ >$/, '>') : tidied.trimEnd() + tag.slice(at);
};

/** The render result with a tidy opening tag; everything after the tag passes through untouched, chunk by chunk. */
function* tidy(result: Iterable<string | Promise<RenderResult>>): Generator<string | Promise<RenderResult>> {
  let head = '';
  let open = true;
  for (const chunk of result) {
    if (!open) {
      yield chunk;
    } else if (typeof chunk !== 'string') {
      open = false;
      yield head;
      yield chunk;
    } else {
      head += chunk;
      const end = head.indexOf('>');
      if (end !== -1) {
        open = false;
        yield tidyTag(head.slice(0, end + 1)) + head.slice(end + 1);
      }
    }
  }
  if (open) yield head;
}

const renderCard = (input: unknown, options: RenderNewsCardOptions, handoff?: string[]) =>
  tidy(render(cardTemplate(input, options, handoff)));

/**
 * Renders `<news-card>` for `article` to an HTML string with Declarative Shadow DOM.
 *
 * `article` is anything `normalizeArticle` accepts: canonical JSON (object or string), schema.org
 * JSON-LD, a WordPress REST post or an Open Graph record. It never throws: input without a usable
 * headline renders the card's error state (`state="error"`, `part="error"`), as the browser would.
 * Synchronous; `await` on the result works too.
 */
export function renderNewsCard(article: unknown, options: RenderNewsCardOptions = {}): string {
  const handoff: string[] = [];
  try {
    return collectResultSync(renderCard(article, options, handoff));
  } catch {
    try {
      return collectResultSync(renderCard(null, options));
    } catch {
      return '<news-card state="error"></news-card>';
    }
  } finally {
    for (const json of handoff) normalizedOnServer.delete(json);
  }
}

/**
 * Renders `<news-card-list>` for `articles` (an array in any article format) with Declarative Shadow DOM:
 * the list's shadow root and its cards as server-rendered `<news-card>` children, which the list enhances
 * in place in the browser. Bad items are dropped; with none usable, the list's error state. Never throws.
 */
export const renderNewsCardList = listRenderer(renderNewsCard);

/**
 * Like `renderNewsCard`, as a Node.js `Readable` stream of HTML chunks (`RenderResultReadable`), to
 * pipe into a response: `renderNewsCardStream(article).pipe(res)`. It is also async-iterable, and
 * `Readable.toWeb()` turns it into a web `ReadableStream`. The call itself never throws; a failure
 * while rendering surfaces as the stream's `error` event.
 */
export function renderNewsCardStream(article: unknown, options: RenderNewsCardOptions = {}): RenderResultReadable {
  let result;
  try {
    result = renderCard(article, options);
  } catch {
    result = renderCard(null, options);
  }
  return new Readable(result);
}
