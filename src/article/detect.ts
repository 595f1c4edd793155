/**
 * Recognises which format an article record is in, so `normalizeArticle` can hand it to the right
 * adapter. Checked in this order:
 * 1. schema.org JSON-LD: an object with `@context`, `@type` or `@graph`, or an array holding one
 *    (among its first 100 items: enough for any realistic array, without walking a hostile one);
 * 2. a WordPress REST post: `title.rendered`, `_embedded`, or `content.rendered` / `excerpt.rendered`
 *    together with `link`;
 * 3. an Open Graph record: a key starting with `og:` or `article:`;
 * 4. anything else that is an object: the canonical shape.
 * Values that are not objects (and arrays with no JSON-LD node) give `null`, and so do values that
 * cannot be read (revoked proxies, throwing traps): the canonical check then says what they are.
 * Never throws.
 */
import { isRec } from './adapters/shared.js';
import type { ArticleFormat } from './types.js';

const isJsonLd = (value: unknown): boolean => isRec(value) && ('@context' in value || '@type' in value || '@graph' in value);
const hasRendered = (value: unknown): boolean => isRec(value) && 'rendered' in value;

/** The format of an article record, or `null` when it is not an object at all. */
export function detectFormat(input: unknown): ArticleFormat | null {
  try {
    if (Array.isArray(input)) return input.slice(0, 100).some(isJsonLd) ? 'json-ld' : null;
    if (!isRec(input)) return null;
    if (isJsonLd(input)) return 'json-ld';
    if (hasRendered(input.title) || '_embedded' in input || ((hasRendered(input.content) || hasRendered(input.excerpt)) && 'link' in input)) {
      return 'wordpress';
    }
    return Object.keys(input).some((key) => /^(og|article):/.test(key)) ? 'open-graph' : 'canonical';
  } catch {
    return null;
  }
}
