/**
 * The browser host of the extraction engine: a DOM `Document` (or element) seen as a {@link TreeView},
 * and HTML text parsed inertly with `DOMParser` (no script runs, nothing loads).
 */
import type { NormalizeResult } from '../article/types.js';
import { articleFromFacts } from './engine.js';
import { collectFacts, type TreeView } from './facts.js';

/** Any DOM implementation's nodes: the browser's, or a server-side DOM's. */
export const domView: TreeView<Node> = {
  kids: (node) => node.childNodes,
  tag: (node) => (node.nodeType == 1 ? (node as Element).localName.toLowerCase() : undefined),
  attr: (node, name) => (node as Element).getAttribute(name),
  data: (node) => (node.nodeType == 3 ? (node as Text).data : undefined),
};

/** Reads the article of a DOM document or element. */
export function readDom(root: Node, url: string | undefined): NormalizeResult {
  return articleFromFacts(collectFacts(root, domView), url);
}

/** Parses HTML with the browser's `DOMParser`, or returns `undefined` where there is none (Node). */
export function parseHtml(html: string): Document | undefined {
  return typeof DOMParser == 'function' ? new DOMParser().parseFromString(html, 'text/html') : undefined;
}
