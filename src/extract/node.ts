/**
 * The Node host of the extraction engine: HTML parsed with parse5, which follows the same HTML
 * standard as browsers' parsers (with scripting off, as `DOMParser` parses), so the engine sees the
 * same tree and gives the same article. `articleFromDocument` reads any DOM implementation's document.
 *
 * `news-card` and `news-card/extract` resolve here under the `node` export condition.
 */
import { parse } from 'parse5';
import type { NormalizeResult, Problem } from '../article/types.js';
import { readDom } from './dom.js';
import { articleFromFacts } from './engine.js';
import { collectFacts, type TreeView } from './facts.js';
import { documentUrl, failed, pageText, withProblems, type ArticleFromDocumentOptions, type ArticleFromHtmlOptions } from './options.js';

export type { ArticleFromDocumentOptions, ArticleFromHtmlOptions };

interface P5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: P5Node[];
}

/** parse5's tree (its default tree adapter) seen as the engine sees a DOM. */
export const parse5View: TreeView<P5Node> = {
  kids: (node) => node.childNodes,
  tag: (node) => node.tagName?.toLowerCase(),
  attr: (node, name) => node.attrs?.find((a) => a.name == name)?.value,
  data: (node) => (node.nodeName == '#text' ? node.value : undefined),
};

/** Reads the article an HTML page describes. Never throws. */
export function articleFromHtml(html: string, options: ArticleFromHtmlOptions): NormalizeResult {
  try {
    const problems: Problem[] = [];
    const doc = parse(pageText(html, problems), { scriptingEnabled: false }) as unknown as P5Node;
    return withProblems(articleFromFacts(collectFacts(doc, parse5View), options?.url), problems);
  } catch {
    return failed('Could not read the page');
  }
}

/** Reads the article of a DOM document (from any DOM implementation). Never throws. */
export function articleFromDocument(doc: Document, options?: ArticleFromDocumentOptions): NormalizeResult {
  try {
    return readDom(doc, documentUrl(doc, options));
  } catch {
    return failed('Expected a Document');
  }
}
