// What both hosts of the extraction engine share: their options and how they take input.
import type { NormalizeResult } from '../article/types.js';

/** Options of `articleFromDocument`. */
export interface ArticleFromDocumentOptions {
  /** The page's address: relative URLs in the page resolve against it. Defaults to the document's own URL. */
  url?: string;
}

/** Options of `articleFromHtml`. */
export interface ArticleFromHtmlOptions {
  /** The page's address: relative URLs in the page resolve against it. */
  url: string;
}

/** The result of a page that could not be read at all. */
export const failed = (message: string): NormalizeResult => ({ article: null, problems: [{ path: '', message }] });

/** The HTML text to parse: a string as it is, anything else as an empty page. */
export const pageText = (html: unknown): string => (typeof html == 'string' ? html : '');
