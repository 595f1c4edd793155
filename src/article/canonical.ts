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
import type {
  Article,
  ArticleFlags,
  ArticleImage,
  FocalPoint,
  ImageSource,
  Kicker,
  NormalizeResult,
  Organization,
  Person,
  Problem,
  RelatedStory,
} from './types.js';
import { checkSrcsetUrl, checkUrl } from './url-policy.js';

const UNREADABLE = Symbol('unreadable');
type Value = unknown;
type Obj = Record<string, unknown>;

const { hasOwn } = Object;
const objectPrototype = Object.prototype as Obj;
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const FLAG_KEYS = ['live', 'breaking', 'sponsored', 'opinion'] as const;

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

function describe(value: Value): string {
  const kind = kindOf(value);
  if (kind === 'other') return typeof value;
  if (kind === 'number' && !Number.isFinite(value as number)) return `the number ${String(value)}`;
  return kind;
}

class Normalizer {
  readonly problems: Problem[] = [];

  report(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Reads `obj[key]`, reporting a read that threw. */
  get(obj: object, key: string, path: string): Value {
    const value = read(obj, key);
    if (value === UNREADABLE) {
      this.report(path, 'Could not be read');
      return undefined;
    }
    return value;
  }

  /** An optional text field. */
  text(obj: object, key: string, path: string, max = MAX_TEXT_LENGTH): string | undefined {
    const value = this.get(obj, key, path);
    return value === undefined ? undefined : this.textValue(value, path, max);
  }

  textValue(value: Value, path: string, max = MAX_TEXT_LENGTH, dropped?: string): string | undefined {
    const result = cleanText(value, max);
    if (result.problem !== undefined) {
      this.report(path, result.text === undefined && dropped ? `${result.problem}; ${dropped}` : result.problem);
    }
    return result.text;
  }

  /** A required text field: reports a missing value, naming what is dropped without it. */
  requiredText(obj: object, key: string, path: string, max: number, dropped: string): string | undefined {
    const value = read(obj, key);
    if (value === UNREADABLE) {
      this.report(path, `Could not be read; ${dropped}`);
      return undefined;
    }
    if (value === undefined) {
      this.report(path, `Missing ${key}; ${dropped}`);
      return undefined;
    }
    return this.textValue(value, path, max, dropped);
  }

  url(obj: object, key: string, path: string, allowMailto = false, dropped?: string): string | undefined {
    const value = this.get(obj, key, path);
    if (value === undefined) {
      if (dropped) this.report(path, `Missing ${key}; ${dropped}`);
      return undefined;
    }
    return this.urlValue(value, path, allowMailto, dropped);
  }

  urlValue(value: Value, path: string, allowMailto = false, dropped?: string): string | undefined {
    const result = checkUrl(value, { allowMailto });
    if (result.url === undefined) {
      this.report(path, dropped ? `${result.problem ?? 'Rejected URL'}; ${dropped}` : (result.problem ?? 'Rejected URL'));
    }
    return result.url;
  }

  /** An image reference that may be a URL string or an object with a `url`. */
  imageRef(obj: object, key: string, path: string): string | undefined {
    const value = this.get(obj, key, path);
    if (value === undefined) return undefined;
    if (kindOf(value) === 'object') return this.url(value as object, 'url', `${path}.url`, false, 'image dropped');
    return this.urlValue(value, path);
  }

  date(obj: object, key: string, path: string): string | undefined {
    const value = this.get(obj, key, path);
    if (value === undefined) return undefined;
    const result = checkDate(value);
    if (result.date === undefined) this.report(path, result.problem ?? 'Invalid date');
    return result.date;
  }

  boolean(obj: object, key: string, path: string): boolean | undefined {
    const value = this.get(obj, key, path);
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    this.report(path, `Expected true or false, got ${describe(value)}`);
    return undefined;
  }

  /** A positive integer number of pixels; numeric strings such as "1200" are accepted. */
  dimension(value: Value, path: string): number | undefined {
    let number: number | undefined;
    if (typeof value === 'number') number = value;
    else if (typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value)) number = Number(value);
    if (number === undefined || !Number.isInteger(number)) {
      this.report(path, `Expected a positive whole number of pixels, got ${describe(value)}`);
      return undefined;
    }
    if (number < 1 || number > MAX_IMAGE_DIMENSION) {
      this.report(path, `Expected a whole number from 1 to ${MAX_IMAGE_DIMENSION}, got ${number}`);
      return undefined;
    }
    return number;
  }

  /**
   * The items of a list field, at most `max` of them. Returns `undefined` (after reporting) when the
   * value is not an array and `single` does not accept it as a one-item list.
   */
  list(value: Value, path: string, max: number, noun: string, single: (kind: Kind) => boolean): Array<{ item: Value; path: string }> | undefined {
    const kind = kindOf(value);
    if (kind !== 'array') {
      if (single(kind)) return [{ item: value, path }];
      this.report(path, `Expected a list of ${noun}, got ${describe(value)}`);
      return undefined;
    }
    const length = read(value as object, 'length');
    if (typeof length !== 'number' || !Number.isInteger(length) || length < 0) {
      this.report(path, 'Could not be read');
      return undefined;
    }
    if (length > max) {
      this.report(path, `Only the first ${max} ${noun} are used; ${length - max} more were ignored`);
    }
    const items: Array<{ item: Value; path: string }> = [];
    const count = Math.min(length, max);
    for (let i = 0; i < count; i++) {
      const itemPath = `${path}[${i}]`;
      const item = read(value as object, String(i));
      if (item === UNREADABLE) this.report(itemPath, 'Could not be read');
      else items.push({ item, path: itemPath });
    }
    return items;
  }

  // ---- fields -------------------------------------------------------------------------------------

  person(value: Value, path: string): Person | undefined {
    const kind = kindOf(value);
    if (kind === 'string' || kind === 'number') {
      const name = this.textValue(value, path, MAX_TEXT_LENGTH, 'author dropped');
      return name === undefined ? undefined : { name };
    }
    if (kind !== 'object') {
      this.report(path, `Expected a name or an author object, got ${describe(value)}; author dropped`);
      return undefined;
    }
    const obj = value as object;
    const name = this.requiredText(obj, 'name', `${path}.name`, MAX_TEXT_LENGTH, 'author dropped');
    if (name === undefined) return undefined;
    const person: Person = { name };
    const url = this.url(obj, 'url', `${path}.url`, true);
    if (url !== undefined) person.url = url;
    const image = this.imageRef(obj, 'image', `${path}.image`);
    if (image !== undefined) person.image = image;
    const jobTitle = this.text(obj, 'jobTitle', `${path}.jobTitle`);
    if (jobTitle !== undefined) person.jobTitle = jobTitle;
    return person;
  }

  authors(obj: object): Person[] | undefined {
    const value = this.get(obj, 'author', 'author');
    if (value === undefined) return undefined;
    const items = this.list(value, 'author', MAX_AUTHORS, 'authors', (k) => k === 'string' || k === 'number' || k === 'object');
    if (!items) return undefined;
    const people: Person[] = [];
    for (const { item, path } of items) {
      const person = this.person(item, path);
      if (person) people.push(person);
    }
    return people.length > 0 ? people : undefined;
  }

  publisher(obj: object): Organization | undefined {
    const value = this.get(obj, 'publisher', 'publisher');
    if (value === undefined) return undefined;
    const kind = kindOf(value);
    if (kind === 'string' || kind === 'number') {
      const name = this.textValue(value, 'publisher', MAX_TEXT_LENGTH, 'publisher dropped');
      return name === undefined ? undefined : { name };
    }
    if (kind !== 'object') {
      this.report('publisher', `Expected a name or a publisher object, got ${describe(value)}`);
      return undefined;
    }
    const source = value as object;
    const name = this.requiredText(source, 'name', 'publisher.name', MAX_TEXT_LENGTH, 'publisher dropped');
    if (name === undefined) return undefined;
    const publisher: Organization = { name };
    const url = this.url(source, 'url', 'publisher.url');
    if (url !== undefined) publisher.url = url;
    const logo = this.imageRef(source, 'logo', 'publisher.logo');
    if (logo !== undefined) publisher.logo = logo;
    return publisher;
  }

  kicker(obj: object): Kicker | undefined {
    const value = this.get(obj, 'kicker', 'kicker');
    if (value === undefined) return undefined;
    const kind = kindOf(value);
    if (kind === 'string' || kind === 'number') {
      const text = this.textValue(value, 'kicker');
      return text === undefined ? undefined : { text };
    }
    if (kind !== 'object') {
      this.report('kicker', `Expected a label or a kicker object, got ${describe(value)}`);
      return undefined;
    }
    const source = value as object;
    const text = this.requiredText(source, 'text', 'kicker.text', MAX_TEXT_LENGTH, 'kicker dropped');
    if (text === undefined) return undefined;
    const kicker: Kicker = { text };
    const url = this.url(source, 'url', 'kicker.url');
    if (url !== undefined) kicker.url = url;
    return kicker;
  }

  focalPoint(source: object): FocalPoint | undefined {
    const value = this.get(source, 'focalPoint', 'image.focalPoint');
    if (value === undefined) return undefined;
    if (kindOf(value) !== 'object') {
      this.report('image.focalPoint', `Expected an object with x and y, got ${describe(value)}`);
      return undefined;
    }
    const coordinate = (axis: 'x' | 'y'): number | undefined => {
      const path = `image.focalPoint.${axis}`;
      const raw = this.get(value as object, axis, path);
      let number: number | undefined;
      if (typeof raw === 'number') number = raw;
      else if (typeof raw === 'string' && /^\s*-?\d{0,9}(?:\.\d{1,17})?\s*$/.test(raw) && /\d/.test(raw)) number = Number(raw);
      if (number === undefined || !Number.isFinite(number)) {
        this.report(path, `${raw === undefined ? 'Missing' : `Expected a number from 0 to 1, got ${describe(raw)}`}; focal point dropped`);
        return undefined;
      }
      const clamped = Math.min(1, Math.max(0, number));
      if (clamped !== number) this.report(path, `${number} is outside 0–1; clamped to ${clamped}`);
      return clamped;
    };
    const x = coordinate('x');
    const y = coordinate('y');
    return x === undefined || y === undefined ? undefined : { x, y };
  }

  sources(source: object): ImageSource[] | undefined {
    const value = this.get(source, 'sources', 'image.sources');
    if (value === undefined) return undefined;
    const items = this.list(value, 'image.sources', MAX_SOURCES, 'image sources', () => false);
    if (!items) return undefined;
    const sources: ImageSource[] = [];
    const widths = new Set<number>();
    // One candidate that fails the URL policy drops the whole srcset: a partial srcset built from
    // hostile data is still data the policy rejected.
    let rejectedUrl = false;
    for (const { item, path } of items) {
      if (kindOf(item) !== 'object') {
        this.report(path, `Expected an object with url and width, got ${describe(item)}; source dropped`);
        continue;
      }
      const rawUrl = this.get(item as object, 'url', `${path}.url`);
      let url: string | undefined;
      if (rawUrl === undefined) {
        this.report(`${path}.url`, 'Missing url; source dropped');
      } else {
        const checked = checkSrcsetUrl(rawUrl);
        if (checked.url === undefined) {
          this.report(`${path}.url`, `${checked.problem ?? 'Rejected URL'}; srcset dropped`);
          rejectedUrl = true;
        }
        url = checked.url;
      }
      const rawWidth = this.get(item as object, 'width', `${path}.width`);
      let width: number | undefined;
      if (rawWidth === undefined) this.report(`${path}.width`, 'Missing width; source dropped');
      else width = this.dimension(rawWidth, `${path}.width`);
      if (url === undefined || width === undefined) continue;
      if (widths.has(width)) {
        this.report(`${path}.width`, `Another source already has the width ${width}; source dropped`);
        continue;
      }
      widths.add(width);
      sources.push({ url, width });
    }
    return sources.length > 0 && !rejectedUrl ? sources : undefined;
  }

  image(obj: object): ArticleImage | undefined {
    const value = this.get(obj, 'image', 'image');
    if (value === undefined) return undefined;
    const kind = kindOf(value);
    if (kind !== 'object') {
      if (kind === 'string') {
        const url = this.urlValue(value, 'image', false, 'image dropped');
        return url === undefined ? undefined : { url };
      }
      this.report('image', `Expected an image URL or object, got ${describe(value)}`);
      return undefined;
    }
    const source = value as object;
    const url = this.url(source, 'url', 'image.url', false, 'image dropped');
    if (url === undefined) return undefined;
    const image: ArticleImage = { url };
    for (const key of ['width', 'height'] as const) {
      const raw = this.get(source, key, `image.${key}`);
      const number = raw === undefined ? undefined : this.dimension(raw, `image.${key}`);
      if (number !== undefined) image[key] = number;
    }
    const alt = this.text(source, 'alt', 'image.alt');
    if (alt !== undefined) image.alt = alt;
    const decorative = this.boolean(source, 'decorative', 'image.decorative');
    if (decorative !== undefined) image.decorative = decorative;
    const caption = this.text(source, 'caption', 'image.caption', MAX_DESCRIPTION_LENGTH);
    if (caption !== undefined) image.caption = caption;
    const creditText = this.text(source, 'creditText', 'image.creditText');
    if (creditText !== undefined) image.creditText = creditText;
    const sources = this.sources(source);
    if (sources !== undefined) image.sources = sources;
    const focalPoint = this.focalPoint(source);
    if (focalPoint !== undefined) image.focalPoint = focalPoint;
    return image;
  }

  related(obj: object): RelatedStory[] | undefined {
    const value = this.get(obj, 'related', 'related');
    if (value === undefined) return undefined;
    const items = this.list(value, 'related', MAX_RELATED, 'related stories', () => false);
    if (!items) return undefined;
    const stories: RelatedStory[] = [];
    for (const { item, path } of items) {
      if (kindOf(item) !== 'object') {
        this.report(path, `Expected a related story object, got ${describe(item)}; story dropped`);
        continue;
      }
      const story = item as object;
      const url = this.url(story, 'url', `${path}.url`, false, 'story dropped');
      const headline = this.requiredText(story, 'headline', `${path}.headline`, MAX_HEADLINE_LENGTH, 'story dropped');
      if (url === undefined || headline === undefined) continue;
      const related: RelatedStory = { url, headline };
      const datePublished = this.date(story, 'datePublished', `${path}.datePublished`);
      if (datePublished !== undefined) related.datePublished = datePublished;
      const image = this.imageRef(story, 'image', `${path}.image`);
      if (image !== undefined) related.image = image;
      stories.push(related);
    }
    return stories.length > 0 ? stories : undefined;
  }

  flags(obj: object): ArticleFlags | undefined {
    const value = this.get(obj, 'flags', 'flags');
    if (value === undefined) return undefined;
    if (kindOf(value) !== 'object') {
      this.report('flags', `Expected an object of true/false flags, got ${describe(value)}`);
      return undefined;
    }
    const flags: ArticleFlags = {};
    let any = false;
    for (const key of FLAG_KEYS) {
      const flag = this.boolean(value as object, key, `flags.${key}`);
      if (flag !== undefined) {
        flags[key] = flag;
        any = true;
      }
    }
    return any ? flags : undefined;
  }

  /** A text value kept whole or not at all (identifiers and language tags are never cut). */
  uncutText(obj: object, key: string, max: number): string | undefined {
    const value = this.get(obj, key, key);
    if (value === undefined) return undefined;
    const result = cleanText(value, max + 1);
    if (result.text === undefined) {
      this.report(key, result.problem ?? 'Not usable');
      return undefined;
    }
    if (result.problem !== undefined || result.text.length > max) {
      this.report(key, `Longer than ${max} characters; ${key} dropped`);
      return undefined;
    }
    return result.text;
  }

  language(obj: object): string | undefined {
    const text = this.uncutText(obj, 'inLanguage', MAX_LANGUAGE_LENGTH);
    if (text === undefined) return undefined;
    const tag = text.replace(/_/g, '-');
    if (!LANGUAGE_TAG.test(tag)) {
      this.report('inLanguage', `Not a BCP 47 language tag: ${JSON.stringify(tag)}`);
      return undefined;
    }
    return tag;
  }

  article(input: Value): Article | null {
    const kind = kindOf(input);
    if (kind !== 'object') {
      this.report('', kind === 'unreadable' ? 'The article could not be read' : `Expected an article object, got ${describe(input)}`);
      return null;
    }
    const obj = input as object;
    // Headline first: its problem leads the list when the article is unusable.
    const headline = this.requiredText(obj, 'headline', 'headline', MAX_HEADLINE_LENGTH, 'the article has no usable headline');
    const id = this.uncutText(obj, 'id', MAX_ID_LENGTH);
    const url = this.url(obj, 'url', 'url');
    const inLanguage = this.language(obj);
    const alternativeHeadline = this.text(obj, 'alternativeHeadline', 'alternativeHeadline', MAX_HEADLINE_LENGTH);
    const kicker = this.kicker(obj);
    const articleSection = this.text(obj, 'articleSection', 'articleSection');
    const description = this.text(obj, 'description', 'description', MAX_DESCRIPTION_LENGTH);
    const author = this.authors(obj);
    const publisher = this.publisher(obj);
    const datePublished = this.date(obj, 'datePublished', 'datePublished');
    const dateModified = this.date(obj, 'dateModified', 'dateModified');
    const image = this.image(obj);
    const related = this.related(obj);
    const flags = this.flags(obj);
    const isAccessibleForFree = this.boolean(obj, 'isAccessibleForFree', 'isAccessibleForFree');
    if (headline === undefined) return null;

    // Keys in the documented order; absent values are left out rather than set to undefined.
    const article: Article = {} as Article;
    if (id !== undefined) article.id = id;
    if (url !== undefined) article.url = url;
    if (inLanguage !== undefined) article.inLanguage = inLanguage;
    article.headline = headline;
    if (alternativeHeadline !== undefined) article.alternativeHeadline = alternativeHeadline;
    if (kicker !== undefined) article.kicker = kicker;
    if (articleSection !== undefined) article.articleSection = articleSection;
    if (description !== undefined) article.description = description;
    if (author !== undefined) article.author = author;
    if (publisher !== undefined) article.publisher = publisher;
    if (datePublished !== undefined) article.datePublished = datePublished;
    if (dateModified !== undefined) article.dateModified = dateModified;
    if (image !== undefined) article.image = image;
    if (related !== undefined) article.related = related;
    if (flags !== undefined) article.flags = flags;
    if (isAccessibleForFree !== undefined) article.isAccessibleForFree = isAccessibleForFree;
    return article;
  }
}

/**
 * Validates an article in the canonical shape (see `Article`). Never throws.
 * @returns the clean article (or `null` when there is no usable headline) and every problem found.
 */
export function normalizeCanonical(input: unknown): NormalizeResult {
  const normalizer = new Normalizer();
  try {
    const article = normalizer.article(input);
    return { article, problems: normalizer.problems };
  } catch {
    return {
      article: null,
      problems: [...normalizer.problems, { path: '', message: 'The article could not be read' }],
    };
  }
}
