/**
 * Reading whole article pages: `articleFromDocument` (a parsed `Document`) and `articleFromHtml` (HTML
 * text). Both return `{ article, problems }` like `normalizeArticle` and never throw.
 *
 * This module is the extraction engine's public face. It is not on the elements' path: elements load it
 * only when a `src` answers with an HTML page.
 */
import { articleFromDocument as readDocument } from '../article/adapters/open-graph.js';
import type { NormalizeResult } from '../article/types.js';

/** Options of {@link articleFromDocument}. */
export interface ArticleFromDocumentOptions {
  /** The page's URL: relative URLs in the page resolve against it. Defaults to the document's own URL. */
  url?: string;
}

/** Options of {@link articleFromHtml}. */
export interface ArticleFromHtmlOptions {
  /** The page's URL: relative URLs in the page resolve against it. */
  url: string;
}

/** Reads the article a parsed page describes. Never throws. */
export function articleFromDocument(doc: Document, options?: ArticleFromDocumentOptions): NormalizeResult {
  void options;
  return readDocument(doc);
}

/** Reads the article an HTML page describes, parsed inertly (no script runs, nothing loads). Never throws. */
export function articleFromHtml(html: string, options: ArticleFromHtmlOptions): NormalizeResult {
  void options;
  try {
    return readDocument(new DOMParser().parseFromString(String(html), 'text/html'));
  } catch {
    return { article: null, problems: [{ path: '', message: 'Could not parse the page' }] };
  }
}
