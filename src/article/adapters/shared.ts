// Guarded reads shared by the format adapters. Adapters are public and fed arbitrary data, so every
// read here tolerates any value: no property access on a non-object, no `String()` on an object.
import { isNormalized, normalizeCanonical } from '../canonical.js';
import { NO_ZONE } from '../dates.js';
import { decodeEntities, htmlToText, splitCredit } from '../html-text.js';
import { expected, fail, isRec, messageOf, report } from '../type-name.js';
import type { NormalizeResult, Problem } from '../types.js';
import { urlOf } from '../url-policy.js';

export { expected, fail, isRec, report };

export type Rec = Record<string, unknown>;

/** The value when it is a plain object, else an empty one. */
export const rec = (value: unknown): Rec => (isRec(value) ? value : {});

/** The value as a list: arrays as they are, one value as a list of one, nothing as an empty list. */
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

/** `value[key]` of an object; any other value as it is (`{ "value": 5 }` and `5` both give 5). */
export const prop = (value: unknown, key: string): unknown => (isRec(value) ? value[key] : value);

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
  const raw = prop(value, 'value');
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
    url && width && (!height || !w || !h || Math.abs(Math.round((width * h) / w) - height) <= 1) && !seen.has(url) && seen.add(url)
      ? [{ url, width }]
      : [],
  );
}

/**
 * `picture` as the article's `image`: its caption (a credit written in it split off), its credit
 * (`credit`, else the caption's, else `fallback`), `alt`, and the `renditions` that can be its srcset.
 * `undefined` when the picture has no URL.
 */
export function figure(picture: Rendition | undefined, renditions: Rendition[], caption?: string, credit?: string, fallback?: string, alt?: string) {
  const split = splitCredit(caption as string);
  return picture?.url && { ...picture, alt, caption: split.caption, creditText: credit ?? split.credit ?? fallback, sources: srcsetOf(picture, renditions) };
}

/**
 * A URL that passes the URL policy, or `undefined` with a problem at `path` (in the source format's
 * terms) when one was given and failed.
 */
export function url(value: unknown, path: string, problems: Problem[], allowMailto?: boolean): string | undefined {
  const raw = str(value);
  try {
    return raw && urlOf(raw, allowMailto);
  } catch (thrown) {
    return report(problems, path, messageOf(thrown));
  }
}

/** `2021-12-27T10:00:00`: a date-time that names no time zone. */
export const NO_OFFSET = /^(\d{4}-\d\d-\d\d)[T ]\d\d:\d\d(:\d\d([.,]\d+)?)?$/;

/**
 * A date for the canonical check. A date-time without an offset names a different instant in every
 * time zone, so only its calendar date (the one the site shows) is kept, with a problem.
 */
export function date(value: unknown, path: string, problems: Problem[]): unknown {
  const day = NO_OFFSET.exec(str(value) as string)?.[1];
  return day ? (report(problems, path, `${NO_ZONE}: kept the date only`) ?? day) : (value ?? undefined);
}

/** Parses JSON text (a leading byte-order mark is skipped); anything else passes through. Throws the problem of invalid JSON. */
export function parseJson(input: unknown): unknown {
  try {
    return typeof input == 'string' ? JSON.parse(input.replace(/^\ufeff/, '')) : input;
  } catch (error) {
    return fail(`Invalid JSON: ${(error as Error).message}`);
  }
}

/** Reads parsed data of one format as a record in the canonical shape, or throws why there is no article. */
export type Reader = (data: unknown, problems: Problem[]) => unknown;

/**
 * An adapter: parses JSON text, and `read` maps the data to a record in the canonical shape, checked by
 * `normalizeCanonical` (whose problems follow the reader's own), or throws the message that says why
 * there is no article. Anything else it throws becomes a problem instead of reaching the caller. An
 * article that was returned before comes back as it is.
 */
export const adapter =
  (read: Reader) =>
  (input: unknown): NormalizeResult => {
    const problems: Problem[] = [];
    let record;
    try {
      record = isNormalized(input) ? input : read(parseJson(input), problems);
    } catch (thrown) {
      return { article: null, problems: [...problems, { path: '', message: messageOf(thrown) }] };
    }
    return normalizeCanonical(record, problems);
  };
