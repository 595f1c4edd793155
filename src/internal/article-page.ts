/**
 * An article page as a card's `src`: a response of type `text/html` or `application/xhtml+xml`.
 *
 * - **Decoding.** The bytes are decoded in the page's own charset: a byte order mark, else the
 *   `charset` of `Content-Type`, else a `<meta charset>` (or `http-equiv` content type) within the
 *   first 1024 bytes, as browsers look for it; UTF-8 when none is named or the name is unknown.
 * - **Parsing.** `DOMParser` builds a document with no browsing context: no script in it runs, and
 *   no image, style sheet or frame loads. An XHTML page is parsed as HTML too, because an XML parser
 *   gives up at the first error and the HTML parser reads anything.
 * - **Reading.** The extraction engine, loaded on demand (extract-loader.ts), reads the article. The
 *   final response URL resolves the page's relative URLs, and is the article's `url` when the page
 *   names none, so the card always links to the page.
 *
 * Nothing here touches `window` or `document` at import time; the command line decodes pages with
 * the same function.
 */
import { normalizeCanonical } from '../article/canonical.js';
import type { NormalizeResult } from '../article/types.js';
import { loadExtract } from './extract-loader.js';

/** True for the content types read as an article page: `text/html` and `application/xhtml+xml`. */
export const isPageType = (type: string | null | undefined): boolean =>
  /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i.test(type ?? '');

const CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The page's text: decoded as its byte order mark, `Content-Type` or `<meta>` says, else as UTF-8. */
export function decodePage(bytes: Uint8Array, type?: string | null): string {
  const [a, b, c] = bytes;
  const label =
    a === 0xef && b === 0xbb && c === 0xbf
      ? 'utf-8'
      : a === 0xfe && b === 0xff
        ? 'utf-16be'
        : a === 0xff && b === 0xfe
          ? 'utf-16le'
          : (CHARSET.exec(type ?? '') ?? CHARSET.exec(String.fromCharCode(...bytes.subarray(0, 1024))))?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // An unknown charset name: UTF-8, as browsers fall back (for them, windows-1252 in some locales).
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}

/**
 * Reads the article an HTML page describes, as above: the one path for `<news-card src>` and the
 * catalog's Playground, so the two always agree. `url` is the page's address, when known. Resolves with
 * the engine's `{ article, problems }`, or `undefined` when the engine could not be loaded; rejects only
 * when `signal` aborts first.
 */
export async function articleFromPage(html: string, url?: string, signal?: AbortSignal): Promise<NormalizeResult | undefined> {
  let engine;
  try {
    engine = await Promise.race([
      loadExtract(),
      new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true })),
    ]);
  } catch {
    signal?.throwIfAborted();
    return undefined;
  }
  return linkToPage(engine.articleFromDocument(new DOMParser().parseFromString(html, 'text/html'), { url }), url);
}

/** The page's article with `url` as its address when the page names none (and `url` passes the URL policy). */
export function linkToPage({ article, problems }: NormalizeResult, url?: string): NormalizeResult {
  if (!article || article.url || !url) return { article, problems };
  const linked = normalizeCanonical({ ...article, url });
  return { article: linked.article ?? article, problems: [...problems, ...linked.problems] };
}
