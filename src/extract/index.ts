/**
 * Reading whole article pages: `articleFromDocument` (a parsed `Document`) and `articleFromHtml` (HTML
 * text). Both return `{ article, problems }` like `normalizeArticle` and never throw. The rules (which
 * source wins for each field, the cleaning) are in engine.ts; this is the browser host, over the DOM.
 * In Node, `news-card` and `news-card/extract` resolve to node.ts instead, which parses with parse5.
 *
 * This module is not on the elements' path: elements load it (dist/news-card.extract.js) only when a
 * `src` answers with an HTML page.
 */
import type { NormalizeResult, Problem } from '../article/types.js';
import { parseHtml, readDom } from './dom.js';
import { documentUrl, failed, pageText, withProblems, type ArticleFromDocumentOptions, type ArticleFromHtmlOptions } from './options.js';

export type { ArticleFromDocumentOptions, ArticleFromHtmlOptions };

/**
 * Reads the article a parsed page describes: a `Document` (from the page itself, or from `DOMParser`,
 * whose scripts never run) or an element. Never throws.
 */
export function articleFromDocument(doc: Document, options?: ArticleFromDocumentOptions): NormalizeResult {
  try {
    return readDom(doc, documentUrl(doc, options));
  } catch {
    return failed('Expected a Document');
  }
}

/** Reads the article an HTML page describes, parsed inertly (no script runs, nothing loads). Never throws. */
export function articleFromHtml(html: string, options: ArticleFromHtmlOptions): NormalizeResult {
  try {
    const problems: Problem[] = [];
    const doc = parseHtml(pageText(html, problems));
    return doc ? withProblems(readDom(doc, options?.url), problems) : failed('No HTML parser here: in Node, import articleFromHtml from "news-card" or "news-card/extract"');
  } catch {
    return failed('Could not read the page');
  }
}
