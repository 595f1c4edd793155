/**
 * `normalizeArticle`: the one entry point from untrusted data to a canonical `Article`.
 *
 * Accepts a JSON string or a parsed value in any supported format (canonical, schema.org JSON-LD,
 * WordPress REST post, Open Graph record), detects the format, runs its adapter and returns
 * `{ article, problems }`. It never throws: invalid JSON, a missing headline or an exception in an
 * adapter all end as problems, with `article: null` when nothing usable is left.
 */
import { fromJsonLd } from './adapters/json-ld.js';
import { fromOpenGraph } from './adapters/open-graph.js';
import { fromWordPress } from './adapters/wordpress.js';
import { normalizeCanonical } from './canonical.js';
import { detectFormat } from './detect.js';
import type { ArticleFormat, NormalizeResult, Problem } from './types.js';

const MAX_ERROR_MESSAGE = 200;

function parse(text: string): { data?: unknown; problem?: Problem } {
  try {
    // A byte-order mark is not JSON, but files saved by some editors start with one.
    return { data: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, MAX_ERROR_MESSAGE) : 'parse error';
    return { problem: { path: '', message: `Invalid JSON: ${detail}` } };
  }
}

const ADAPTERS: Record<ArticleFormat, (data: unknown) => NormalizeResult> = {
  canonical: normalizeCanonical,
  'json-ld': fromJsonLd,
  wordpress: fromWordPress,
  'open-graph': fromOpenGraph,
};

/**
 * Turns article data in any supported format into a canonical `Article`. Never throws.
 * @param input a JSON string, or an already parsed object.
 * @returns the article (`null` when there is no usable headline) and the problems found on the way.
 */
export function normalizeArticle(input: unknown): NormalizeResult {
  try {
    let data = input;
    if (typeof input === 'string') {
      const parsed = parse(input);
      if (parsed.problem) return { article: null, problems: [parsed.problem] };
      data = parsed.data;
    }
    // Values that are not articles at all get the canonical check, which says what they are.
    const result = ADAPTERS[detectFormat(data) ?? 'canonical'](data);
    const problems = [...result.problems];
    if (!result.article) {
      if (problems.length === 0) problems.push({ path: 'headline', message: 'The article has no usable headline' });
      return { article: null, problems };
    }
    // Adapters end in normalizeCanonical already; running it again costs little and guarantees the
    // result is canonical even if an adapter slips. It is idempotent, so it adds no problems when not.
    const checked = normalizeCanonical(result.article);
    return { article: checked.article, problems: [...problems, ...checked.problems] };
  } catch {
    return { article: null, problems: [{ path: '', message: 'The article could not be read' }] };
  }
}
