// Guarded reads shared by the format adapters. Adapters are public and fed arbitrary data, so every
// read here tolerates any value: no property access on a non-object, no `String()` on an object.
import { normalizeCanonical, report } from '../canonical.js';
import { NO_ZONE } from '../dates.js';
import { decodeEntities, htmlToText } from '../html-text.js';
import { isRec } from '../type-name.js';
import type { NormalizeResult, Problem } from '../types.js';
import { checkUrl } from '../url-policy.js';

export { isRec, report };

export type Rec = Record<string, unknown>;


/** The value when it is a plain object, else an empty one. */
export const rec = (value: unknown): Rec => (isRec(value) ? value : {});

/** The value as a list: arrays as they are, one value as a list of one, nothing as an empty list. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** The first item of an array, or the value itself: feeds write one value as a list of one. */
export const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** A trimmed, non-empty string; the first one when given an array. Numbers become strings. */
export function str(value: unknown): string | undefined {
  const one = first(value);
  const text = typeof one == 'number' && isFinite(one) ? `${one}` : one;
  return (typeof text == 'string' && text.trim()) || undefined;
}

/**
 * Text that SEO plugins and feeds may have HTML-escaped or marked up: tags are removed only when there
 * is a real one (`<b>`, `</p>`, `<br/>`, not the `<` of "a < b"), and references are decoded, so plain
 * text such as "AT&T" or "a < b" stays as it is.
 */
export function text(value: unknown): string | undefined {
  const raw = str(value);
  return raw && ((/<\/?[a-z][^<>]*>/i.test(raw) ? htmlToText(raw) : decodeEntities(raw)).trim() || undefined);
}

/** A positive number from a number, a numeric string ("1200", "1200px") or `{ value }`. */
export function num(value: unknown): number | undefined {
  const raw = isRec(value) ? value.value : value;
  const n = typeof raw == 'string' && /^\s*[\d.]+(px)?\s*$/.test(raw) ? parseFloat(raw) : raw;
  return typeof n == 'number' && n > 0 && isFinite(n) ? n : undefined;
}

/** One size of a picture: its URL and, when known, its dimensions. */
export interface Rendition {
  url: string;
  width?: number;
  height?: number;
}

/**
 * The renditions of `picture` that can be its `srcset` candidates: those with a width, the picture's
 * aspect ratio to the pixel, as WordPress decides (other crops, such as a square thumbnail, are
 * different pictures; unknown dimensions count as a match) and a URL not seen before, the picture's
 * own included.
 */
export function srcsetOf({ url, width: w, height: h }: Rendition, renditions: Rendition[]): Rendition[] {
  const seen = new Set([url]);
  return renditions.flatMap(({ url, width, height }) =>
    width && (!height || !w || !h || Math.abs(Math.round((width * h) / w) - height) <= 1) && !seen.has(url) && seen.add(url)
      ? [{ url, width }]
      : [],
  );
}

/**
 * A URL that passes the URL policy, or `undefined` with a problem at `path` (in the source format's
 * terms) when one was given and failed.
 */
export function url(value: unknown, path: string, problems: Problem[], allowMailto?: boolean): string | undefined {
  const raw = str(value);
  const checked = raw && checkUrl(raw, { allowMailto });
  return checked ? (checked.url ?? report(problems, path, checked.problem as string)) : undefined;
}

/** `2021-12-27T10:00:00`: a date-time that names no time zone. */
export const NO_OFFSET = /^(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(:\d\d([.,]\d+)?)?$/;

/**
 * A date for the canonical check. A date-time without an offset names a different instant in every
 * time zone, so only its calendar date (the one the site shows) is kept, with a problem.
 */
export function date(value: unknown, path: string, problems: Problem[]): unknown {
  const day = NO_OFFSET.exec(str(value) ?? '')?.[1];
  return day ? (report(problems, path, `${NO_ZONE}: kept the date only`) ?? day) : (value ?? undefined);
}

/** Parses JSON text (a leading byte-order mark is skipped); anything else passes through. A failure is a problem. */
export function parseJson(input: unknown, problems: Problem[], path = ''): unknown {
  try {
    return typeof input == 'string' ? JSON.parse(input.replace(/^\ufeff/, '')) : input;
  } catch (error) {
    return report(problems, path, `Invalid JSON: ${(error as Error).message}`);
  }
}

/**
 * An adapter: `read` maps its input to a record in the canonical shape, checked by
 * `normalizeCanonical` (whose problems follow the adapter's own), or gives the message that says why
 * there is no article. An unexpected exception becomes a problem instead of reaching the caller.
 */
export const adapter =
  (read: (input: unknown, problems: Problem[]) => Rec | string) =>
  (input: unknown): NormalizeResult => {
    const problems: Problem[] = [];
    let article = null;
    try {
      const record = read(input, problems);
      if (typeof record == 'string') report(problems, '', record);
      else {
        const result = normalizeCanonical(record);
        article = result.article;
        problems.push(...result.problems);
      }
    } catch {
      report(problems, '', 'The input could not be read');
    }
    return { article, problems };
  };
