/**
 * Plain helpers for article pages, shared by the card's fetch layer, the browser's page reader
 * (page-reader.ts) and the command line. No DOM, no engine: nothing here touches `window` or `document`.
 */
import { normalizeCanonical } from '../article/canonical.js';
import type { NormalizeResult } from '../article/types.js';

/** The content types read as an article page: `text/html` and `application/xhtml+xml`. */
export const PAGE_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i;

/** True for a content type read as an article page. */
export const isPageType = (type: string | null | undefined): boolean => PAGE_TYPE.test(type ?? '');

const CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The page's text, decoded as browsers decode a page: a byte order mark wins, else the `charset` of
 * `Content-Type`, else a `<meta charset>` (or `http-equiv` content type) within the first 1024 bytes;
 * UTF-8 when none is named or the name is unknown.
 */
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

/** The page's article with `url` as its address when the page names none usable (and `url` passes the URL policy). */
export function linkToPage({ article, problems }: NormalizeResult, url?: string): NormalizeResult {
  if (!article || article.url || !url) return { article, problems };
  const linked = normalizeCanonical({ ...article, url });
  return { article: linked.article ?? article, problems: [...problems, ...linked.problems] };
}
