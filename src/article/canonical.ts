/**
 * Validates data in the canonical article shape and returns a fresh, clean `Article`.
 * The adapters (JSON-LD, WordPress, Open Graph) map their formats to this shape and end here too,
 * so this is the one place where article data is checked.
 *
 * - Every field is read once, inside try/catch: getters that throw, revoked proxies and cyclic
 *   objects cannot make it throw. Unknown keys are ignored and never copied; values that only exist on
 *   a polluted `Object.prototype` are ignored too.
 * - The output is built from fresh plain objects and arrays, holds only strings, numbers and
 *   booleans, and has no `undefined` values: it survives a JSON round trip unchanged, and normalizing
 *   it again returns an equal article with no problems.
 * - Each value dropped, cut or clamped is reported as `{ path, message }` with a JSON path such as
 *   `image.url`, `author[1].name` or `related[3].url`.
 *
 * Each object of the model is described by a table of its fields (key → reader, in output order);
 * one loop reads a table. Fields are read in table order, so problems come in that order too.
 */
import { checkDate } from './dates.js';
import {
  MAX_AUTHORS,
  MAX_DESCRIPTION_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_ID_LENGTH,
  MAX_IMAGE_DIMENSION,
  MAX_LANGUAGE_LENGTH,
  MAX_RELATED,
  MAX_SOURCES,
  MAX_TEXT_LENGTH,
} from './limits.js';
import { cleanText } from './text.js';
import type { Article, ImageSource, NormalizeResult, Problem } from './types.js';
import { checkSrcsetUrl, checkUrl } from './url-policy.js';

const UNREADABLE = Symbol('unreadable');
type Value = unknown;
type Obj = Record<string, unknown>;

/** Checks one value found at `path`; `undefined` (after reporting why) when it is not usable. */
type Reader = (value: Value, path: string) => unknown;
/** Reads a field that its object cannot do without; `dropped` names what is lost without it. */
type Required = (obj: object, path: string, key: string, dropped: string) => unknown;
/** Field key → reader, in output order. */
type Fields = Array<[key: string, read: Reader]>;
type RequiredFields = Array<[key: string, read: Required]>;

const { hasOwn } = Object;
const objectPrototype = Object.prototype as Obj;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

// The problems of the `normalizeCanonical` call in progress. Keeping them here lets every reader be a
// plain function; `normalizeCanonical` saves and restores the list, so a getter in the input that
// calls it again gets a list of its own.
let problems: Problem[] = [];

function report(path: string, message: string): void {
  problems.push({ path, message });
}

/** `message; dropped` when something is lost with the value, else just `message`. */
const withDropped = (message: string, dropped?: string): string => (dropped ? `${message}; ${dropped}` : message);

/** The path of `key` inside `path` (`image.url`); the key alone at the top level. */
const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** Reads one property without ever throwing; `UNREADABLE` when the read threw. */
function read(obj: object, key: string): Value {
  try {
    const value = (obj as Obj)[key];
    // A value inherited from Object.prototype was put there by someone else, not by the article.
    if (value !== undefined && hasOwn(objectPrototype, key) && !hasOwn(obj, key) && value === objectPrototype[key]) {
      return undefined;
    }
    return value;
  } catch {
    return UNREADABLE;
  }
}

type Kind = 'undefined' | 'null' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other' | 'unreadable';

function kindOf(value: Value): Kind {
  if (value === UNREADABLE) return 'unreadable';
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return type;
  if (type !== 'object') return 'other';
  try {
    return Array.isArray(value) ? 'array' : 'object';
  } catch {
    // Array.isArray throws on a revoked proxy.
    return 'unreadable';
  }
}

/** A string or a number: what a name, a label or a headline may be given as. */
const isTextKind = (kind: Kind): boolean => kind === 'string' || kind === 'number';

function describe(value: Value): string {
  const kind = kindOf(value);
  if (kind === 'other') return typeof value;
  if (kind === 'number' && !Number.isFinite(value as number)) return `the number ${String(value)}`;
  return kind;
}

/** Reports a value of the wrong kind ("Expected …, got …"). Returns `undefined`, the dropped value. */
function wrongKind(path: string, expected: string, value: Value, dropped?: string): undefined {
  report(path, withDropped(`Expected ${expected}, got ${describe(value)}`, dropped));
  return undefined;
}

/** `{ [key]: value }`, or `undefined` when there is no value: a shorthand such as `"author": "Jane"`. */
function only(key: string, value: unknown): Obj | undefined {
  return value === undefined ? undefined : { [key]: value };
}

// ---- reading fields ---------------------------------------------------------------------------------

/** Reads `obj[key]`, reporting a read that threw; such a field then counts as missing. */
function get(obj: object, key: string, path: string): Value {
  const value = read(obj, key);
  if (value === UNREADABLE) {
    report(path, 'Could not be read');
    return undefined;
  }
  return value;
}

/** An optional field: `reader` checks its value when there is one. */
function field(obj: object, path: string, key: string, reader: Reader): unknown {
  const at = join(path, key);
  const value = get(obj, key, at);
  return value === undefined ? undefined : reader(value, at);
}

/** Reads every field of a table in order into `into`, which gets only the usable values. */
function fields(obj: object, path: string, table: Fields, into: Obj = {}): Obj {
  for (const [key, reader] of table) {
    const value = field(obj, path, key, reader);
    if (value !== undefined) into[key] = value;
  }
  return into;
}

/**
 * An object with required fields (read first, all of them, each reporting its own problem) and
 * optional ones (read only when every required field is usable, since the object is dropped otherwise).
 */
function shape(obj: object, path: string, dropped: string, required: RequiredFields, optional: Fields): Obj | undefined {
  const values: Obj = {};
  let complete = true;
  for (const [key, readRequired] of required) {
    values[key] = readRequired(obj, path, key, dropped);
    if (values[key] === undefined) complete = false;
  }
  return complete ? fields(obj, path, optional, values) : undefined;
}

/**
 * A required field other than text: absent is reported as missing. A read that threw is reported, and
 * then the field is missing too.
 */
function required(obj: object, path: string, key: string, dropped: string, reader: Reader): unknown {
  const at = join(path, key);
  const value = get(obj, key, at);
  if (value !== undefined) return reader(value, at);
  report(at, `Missing ${key}; ${dropped}`);
  return undefined;
}

/** A required text field: a read that threw or an absent value is one problem naming what is dropped. */
function requiredText(obj: object, path: string, key: string, dropped: string, max = MAX_TEXT_LENGTH): string | undefined {
  const at = join(path, key);
  const value = read(obj, key);
  if (value === UNREADABLE || value === undefined) {
    report(at, withDropped(value === UNREADABLE ? 'Could not be read' : `Missing ${key}`, dropped));
    return undefined;
  }
  return textValue(value, at, max, dropped);
}

const requiredUrl: Required = (obj, path, key, dropped) =>
  required(obj, path, key, dropped, (value, at) => urlValue(value, at, false, dropped));

// ---- values -----------------------------------------------------------------------------------------

/** Plain text, cut to `max`; a value that is not usable text names what is dropped with it. */
function textValue(value: Value, path: string, max = MAX_TEXT_LENGTH, dropped?: string): string | undefined {
  const result = cleanText(value, max);
  if (result.problem !== undefined) {
    report(path, result.text === undefined ? withDropped(result.problem, dropped) : result.problem);
  }
  return result.text;
}

const longText: Reader = (value, path) => textValue(value, path, MAX_DESCRIPTION_LENGTH);

/** A text value kept whole or not at all (identifiers and language tags are never cut). */
function uncutText(value: Value, path: string, max: number): string | undefined {
  const result = cleanText(value, max + 1);
  if (result.text === undefined) {
    report(path, result.problem ?? 'Not usable');
    return undefined;
  }
  if (result.problem !== undefined || result.text.length > max) {
    report(path, `Longer than ${max} characters; ${path} dropped`);
    return undefined;
  }
  return result.text;
}

function language(value: Value, path: string): string | undefined {
  const text = uncutText(value, path, MAX_LANGUAGE_LENGTH);
  if (text === undefined) return undefined;
  const tag = text.replace(/_/g, '-');
  if (LANGUAGE_TAG.test(tag)) return tag;
  report(path, `Not a BCP 47 language tag: ${JSON.stringify(tag)}`);
  return undefined;
}

function urlValue(value: Value, path: string, allowMailto = false, dropped?: string): string | undefined {
  const result = checkUrl(value, { allowMailto });
  if (result.url === undefined) report(path, withDropped(result.problem ?? 'Rejected URL', dropped));
  return result.url;
}

/** An image reference that may be a URL string or an object with a `url`. */
const imageRef: Reader = (value, path) =>
  kindOf(value) === 'object' ? requiredUrl(value as object, path, 'url', 'image dropped') : urlValue(value, path);

function date(value: Value, path: string): string | undefined {
  const result = checkDate(value);
  if (result.date === undefined) report(path, result.problem ?? 'Invalid date');
  return result.date;
}

function boolean(value: Value, path: string): boolean | undefined {
  return typeof value === 'boolean' ? value : wrongKind(path, 'true or false', value);
}

/** A positive integer number of pixels; numeric strings such as "1200" are accepted. */
function dimension(value: Value, path: string): number | undefined {
  let number: number | undefined;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) number = Number(value);
  if (number === undefined || !Number.isInteger(number)) return wrongKind(path, 'a positive whole number of pixels', value);
  if (number < 1 || number > MAX_IMAGE_DIMENSION) {
    report(path, `Expected a whole number from 1 to ${MAX_IMAGE_DIMENSION}, got ${number}`);
    return undefined;
  }
  return number;
}

/**
 * A list field: its first `max` items, each checked by `item`; the unusable ones are left out. A value
 * that is not an array is a list of one when `single` is set and it is text or an object.
 */
function list(value: Value, path: string, max: number, noun: string, item: Reader, single = false): unknown[] | undefined {
  const kind = kindOf(value);
  if (kind !== 'array') {
    if (!single || !(isTextKind(kind) || kind === 'object')) return wrongKind(path, `a list of ${noun}`, value);
    const one = item(value, path);
    return one === undefined ? undefined : [one];
  }
  const length = read(value as object, 'length');
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
    report(path, 'Could not be read');
    return undefined;
  }
  if (length > max) {
    report(path, `Only the first ${max} ${noun} are used; ${length - max} more were ignored`);
  }
  // Every item is read before any is checked, so items that cannot be read are reported first.
  const found: Array<[Value, string]> = [];
  const count = Math.min(length, max);
  for (let i = 0; i < count; i++) {
    const at = `${path}[${i}]`;
    const raw = read(value as object, String(i));
    if (raw === UNREADABLE) report(at, 'Could not be read');
    else found.push([raw, at]);
  }
  const items: unknown[] = [];
  for (const [raw, at] of found) {
    const checked = item(raw, at);
    if (checked !== undefined) items.push(checked);
  }
  return items.length > 0 ? items : undefined;
}

// ---- the objects of the model -------------------------------------------------------------------------

// The tables of each object: its required fields, then its optional ones.
const NAME: RequiredFields = [['name', requiredText]];
const PERSON: Fields = [
  ['url', (value, path) => urlValue(value, path, true)],
  ['image', imageRef],
  ['jobTitle', textValue],
];
const PUBLISHER: Fields = [
  ['url', urlValue],
  ['logo', imageRef],
];
const KICKER_TEXT: RequiredFields = [['text', requiredText]];
const KICKER: Fields = [['url', urlValue]];

function person(value: Value, path: string): unknown {
  const kind = kindOf(value);
  if (isTextKind(kind)) return only('name', textValue(value, path, MAX_TEXT_LENGTH, 'author dropped'));
  if (kind !== 'object') return wrongKind(path, 'a name or an author object', value, 'author dropped');
  return shape(value as object, path, 'author dropped', NAME, PERSON);
}

function publisher(value: Value, path: string): unknown {
  const kind = kindOf(value);
  if (isTextKind(kind)) return only('name', textValue(value, path, MAX_TEXT_LENGTH, 'publisher dropped'));
  if (kind !== 'object') return wrongKind(path, 'a name or a publisher object', value);
  return shape(value as object, path, 'publisher dropped', NAME, PUBLISHER);
}

function kicker(value: Value, path: string): unknown {
  const kind = kindOf(value);
  if (isTextKind(kind)) return only('text', textValue(value, path));
  if (kind !== 'object') return wrongKind(path, 'a label or a kicker object', value);
  return shape(value as object, path, 'kicker dropped', KICKER_TEXT, KICKER);
}

/** One axis of a focal point: a number from 0 to 1 (numeric strings accepted), clamped into that range. */
const coordinate: Required = (obj, path, axis, dropped) => {
  const at = join(path, axis);
  const raw = get(obj, axis, at);
  let number: number | undefined;
  if (typeof raw === 'number') number = raw;
  else if (typeof raw === 'string' && /^\s*-?\d{0,9}(?:\.\d{1,17})?\s*$/.test(raw) && /\d/.test(raw)) number = Number(raw);
  if (number === undefined || !Number.isFinite(number)) {
    report(at, withDropped(raw === undefined ? 'Missing' : `Expected a number from 0 to 1, got ${describe(raw)}`, dropped));
    return undefined;
  }
  const clamped = Math.min(1, Math.max(0, number));
  if (clamped !== number) report(at, `${number} is outside 0–1; clamped to ${clamped}`);
  return clamped;
};

const AXES: RequiredFields = [
  ['x', coordinate],
  ['y', coordinate],
];

function focalPoint(value: Value, path: string): unknown {
  if (kindOf(value) !== 'object') return wrongKind(path, 'an object with x and y', value);
  return shape(value as object, path, 'focal point dropped', AXES, []);
}

function sources(value: Value, path: string): ImageSource[] | undefined {
  const widths = new Set<number>();
  // One candidate that fails the URL policy drops the whole srcset: a partial srcset built from
  // hostile data is still data the policy rejected.
  let rejectedUrl = false;
  const srcsetUrl: Reader = (raw, at) => {
    const checked = checkSrcsetUrl(raw);
    if (checked.url === undefined) {
      report(at, `${checked.problem ?? 'Rejected URL'}; srcset dropped`);
      rejectedUrl = true;
    }
    return checked.url;
  };
  const source: Reader = (item, at) => {
    if (kindOf(item) !== 'object') return wrongKind(at, 'an object with url and width', item, 'source dropped');
    const url = required(item as object, at, 'url', 'source dropped', srcsetUrl);
    const width = required(item as object, at, 'width', 'source dropped', dimension) as number | undefined;
    if (url === undefined || width === undefined) return undefined;
    if (widths.has(width)) {
      report(`${at}.width`, `Another source already has the width ${width}; source dropped`);
      return undefined;
    }
    widths.add(width);
    return { url, width };
  };
  const items = list(value, path, MAX_SOURCES, 'image sources', source) as ImageSource[] | undefined;
  return rejectedUrl ? undefined : items;
}

const IMAGE_URL: RequiredFields = [['url', requiredUrl]];
const IMAGE: Fields = [
  ['width', dimension],
  ['height', dimension],
  ['alt', textValue],
  ['decorative', boolean],
  ['caption', longText],
  ['creditText', textValue],
  ['sources', sources],
  ['focalPoint', focalPoint],
];

function image(value: Value, path: string): unknown {
  const kind = kindOf(value);
  if (kind === 'string') return only('url', urlValue(value, path, false, 'image dropped'));
  if (kind !== 'object') return wrongKind(path, 'an image URL or object', value);
  return shape(value as object, path, 'image dropped', IMAGE_URL, IMAGE);
}

const STORY_REQUIRED: RequiredFields = [
  ['url', requiredUrl],
  ['headline', (obj, path, key, dropped) => requiredText(obj, path, key, dropped, MAX_HEADLINE_LENGTH)],
];
const STORY: Fields = [
  ['datePublished', date],
  ['image', imageRef],
];

function story(value: Value, path: string): unknown {
  if (kindOf(value) !== 'object') return wrongKind(path, 'a related story object', value, 'story dropped');
  return shape(value as object, path, 'story dropped', STORY_REQUIRED, STORY);
}

const FLAGS: Fields = ['live', 'breaking', 'sponsored', 'opinion'].map((key): [string, Reader] => [key, boolean]);

function flags(value: Value, path: string): unknown {
  if (kindOf(value) !== 'object') return wrongKind(path, 'an object of true/false flags', value);
  const set = fields(value as object, path, FLAGS);
  return Object.keys(set).length > 0 ? set : undefined;
}

// The article's fields other than `headline`, in the documented output order: those before it, then
// those after it.
const ARTICLE_START: Fields = [
  ['id', (value, path) => uncutText(value, path, MAX_ID_LENGTH)],
  ['url', urlValue],
  ['inLanguage', language],
];
const ARTICLE_REST: Fields = [
  ['alternativeHeadline', (value, path) => textValue(value, path, MAX_HEADLINE_LENGTH)],
  ['kicker', kicker],
  ['articleSection', textValue],
  ['description', longText],
  ['author', (value, path) => list(value, path, MAX_AUTHORS, 'authors', person, true)],
  ['publisher', publisher],
  ['datePublished', date],
  ['dateModified', date],
  ['image', image],
  ['related', (value, path) => list(value, path, MAX_RELATED, 'related stories', story)],
  ['flags', flags],
  ['isAccessibleForFree', boolean],
];

function article(input: Value): Article | null {
  const kind = kindOf(input);
  if (kind !== 'object') {
    if (kind === 'unreadable') report('', 'The article could not be read');
    else wrongKind('', 'an article object', input);
    return null;
  }
  // Headline first: its problem leads the list when the article is unusable. The other fields are
  // still read, so every problem is reported.
  const headline = requiredText(input as object, '', 'headline', 'the article has no usable headline', MAX_HEADLINE_LENGTH);
  const article = fields(input as object, '', ARTICLE_START);
  article.headline = headline;
  fields(input as object, '', ARTICLE_REST, article);
  return headline === undefined ? null : (article as unknown as Article);
}

/**
 * Validates an article in the canonical shape (see `Article`). Never throws.
 * @returns the clean article (or `null` when there is no usable headline) and every problem found.
 */
export function normalizeCanonical(input: unknown): NormalizeResult {
  const outer = problems;
  const found: Problem[] = (problems = []);
  try {
    return { article: article(input), problems: found };
  } catch {
    return { article: null, problems: [...found, { path: '', message: 'The article could not be read' }] };
  } finally {
    problems = outer;
  }
}
