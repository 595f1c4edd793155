/**
 * Recognises which format an article record is in, so `normalizeArticle` can hand it to the right
 * adapter. Checked in this order:
 * 1. schema.org JSON-LD: an object with `@context`, `@type` or `@graph`, or an array holding one;
 * 2. a WordPress REST post: `title.rendered`, `_embedded`, or `content.rendered` / `excerpt.rendered`
 *    together with `link`;
 * 3. an Open Graph record: a key starting with `og:` or `article:`;
 * 4. anything else that is an object: the canonical shape.
 * Values that are not objects (and arrays with no JSON-LD node) give `null`. Never throws.
 */
import { isRec, type Rec } from './adapters/shared.js';
import type { ArticleFormat } from './types.js';

// Enough to find a JSON-LD node in any realistic array without walking a hostile one.
const MAX_SCAN = 100;

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function isJsonLdNode(value: unknown): boolean {
  return safe(() => isRec(value) && ('@context' in value || '@type' in value || '@graph' in value), false);
}

function hasRendered(value: unknown): boolean {
  return isRec(value) && 'rendered' in value;
}

function isWordPress(value: Rec): boolean {
  if (hasRendered(value.title) || '_embedded' in value) return true;
  return (hasRendered(value.content) || hasRendered(value.excerpt)) && 'link' in value;
}

function isOpenGraph(value: Rec): boolean {
  return Object.keys(value).some((key) => key.startsWith('og:') || key.startsWith('article:'));
}

/** The format of an article record, or `null` when it is not an object at all. */
export function detectFormat(input: unknown): ArticleFormat | null {
  try {
    if (Array.isArray(input)) {
      const count = Math.min(input.length, MAX_SCAN);
      for (let i = 0; i < count; i++) {
        if (isJsonLdNode(safe(() => input[i], undefined))) return 'json-ld';
      }
      return null;
    }
    if (!isRec(input)) return null;
    if (isJsonLdNode(input)) return 'json-ld';
    if (safe(() => isWordPress(input), false)) return 'wordpress';
    if (safe(() => isOpenGraph(input), false)) return 'open-graph';
    return 'canonical';
  } catch {
    // Array.isArray throws on a revoked proxy: no format can be read from it.
    return null;
  }
}
