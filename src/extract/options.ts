// What both hosts of the extraction engine share: their options and how they take input.
import type { NormalizeResult, Problem } from '../article/types.js';

/** Options of `articleFromDocument`. */
export interface ArticleFromDocumentOptions {
  /**
   * The page's address: relative URLs in the page resolve against it. Defaults to the document's own URL
   * when it is a window's document; a document from `DOMParser` has none of its own (its `URL` is the
   * page that parsed it), so pass the address it came from.
   */
  url?: string;
}

/** The address `articleFromDocument` reads a document at: the option, else a window's document's own URL. */
export const documentUrl = (doc: Document, options?: ArticleFromDocumentOptions): string | undefined =>
  options?.url ?? (doc.defaultView ? doc.URL : undefined);

/** Options of `articleFromHtml`. */
export interface ArticleFromHtmlOptions {
  /** The page's address: relative URLs in the page resolve against it. */
  url: string;
}

/** The result of a page that could not be read at all. */
export const failed = (message: string): NormalizeResult => ({ article: null, problems: [{ path: '', message }] });

/**
 * Elements open at once, at most. Browsers' parsers slow down more than linearly past a few thousand
 * levels (Chromium: 0.3 s at 10,000, 24 s at 100,000); article pages nest a few dozen deep.
 */
export const MAX_DEPTH = 4000;

// Start tags that need no end tag, or whose end tag the parser implies: they do not deepen the tree for long.
const SHALLOW = /^(area|base|br|col(group)?|embed|hr|img|input|link|meta|source|track|wbr|param|frame|p|li|d[dt]|t[rdh]|opt(ion|group)|r[btp]|t(head|body|foot)|caption|html|head|body)$/i;

/**
 * The HTML text to parse: a string, cut before the start tag that would open more than {@link MAX_DEPTH}
 * elements (one linear scan; the same text in both hosts), with a problem when cut. Anything else is an
 * empty page.
 */
export function pageText(html: unknown, problems: Problem[]): string {
  if (typeof html != 'string') {
    problems.push({ path: '', message: 'Expected HTML text' });
    return '';
  }
  // No match can run past the next `<`: the scan stays linear on text with no `>` at all.
  const tag = /<(\/?)([a-z][^\s/<>]*)[^<>]*>/gi;
  let depth = 0;
  for (let m; (m = tag.exec(html)); ) {
    if (SHALLOW.test(m[2]) || m[0].endsWith('/>')) continue;
    depth = Math.max(0, depth + (m[1] ? -1 : 1));
    if (depth > MAX_DEPTH) {
      problems.push({ path: '', message: `Nested deeper than ${MAX_DEPTH} elements: read up to there` });
      return html.slice(0, m.index);
    }
  }
  return html;
}

/** `result` with `problems` found before the engine ran put first. */
export const withProblems = (result: NormalizeResult, problems: Problem[]): NormalizeResult =>
  problems.length ? { article: result.article, problems: [...problems, ...result.problems] } : result;
