// Guarded reads shared by the format adapters. Adapters are public and fed arbitrary data, so every
// read here tolerates any value: no property access on a non-object, no `String()` on an object.
import { normalizeCanonical } from '../canonical.js';
import { checkUrl } from '../url-policy.js';
import type { NormalizeResult, Problem } from '../types.js';
import { decodeEntities, htmlToText } from '../html-text.js';

export type Rec = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isRec = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value as a list: arrays as they are, one value as a list of one, nothing as an empty list. */
export const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/** The first item of an array, or the value itself: feeds write one value as a list of one. */
export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** A trimmed, non-empty string; the first one when given an array. Numbers become strings. */
export function str(value: unknown): string | undefined {
  const one = first(value);
  const text = typeof one === 'number' && Number.isFinite(one) ? `${one}` : one;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}

/** Adds a problem at `path` (in the source format's terms). Returns `undefined`, for readers that give up. */
export function report(problems: Problem[], path: string, message: string): undefined {
  problems.push({ path, message });
  return undefined;
}

// A real tag (`<b>`, `</p>`, `<br/>`), not a lone `<` in text such as "a < b".
const HAS_TAG = /<\/?[A-Za-z][^<>]*>/;

/**
 * Text that SEO plugins and feeds may have HTML-escaped or marked up: decoded only when it holds a
 * real tag or a character reference, so plain text such as "AT&T" or "a < b" stays as it is.
 */
export function text(value: unknown): string | undefined {
  const raw = str(value);
  if (raw === undefined) return undefined;
  const plain = HAS_TAG.test(raw) ? htmlToText(raw) : raw.includes('&') ? decodeEntities(raw) : raw;
  return plain.trim() || undefined;
}

/** A positive number from a number, a numeric string ("1200", "1200px") or `{ value }`. */
export function num(value: unknown): number | undefined {
  const raw = isRec(value) ? value.value : value;
  const n = typeof raw === 'string' && /^\s*\d+(?:\.\d+)?(?:px)?\s*$/.test(raw) ? parseFloat(raw) : raw;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** One size of a picture: its URL and, when known, its dimensions. */
export interface Rendition {
  url: string;
  width?: number;
  height?: number;
}

/**
 * Whether a `width`×`height` rendition has the aspect ratio of `fullWidth`×`fullHeight` (to the pixel,
 * as WordPress decides which sizes go into a `srcset`). Unknown dimensions count as a match.
 */
function sameRatio(width: number, height?: number, fullWidth?: number, fullHeight?: number): boolean {
  return !height || !fullWidth || !fullHeight || Math.abs(Math.round((width * fullHeight) / fullWidth) - height) <= 1;
}

/**
 * The renditions of `picture` that can be its `srcset` candidates: those with a width, the picture's
 * aspect ratio (other crops, such as a square thumbnail, are different pictures) and a URL not seen
 * before, the picture's own included. `undefined` when none is left.
 */
export function srcsetOf(picture: Rendition, renditions: Rendition[]): Array<{ url: string; width: number }> | undefined {
  const seen = new Set([picture.url]);
  const sources = renditions.flatMap(({ url, width, height }) =>
    width !== undefined && sameRatio(width, height, picture.width, picture.height) && !seen.has(url) && seen.add(url)
      ? [{ url, width }]
      : [],
  );
  return sources.length ? sources : undefined;
}

/**
 * A URL that passes the URL policy, or `undefined` with a problem at `path` (in the source format's
 * terms) when one was given and failed.
 */
export function url(value: unknown, path: string, problems: Problem[], allowMailto = false): string | undefined {
  const raw = str(value);
  if (raw === undefined) return undefined;
  const checked = checkUrl(raw, { allowMailto });
  if (checked.problem !== undefined) report(problems, path, checked.problem);
  return checked.url;
}

// `2021-12-27T10:00:00`: a date-time that names no time zone.
const NO_OFFSET = /^(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?$/;

/**
 * A date for the canonical check. A date-time without an offset names a different instant in every
 * time zone, so only its calendar date (the one the site shows) is kept, with a problem.
 */
export function date(value: unknown, path: string, problems: Problem[]): unknown {
  const raw = str(value);
  const day = raw === undefined ? undefined : NO_OFFSET.exec(raw)?.[1];
  if (day === undefined) return value ?? undefined;
  report(problems, path, 'Date-time has no time zone: kept the date only');
  return day;
}

/** Parses a JSON string; anything else passes through. A parse failure becomes a problem. */
export function parseJson(input: unknown, problems: Problem[]): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input);
  } catch {
    return report(problems, '', 'Invalid JSON');
  }
}

/** No article: `message`, about the input as a whole, follows the problems found so far. */
export function fail(message: string, problems: Problem[] = []): NormalizeResult {
  report(problems, '', message);
  return { article: null, problems };
}

/** Ends an adapter: the canonical check of the record it mapped, whose problems follow the adapter's own. */
export function finish(record: Record<string, unknown>, problems: Problem[]): NormalizeResult {
  const result = normalizeCanonical(record);
  return { article: result.article, problems: [...problems, ...result.problems] };
}

/** Runs an adapter body; an unexpected exception becomes a problem instead of reaching the caller. */
export function guard(name: string, body: () => NormalizeResult): NormalizeResult {
  try {
    return body();
  } catch {
    return fail(`The ${name} input could not be read`);
  }
}
