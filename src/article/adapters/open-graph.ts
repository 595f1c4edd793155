/**
 * Open Graph → canonical article, and a whole page (`Document`) → canonical article.
 *
 * `fromOpenGraph` takes a record of meta `property` (or `name`) to `content`; a property given more
 * than once is an array, in page order. Read: `og:title`, `og:description`, `og:url`, `og:site_name`
 * (publisher name), `og:locale` (`en_GB` → `en-GB`), `og:image` (or `og:image:url`, with
 * `og:image:secure_url` preferred, `:width`, `:height`, `:alt`; the first image is the picture),
 * `article:published_time`, `article:modified_time` (else `og:updated_time`), `article:section` (the
 * kicker) and `article:author`. Twitter card tags and `<meta name="description">` /
 * `<meta name="author">` fill in what Open Graph leaves out.
 *
 * `article:author` is meant to be a profile URL, but many sites write names there. Names become
 * authors. When it holds only URLs, `<meta name="author">` gives the name (linked to the profile when
 * there is exactly one); a URL with no name to go with it cannot be shown as a byline, so it is
 * dropped with a problem.
 */
import type { NormalizeResult, Problem } from '../types.js';
import { fromJsonLd } from './json-ld.js';
import { date, fail, finish, guard, isRec, num, report, str, text, url, type Rec } from './shared.js';

/** The record's own value under `key`: never one inherited from a polluted prototype. */
const own = (record: Rec, key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

/** Every non-empty string under `key`, in order. */
function all(record: Rec, key: string): string[] {
  const value = own(record, key);
  return (Array.isArray(value) ? value : [value]).flatMap((v) => str(typeof v === 'string' ? v : undefined) ?? []);
}

/** The first value under the first key that has one. */
function pick(record: Rec, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = own(record, key);
    const s = str(Array.isArray(value) ? value.find((v) => str(v) !== undefined) : value);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** The value at `i` of a structured property (og:image:width of the i-th og:image). */
function nth(record: Rec, key: string, i: number): string | undefined {
  const value = own(record, key);
  return str(Array.isArray(value) ? value[i] : i === 0 ? value : undefined);
}

/** A URL-looking `article:author` (a profile link, not a name). */
const IS_URL = /^(?:[a-z][\w+.-]*:|\/\/|www\.)/i;

/** Meta `property` (or `name`) → `content`; a property that occurs more than once → its contents in page order. */
export type OpenGraphRecord = Record<string, string | readonly string[]>;

/** Converts a record of Open Graph meta properties to an article. Any other value gives a problem. */
export function fromOpenGraph(record: OpenGraphRecord): NormalizeResult;
export function fromOpenGraph(record: unknown): NormalizeResult;
export function fromOpenGraph(record: unknown): NormalizeResult {
  return guard('Open Graph', () => {
    const problems: Problem[] = [];
    if (!isRec(record)) return fail('Expected a record of meta properties');
    const og: Rec = record;

    // og:image and og:image:url name the same thing; a secure_url is the https copy of the same picture.
    const imageKey = all(og, 'og:image').length ? 'og:image' : 'og:image:url';
    let image: Rec | undefined;
    const secure = url(nth(og, 'og:image:secure_url', 0), 'og:image:secure_url', problems);
    const imageUrl = secure ?? url(nth(og, imageKey, 0) ?? pick(og, 'twitter:image', 'twitter:image:src'), imageKey, problems);
    if (imageUrl !== undefined) {
      image = {
        url: imageUrl,
        width: num(nth(og, 'og:image:width', 0)),
        height: num(nth(og, 'og:image:height', 0)),
        alt: text(nth(og, 'og:image:alt', 0) ?? pick(og, 'twitter:image:alt')),
      };
    }

    const authorValues = all(og, 'article:author');
    const profiles = authorValues.filter((value) => IS_URL.test(value));
    const named = authorValues.filter((value) => !IS_URL.test(value)).map((value) => ({ name: text(value) }));
    const metaAuthor = text(pick(og, 'author'));
    let authors: Rec[] = named;
    if (!named.length && metaAuthor !== undefined) {
      // `<meta name="author">` names the one author whose profile `article:author` links to.
      authors = [{ name: metaAuthor, url: profiles.length === 1 ? url(profiles[0], 'article:author', problems) : undefined }];
    } else {
      authorValues.forEach((value, i) => {
        if (IS_URL.test(value)) {
          const path = authorValues.length > 1 ? `article:author[${i}]` : 'article:author';
          report(problems, path, 'A profile URL without a name cannot be shown as a byline: dropped');
        }
      });
    }
    const section = text(pick(og, 'article:section'));
    const siteName = text(pick(og, 'og:site_name'));

    return finish({
      url: url(pick(og, 'og:url'), 'og:url', problems),
      inLanguage: pick(og, 'og:locale')?.replace('_', '-'),
      headline: text(pick(og, 'og:title', 'twitter:title')),
      kicker: section && { text: section },
      articleSection: section,
      description: text(pick(og, 'og:description', 'twitter:description', 'description')),
      author: authors.length ? authors : undefined,
      publisher: siteName && { name: siteName },
      datePublished: date(pick(og, 'article:published_time'), 'article:published_time', problems),
      dateModified: date(pick(og, 'article:modified_time', 'og:updated_time'), 'article:modified_time', problems),
      image,
    }, problems);
  });
}

/**
 * Collects a page's `<meta property>` and `<meta name>` tags into an Open Graph record. The
 * structured properties of each `og:image` (`:width`, `:height`, `:alt`, `:secure_url`) are kept at
 * the same index as the image they follow, so they stay paired when an image lacks one.
 */
function metaRecord(root: ParentNode): Record<string, string[]> {
  const record: Record<string, string[]> = Object.create(null);
  let images = 0;
  for (const meta of Array.from(root.querySelectorAll('meta[property][content], meta[name][content]'))) {
    const key = (meta.getAttribute('property') || meta.getAttribute('name') || '').trim().toLowerCase();
    const content = meta.getAttribute('content') ?? '';
    if (!key) continue;
    if (key === 'og:image' || key === 'og:image:url') images++;
    const values = (record[key] ??= []);
    if (key.startsWith('og:image:') && key !== 'og:image:url') {
      // Line this value up with the og:image it follows; a repeat for the same image is ignored.
      const at = Math.max(images - 1, 0);
      while (values.length < at) values.push('');
      if (values.length === at) values.push(content);
    } else {
      values.push(content);
    }
  }
  return record;
}

/**
 * Reads the article a page describes: each `<script type="application/ld+json">` in order (the first
 * that holds a usable article wins), then the Open Graph and Twitter meta tags. The page `<title>` is
 * not used: it usually carries the site name too, and a page with neither JSON-LD nor `og:title` does
 * not describe an article. `<html lang>` stands in for a missing `og:locale`. Accepts any `Document` (including one from `DOMParser`, whose scripts never
 * run) or element; never throws.
 */
export function articleFromDocument(doc: Document): NormalizeResult {
  return guard('document', () => {
    const root: unknown = doc;
    if (!isRec(root) || typeof root.querySelectorAll !== 'function') return fail('Expected a Document');
    const problems: Problem[] = [];
    const scripts = Array.from((root as unknown as ParentNode).querySelectorAll('script[type="application/ld+json"]'));
    for (const [i, script] of scripts.entries()) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent ?? '');
      } catch {
        report(problems, `script[type="application/ld+json"][${i}]`, 'Invalid JSON');
        continue;
      }
      const result = fromJsonLd(data);
      if (result.article) return result;
    }
    const record = metaRecord(root as unknown as ParentNode);
    // The page's own language when Open Graph does not state one.
    const lang = str((root as Rec).documentElement && (root as unknown as Document).documentElement.lang);
    if (!record['og:locale'] && lang !== undefined) record['og:locale'] = [lang];
    const result = fromOpenGraph(record);
    return result.article ? result : { article: null, problems: [...problems, ...result.problems] };
  });
}
