/**
 * The elements' events: their `detail` types, and their names on `GlobalEventHandlersEventMap`, so a
 * listener on an element, on `document` or on `window` gets the typed event (they all bubble and are
 * composed, so listening high up is the natural pattern):
 *
 * ```ts
 * document.addEventListener('news-card-click', (e) => track(e.detail.url));
 * ```
 */
import type { Article, Problem } from '../article/types.js';

/** `detail` of `news-card-error`. */
export interface NewsCardErrorDetail {
  /** What was wrong, as `{ path, message }` pairs. */
  problems: Problem[];
  /** For `src` only: the HTTP status, or -1 for a network failure, a timeout or a body that is not JSON. */
  status?: number;
}

/** `detail` of `news-card-load`. */
export interface NewsCardLoadDetail {
  /** The canonical article that was fetched and rendered. */
  article: Article;
}

/** Which link a `news-card-click` came from. */
export type NewsCardClickTarget = 'headline' | 'related' | 'author' | 'kicker';

/** `detail` of `news-card-click`. */
export interface NewsCardClickDetail {
  /** The link's URL, as in the article data. */
  url: string;
  /** `article.id`, when the article has one. */
  id: string | undefined;
  /** The card's `position` attribute, when set. */
  position: number | undefined;
  /** Which link was followed. The headline link covers the whole card. */
  target: NewsCardClickTarget;
}

/** `detail` of `news-card-impression`. */
export interface NewsCardImpressionDetail {
  /** `article.id`, when the article has one. */
  id: string | undefined;
  /** `article.url`, when the article has one. */
  url: string | undefined;
  /** The card's `position` attribute, when set. */
  position: number | undefined;
}

export type NewsCardErrorEvent = CustomEvent<NewsCardErrorDetail>;
export type NewsCardLoadEvent = CustomEvent<NewsCardLoadDetail>;
export type NewsCardClickEvent = CustomEvent<NewsCardClickDetail>;
export type NewsCardImpressionEvent = CustomEvent<NewsCardImpressionDetail>;

/** Every event of the elements, by name. */
export interface NewsCardEventMap {
  'news-card-error': NewsCardErrorEvent;
  'news-card-load': NewsCardLoadEvent;
  'news-card-click': NewsCardClickEvent;
  'news-card-impression': NewsCardImpressionEvent;
}

declare global {
  // HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend this one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends NewsCardEventMap {}
}
