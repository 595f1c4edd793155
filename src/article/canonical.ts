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
import { dateOf } from './dates.js';
import { MAX_AUTHORS, MAX_DESCRIPTION_LENGTH, MAX_ID_LENGTH, MAX_IMAGE_DIMENSION, MAX_RELATED, MAX_SOURCES } from './limits.js';
import { clean } from './text.js';
import { expected, fail, isRec, messageOf, report } from './type-name.js';
import type { Article, NormalizeResult, Problem } from './types.js';
import { srcsetUrlOf, urlOf } from './url-policy.js';

export { report };

type Rec = Record<string, unknown>;
/**
 * Checks one value found at `path`: returns what is kept, or throws the problem message (a string)
 * that rejects it. Problems with a value that is kept anyway (a cut text) go into `problems`.
 */
type Check = (value: unknown, path: string, problems: Problem[]) => unknown;
/** A field of an object: its key, its check, and `1` when the object cannot do without it. */
type Field = [key: string, check: Check, required?: 1];

// The articles this module returned: deep-frozen, so they are still exactly what was checked.
const trusted = new WeakSet<object>();

/** True for an article that `normalizeCanonical` or `normalizeArticle` returned (and froze). */
export const isNormalized = (value: unknown): value is Article => trusted.has(value as object);

const OBJECT = Object.prototype;

/**
 * Reads one field and checks it: `undefined` for a missing value, for one that could only come from a
 * polluted Object.prototype, or for one the check rejected (reported at `path`). A read or check that
 * throws is reported, never thrown. The empty key reads `obj['']` even when it is `undefined`.
 */
function field(obj: object, key: string, path: string, check: Check, problems: Problem[]): unknown {
  try {
    const value = Object.hasOwn(OBJECT, key) && !Object.hasOwn(obj, key) ? undefined : (obj as Rec)[key];
    return value === undefined && key ? value : check(value, path, problems);
  } catch (thrown) {
    return report(problems, path, messageOf(thrown));
  }
}

const text =
  (max?: number, whole?: boolean): Check =>
  (value, path, problems) =>
    clean(value, path, problems, max, whole);
const url =
  (allowMailto?: boolean): Check =>
  (value) =>
    urlOf(value, allowMailto);
const date: Check = dateOf;
const bool: Check = (value) => (typeof value == 'boolean' ? value : expected('true or false', value));

/** Numbers as they are, numeric strings such as "1200" or " 0.5 " as numbers. */
const toNumber = (value: unknown): unknown => (typeof value == 'string' && /^\s*-?[\d.]+\s*$/.test(value) ? +value : value);

/** A whole number of pixels from 1 to MAX_IMAGE_DIMENSION. */
const dimension: Check = (value) => {
  const number = toNumber(value) as number;
  return Number.isInteger(number) && number > 0 && number <= MAX_IMAGE_DIMENSION
    ? number
    : expected(`a whole number from 1 to ${MAX_IMAGE_DIMENSION}`, value);
};

/** One axis of a focal point: a number from 0 to 1, clamped into that range (and reported when it was not). */
const coordinate: Check = (value, path, problems) => {
  const number = toNumber(value) as number;
  if (!Number.isFinite(number)) expected('a number from 0 to 1', value);
  const clamped = Math.min(1, Math.max(0, number));
  if (clamped != number) report(problems, path, `Clamped to ${clamped}`);
  return clamped;
};

const language: Check = (value) => {
  const tag = typeof value == 'string' ? value.trim().replace(/_/g, '-') : '';
  return tag.length < 36 && /^[a-z]{1,8}(-[a-z\d]{1,8})*$/i.test(tag) ? tag : fail('Not a BCP 47 language tag');
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
    if (!isShort && !isRec(value)) expected('an object', value);
    const out: Rec = {};
    let complete = true;
    for (const [key, check, required] of isShort ? fields.slice(0, 1) : fields) {
      // An object that is dropped anyway has its optional fields left unread (the article's are read:
      // every problem of an article with no usable headline is reported).
      if (!complete && !required && path) break;
      const at = isShort ? path : path ? `${path}.${key}` : key;
      const count = problems.length;
      const checked = field(isShort ? { [key]: value } : (value as Rec), key, at, check, problems);
      if (checked !== undefined) out[key] = checked;
      else if (required) {
        complete = false;
        if (problems.length == count) report(problems, at, 'Missing');
        (problems.at(-1) as Problem).message += `; ${path || 'article'} dropped`;
      }
    }
    return complete && Object.keys(out).length ? Object.freeze(out) : undefined;
  };

/**
 * A list: its first `max` items, each checked by `item`; the unusable ones are left out. With
 * `single`, a value that is not a list is a list of one (its problems at the list's own path).
 */
const list =
  (max: number, item: Check, single?: 1): Check =>
  (value, path, problems) => {
    const many = Array.isArray(value);
    if (!many && !single) expected('a list', value);
    const items = many ? value : [value];
    const { length } = items;
    if (length > max) report(problems, path, `Only the first ${max} are used`);
    const out = [];
    for (let i = 0; i < length && i < max; i++) {
      const checked = field(items, `${i}`, many ? `${path}[${i}]` : path, item, problems);
      if (checked !== undefined) out.push(checked);
    }
    return out.length ? Object.freeze(out) : undefined;
  };

// A candidate URL that is missing or that the policy rejects drops the whole srcset (see `sources`).
const SOURCE = object([
  ['url', srcsetUrlOf, 1],
  ['width', dimension, 1],
]);

/**
 * `image.sources`: srcset candidates with distinct widths (a repeat is dropped). One candidate with no
 * usable URL drops the whole srcset: a partial srcset built from hostile data is still data the policy
 * rejected.
 */
const sources: Check = (value, path, problems) => {
  const count = problems.length;
  const widths = new Set<unknown>();
  const items = list(MAX_SOURCES, (raw, at) => {
    const source = SOURCE(raw, at, problems) as Rec | undefined;
    if (source && widths.has(source.width)) return report(problems, `${at}.width`, `Duplicate width; ${at} dropped`);
    widths.add(source?.width);
    return source;
  })(value, path, problems);
  const rejected = problems.slice(count).find((problem) => problem.path.endsWith('url'));
  return rejected ? void (rejected.message += '; srcset dropped') : items;
};

const NAME: Field = ['name', text(), 1];
const IMAGE_REF = object([['url', url(), 1]], 1);
/** An image reference: a URL, or an object with a `url`. */
const imageRef: Check = (value, path, problems) => (IMAGE_REF(value, path, problems) as Rec | undefined)?.url;

// The article's fields: the headline first, so its problem leads the list when the article is unusable;
// the other fields are still read, so every problem is reported.
const ARTICLE = object([
  ['headline', text(), 1],
  // An identifier is kept whole or not at all: a cut one would be a different identifier.
  ['id', text(MAX_ID_LENGTH, true)],
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
 * @param problems problems found before (by an adapter), which the result's problems start with.
 * @returns the clean, deep-frozen article (or `null` when there is no usable headline) and every problem
 * found. An article this function returned before comes back as it is, with no new problems.
 */
export function normalizeCanonical(input: unknown, problems: Problem[] = []): NormalizeResult {
  const article = isNormalized(input) ? input : ((field({ '': input }, '', '', ARTICLE, problems) as Article | undefined) ?? null);
  if (article) trusted.add(article);
  return { article, problems };
}
