// Shared by the extraction tests: both hosts of the engine, checked against each other on every call.
import { expect } from '@open-wc/testing';
import type { NormalizeResult } from '../../src/article/types.js';
import { articleFromDocument, articleFromHtml } from '../../src/extract/index.js';
import { articleFromHtml as articleFromHtmlInNode } from '../../src/extract/node.js';

export const PAGE_URL = 'https://example.com/news/us-occupation-forces-convoy-attacked-in-iraqs-basra-province';

/**
 * Extracts `html` with the DOM host (`DOMParser`, and `articleFromDocument` over the same document) and
 * with the Node host (parse5, which runs in the browser too); all three must give the same result.
 * `document: false` leaves out `articleFromDocument`.
 */
export function extract(html: string, url = PAGE_URL, document = true): NormalizeResult {
  const dom = articleFromHtml(html, { url });
  const node = articleFromHtmlInNode(html, { url });
  expect(JSON.stringify(node), 'parse5 host').to.equal(JSON.stringify(dom));
  if (document) {
    const doc = articleFromDocument(new DOMParser().parseFromString(html, 'text/html'), { url });
    expect(JSON.stringify(doc), 'articleFromDocument').to.equal(JSON.stringify(dom));
  }
  return dom;
}

/** A page with `head` in its `<head>` and `body` in its `<body>`. */
export const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

/** A `<script type="application/ld+json">` holding `data` (a value, or raw text). */
export const ld = (data: unknown) => `<script type="application/ld+json">${typeof data == 'string' ? data : JSON.stringify(data)}</script>`;

/** `<meta>` tags: `[key, content]` pairs, written with `property` for og:/article: keys and `name` otherwise. */
export const metas = (...pairs: Array<[string, string]>) =>
  pairs.map(([key, content]) => `<meta ${/^(og|article):/.test(key) ? 'property' : 'name'}="${key}" content="${content.replace(/"/g, '&quot;')}">`).join('');
