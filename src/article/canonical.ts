/**
 * Validates data in the canonical article shape and returns a fresh, clean, deep-frozen `Article`.
 * The adapters (JSON-LD, WordPress, Open Graph) map their formats to this shape and end here too,
 * so this is the one place where article data is checked.
 *
 * - Every field is read once, inside try/catch: getters that throw, revoked proxies and cyclic
 *   objects cannot make it throw. Unknown keys are ignored and never copied; values that only exist on
 *   a polluted `Object.prototype` are ignored too.
 * - The output is built from fresh plain objects and arrays, holds only strings, numbers and
 *   booleans, and has no `undefined` values: it survives a JSON round trip unchanged, and normalizing
 *   a copy of it again returns an equal article with no problems.
 * - Every object and array of the output is frozen, and the article is remembered (a `WeakSet`): an
 *   article this module returned is handed back as it is, with no work, by `normalizeCanonical` and
 *   `normalizeArticle`. Freezing is what makes that safe: nobody can put an unchecked URL into an
 *   article that is trusted. A structurally equal copy is not trusted and is checked in full.
 * - Each value dropped, cut or clamped is reported as `{ path, message }` with a JSON path such as
 *   `image.url`, `author[1].name` or `related[3].url`. When an object loses a field it cannot do
 *   without, that problem says so ("…; related[1] dropped").
 *
 * Each object of the model is a table of its fields (key → check, required ones first); one function
 * reads a table. Fields are read in table order, so problems come in that order too. No state lives
 * outside a call: the problems list is passed along.
 */
import { checkDate } from './dates.js';
import { MAX_AUTHORS, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_IMAGE_DIMENSION, MAX_RELATED, MAX_SOURCES } from './limits.js';
import { cleanText } from './text.js';
import { isRec, typeName } from './type-name.js';
import type { Article, NormalizeResult, Problem } from './types.js';
import { checkSrcsetUrl, checkUrl } from './url-policy.js';

type Rec = Record<string, unknown>;
/** Checks one value found at `path`, reporting into `problems`; `undefined` when it is not usable. */
type Check = (value: unknown, path: string, problems: Problem[]) => unknown;
/** A field of an object: its key, its check, and `1` when the object cannot do without it. */
type Field = [key: string, check: Check, required?: 1];
/** What the policy functions (`cleanText`, `checkUrl`, `checkDate`) return. */
type Verdict = { text?: string; url?: string; date?: string; problem?: string };

// The articles this module returned: deep-frozen, so they are still exactly what was checked.
const trusted = new WeakSet<object>();

/** True for an article that `normalizeCanonical` or `normalizeArticle` returned (and froze). */
export const isNormalized = (value: unknown): value is Article => trusted.has(value as object);

/** Adds a problem; returns `undefined`, the value of a check that gives up. */
export function report(problems: Problem[], path: string, message: string): undefined {
  problems.push({ path, message });
  return undefined;
}

const expected = (problems: Problem[], path: string, what: string, value: unknown) =>
  report(problems, path, `Expected ${what}, got ${typeName(value)}`);

const OBJECT = Object.prototype;

/**
 * Reads one field: `undefined` for a value that could only come from a polluted Object.prototype, or
 * that a check rejected (after reporting why). A read or check that throws is reported, never thrown.
 */
function field(obj: object, key: string, path: string, check: Check, problems: Problem[]): unknown {
  try {
    const value = Object.hasOwn(OBJECT, key) && !Object.hasOwn(obj, key) ? undefined : (obj as Rec)[key];
    return value === undefined ? value : check(value, path, problems);
  } catch {
    return report(problems, path, 'Could not be read');
  }
}

/** A check made of a policy function: its problem is reported, its `key` (text, url, date) kept. */
const via =
  (verdict: (value: unknown) => Verdict, key: keyof Verdict): Check =>
  (value, path, problems) => {
    const result = verdict(value);
    if (result.problem) report(problems, path, result.problem);
    return result[key];
  };

const text = (max?: number) => via((value) => cleanText(value, max), 'text');
const url = (allowMailto?: boolean) => via((value) => checkUrl(value, { allowMailto }), 'url');
const date = via(checkDate, 'date');
const bool: Check = (value, path, problems) => (typeof value == 'boolean' ? value : expected(problems, path, 'true or false', value));

/** Numbers as they are, numeric strings such as "1200" or " 0.5 " as numbers. */
const toNumber = (value: unknown): unknown => (typeof value == 'string' && /^\s*-?[\d.]+\s*$/.test(value) ? +value : value);

/** A whole number of pixels from 1 to MAX_IMAGE_DIMENSION. */
const dimension: Check = (value, path, problems) => {
  const number = toNumber(value) as number;
  return Number.isInteger(number) && number > 0 && number <= MAX_IMAGE_DIMENSION
    ? number
    : expected(problems, path, `a whole number from 1 to ${MAX_IMAGE_DIMENSION}`, value);
};

/** One axis of a focal point: a number from 0 to 1, clamped into that range (and reported when it was not). */
const coordinate: Check = (value, path, problems) => {
  const number = toNumber(value);
  if (typeof number != 'number' || !isFinite(number)) return expected(problems, path, 'a number from 0 to 1', value);
  const clamped = Math.min(1, Math.max(0, number));
  if (clamped != number) report(problems, path, `Clamped to ${clamped}`);
  return clamped;
};

/** An identifier is kept whole or not at all: a cut one would be a different identifier. */
const id: Check = (value, path, problems) => {
  const { text, problem } = cleanText(value, MAX_ID_LENGTH + 1);
  return text && !problem && text.length <= MAX_ID_LENGTH
    ? text
    : report(problems, path, text ? `Longer than ${MAX_ID_LENGTH} characters` : (problem as string));
};

const language: Check = (value, path, problems) => {
  const tag = typeof value == 'string' ? value.trim().replace(/_/g, '-') : '';
  return tag.length < 36 && /^[a-z]{1,8}(-[a-z\d]{1,8})*$/i.test(tag) ? tag : report(problems, path, 'Not a BCP 47 language tag');
};

/**
 * An object of the model, read by its table. With `short`, text or a number given in its place is its
 * first field (`"author": "Jane"`, `"kicker": "World"`, `"image": "https://…"`). When a field the object
 * cannot do without is missing or unusable, the object is dropped, and that field's problem says so.
 */
const object =
  (fields: Field[], short?: 1): Check =>
  (value, path, problems) => {
    const isShort = short && (typeof value == 'string' || typeof value == 'number');
    if (!isShort && !isRec(value)) return expected(problems, path, 'an object', value);
    const out: Rec = {};
    let complete = true;
    for (const [key, check, required] of isShort ? fields.slice(0, 1) : fields) {
      // An object that is dropped anyway has its optional fields left unread (the article's are read:
      // every problem of an article with no usable headline is reported).
      if (!complete && !required && path) break;
      const at = isShort ? path : path ? `${path}.${key}` : key;
      const count = problems.length;
      const checked = isShort ? check(value, at, problems) : field(value as Rec, key, at, check, problems);
      if (checked !== undefined) out[key] = checked;
      else if (required) {
        complete = false;
        if (problems.length == count) report(problems, at, 'Missing');
        const last = problems[problems.length - 1];
        if (!last.message.endsWith('dropped')) last.message += `; ${path || 'article'} dropped`;
      }
    }
    return complete && Object.keys(out).length ? Object.freeze(out) : undefined;
  };

/**
 * A list: its first `max` items, each checked by `item`; the unusable ones are left out. With
 * `single`, a value that is not a list is a list of one.
 */
const list =
  (max: number, item: Check, single?: 1): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) {
      if (!single) return expected(problems, path, 'a list', value);
      const one = item(value, path, problems);
      return one === undefined ? one : Object.freeze([one]);
    }
    const { length } = value;
    if (length > max) report(problems, path, `Only the first ${max} are used; ${length - max} more were ignored`);
    const out = [];
    for (let i = 0; i < length && i < max; i++) {
      const checked = field(value, `${i}`, `${path}[${i}]`, item, problems);
      if (checked !== undefined) out.push(checked);
    }
    return out.length ? Object.freeze(out) : undefined;
  };

const srcsetUrl = via(checkSrcsetUrl, 'url');

/**
 * `image.sources`: srcset candidates with distinct widths (a repeat is dropped). One candidate that
 * fails the URL policy drops the whole srcset: a partial srcset built from hostile data is still data
 * the policy rejected.
 */
const sources: Check = (value, path, problems) => {
  const widths = new Set<unknown>();
  let rejected = false;
  const source = object([
    [
      'url',
      (raw, at) => {
        const checked = srcsetUrl(raw, at, problems);
        if (checked === undefined) {
          rejected = true;
          problems[problems.length - 1].message += '; srcset dropped';
        }
        return checked;
      },
      1,
    ],
    ['width', dimension, 1],
  ]);
  const items = list(MAX_SOURCES, (raw, at) => {
    const checked = source(raw, at, problems) as Rec | undefined;
    if (widths.has(checked?.width)) return report(problems, `${at}.width`, `Another source has this width; ${at} dropped`);
    widths.add(checked?.width);
    return checked;
  })(value, path, problems);
  return rejected ? undefined : items;
};

const NAME: Field = ['name', text(), 1];
const IMAGE_REF = object([['url', url(), 1]], 1);
/** An image reference: a URL, or an object with a `url`. */
const imageRef: Check = (value, path, problems) => (IMAGE_REF(value, path, problems) as Rec | undefined)?.url;

// The article's fields: the headline first, so its problem leads the list when the article is unusable;
// the other fields are still read, so every problem is reported.
const ARTICLE = object([
  ['headline', text(), 1],
  ['id', id],
  ['url', url()],
  ['inLanguage', language],
  ['alternativeHeadline', text()],
  ['kicker', object([['text', text(), 1], ['url', url()]], 1)],
  ['articleSection', text()],
  ['description', text(MAX_DESCRIPTION_LENGTH)],
  ['author', list(MAX_AUTHORS, object([NAME, ['url', url(true)], ['image', imageRef], ['jobTitle', text()]], 1), 1)],
  ['publisher', object([NAME, ['url', url()], ['logo', imageRef]], 1)],
  ['datePublished', date],
  ['dateModified', date],
  [
    'image',
    object(
      [
        ['url', url(), 1],
        ['width', dimension],
        ['height', dimension],
        ['alt', text()],
        ['decorative', bool],
        ['caption', text(MAX_DESCRIPTION_LENGTH)],
        ['creditText', text()],
        ['sources', sources],
        ['focalPoint', object([['x', coordinate, 1], ['y', coordinate, 1]])],
      ],
      1,
    ),
  ],
  ['related', list(MAX_RELATED, object([['url', url(), 1], ['headline', text(), 1], ['datePublished', date], ['image', imageRef]]))],
  ['flags', object(['live', 'breaking', 'sponsored', 'opinion'].map((key): Field => [key, bool]))],
  ['isAccessibleForFree', bool],
]);

/**
 * Validates an article in the canonical shape (see `Article`), or any part of one: `{ headline, url }`
 * built from an element's attributes is checked the same way. Never throws.
 * @returns the clean, deep-frozen article (or `null` when there is no usable headline) and every problem
 * found. An article this function returned before comes back as it is, with no problems.
 */
export function normalizeCanonical(input: unknown): NormalizeResult {
  if (isNormalized(input)) return { article: input, problems: [] };
  const problems: Problem[] = [];
  let article: Article | null = null;
  try {
    article = (ARTICLE(input, '', problems) as Article | undefined) ?? null;
  } catch {
    // Only a value that cannot even be asked whether it is an array (a revoked proxy) gets here.
    report(problems, '', 'Could not be read');
  }
  if (article) trusted.add(article);
  return { article, problems };
}
