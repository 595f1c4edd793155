/**
 * Open Graph → canonical article. (A whole page is read by the extraction engine, src/extract/.)
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
import type { NormalizeResult } from '../types.js';
import { adapter, date, expected, isRec, list, num, report, str, text, url, type Reader } from './shared.js';

/** Meta `property` (or `name`) → `content`; a property that occurs more than once → its contents in page order. */
export type OpenGraphRecord = Record<string, string | readonly string[]>;

/** Reads a record of Open Graph meta properties as a record in the canonical shape. */
export const readOpenGraph: Reader = (record, problems) => {
  if (!isRec(record)) expected('an object', record);
  // The record's own values under `key` (never ones inherited from a polluted prototype), as strings.
  const all = (key: string) => list(Object.hasOwn(record, key) ? record[key] : undefined).map(str);
  // The first value under the first key that has one.
  const pick = (...keys: string[]) => keys.flatMap(all).find(Boolean);
  // The structured properties of the first image (its width is the first og:image:width, and so on).
  const image0 = (key: string) => all(key)[0];

  // og:image and og:image:url name the same thing; a secure_url is the https copy of the same picture.
  const imageUrl =
    url(image0('og:image:secure_url'), 'og:image:secure_url', problems) ??
    url(pick('og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), 'og:image', problems);

  const authors = all('article:author').filter(Boolean) as string[];
  const isUrl = (value: string) => /^([a-z][\w+.-]*:|\/\/|www\.)/i.test(value);
  const profiles = authors.filter(isUrl);
  const named = authors.filter((value) => !isUrl(value));
  const metaAuthor = text(pick('author'));
  const fromMeta = !named.length && metaAuthor;
  if (!fromMeta) {
    authors.forEach((value, i) => {
      if (isUrl(value)) report(problems, authors[1] ? `article:author[${i}]` : 'article:author', 'Has no name: dropped');
    });
  }
  const section = text(pick('article:section'));

  return {
    url: url(pick('og:url'), 'og:url', problems),
    inLanguage: pick('og:locale'),
    headline: text(pick('og:title', 'twitter:title')),
    kicker: section,
    articleSection: section,
    description: text(pick('og:description', 'twitter:description', 'description')),
    // `<meta name="author">` names the one author whose profile `article:author` links to.
    author: fromMeta ? { name: metaAuthor, url: profiles[1] ? undefined : url(profiles[0], 'article:author', problems) } : named.map(text),
    publisher: text(pick('og:site_name')),
    datePublished: date(pick('article:published_time'), 'article:published_time', problems),
    dateModified: date(pick('article:modified_time', 'og:updated_time'), 'article:modified_time', problems),
    image: imageUrl && {
      url: imageUrl,
      width: num(image0('og:image:width')),
      height: num(image0('og:image:height')),
      alt: text(image0('og:image:alt') ?? pick('twitter:image:alt')),
    },
  };
};

/** Converts a record of Open Graph meta properties (or its JSON text) to an article. Any other value gives a problem. */
export const fromOpenGraph: {
  (record: OpenGraphRecord): NormalizeResult;
  (record: unknown): NormalizeResult;
} = adapter(readOpenGraph);
