/**
 * `normalizeArticle`: the one entry point from untrusted data to a canonical `Article`.
 *
 * Accepts a JSON string or a parsed value in any supported format (canonical, schema.org JSON-LD,
 * WordPress REST post, Open Graph record), detects the format, runs its adapter and returns
 * `{ article, problems }`. It never throws: invalid JSON, a missing headline or an exception in an
 * adapter all end as problems, with `article: null` when nothing usable is left.
 *
 * Normalize once: every adapter ends in the canonical check, which freezes the article it returns and
 * remembers it, so an article `normalizeArticle` returned comes back as it is, with no work and no
 * problems, however often it is passed in again (by an element, by server rendering).
 */
import { readJsonLd } from './adapters/json-ld.js';
import { readOpenGraph } from './adapters/open-graph.js';
import { adapter } from './adapters/shared.js';
import { readWordPress } from './adapters/wordpress.js';
import { normalizeCanonical } from './canonical.js';
import { detectFormat } from './detect.js';
import type { NormalizeResult, Problem } from './types.js';

export { normalizeCanonical };

const READERS = {
  canonical: (data: unknown) => data,
  'json-ld': readJsonLd,
  wordpress: readWordPress,
  'open-graph': readOpenGraph,
};

// Values that are not articles at all get the canonical check, which says what they are.
const READ = (data: unknown, problems: Problem[]) => READERS[detectFormat(data) ?? 'canonical'](data, problems);

/**
 * Turns article data in any supported format into a canonical, deep-frozen `Article`. Never throws.
 * @param input a JSON string, or an already parsed object.
 * @returns the article (`null` when there is no usable headline) and the problems found on the way.
 */
export const normalizeArticle: (input: unknown) => NormalizeResult = adapter(READ);
