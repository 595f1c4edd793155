/**
 * `fromFeed(input, { url })`: a feed → `{ articles, problems }`.
 *
 * Reads RSS 2.0 (and 1.0), Atom 1.0, JSON Feed 1.1 (and 1.0), a WordPress `/wp/v2/posts?_embed` array
 * and any array of article data (each entry in a format `normalizeArticle` reads). `input` is the
 * feed's text (XML or JSON), its parsed JSON, or, in a browser, a parsed XML `Document`. `url` is the
 * feed's own address: relative links in the feed are resolved against it.
 *
 * Every item goes through `normalizeArticle`, so the URL policy, the text and date checks and the
 * caps of the article model hold for each. An item with no usable headline is dropped, with a problem;
 * the others are kept. Problems carry the item's path in the feed (`item[3].image.url`,
 * `entry[0].headline`, `items[2]`, `[5].link`). It never throws: text that is not a feed, XML that is
 * not well-formed, DTD entities and the caps of limits.ts end as problems.
 */
import { normalizeArticle } from '../article/normalize.js';
import { parseJson } from '../article/adapters/shared.js';
import { messageOf } from '../article/type-name.js';
import type { Article, Problem } from '../article/types.js';
import { isJsonFeed, readJsonFeed } from './json-feed.js';
import { MAX_FEED_ITEMS, MAX_FEED_LENGTH } from './limits.js';
import { readXmlFeed, type FeedItem } from './xml-feeds.js';
import type { XmlDocument } from './xml.js';

/** The formats `fromFeed` reads. `articles` is a plain array of article data. */
export type FeedFormat = 'rss' | 'atom' | 'json-feed' | 'wordpress' | 'articles';

export interface FromFeedOptions {
  /** The feed's own URL (absolute): relative links in the feed are resolved against it. */
  url?: string | URL;
}

export interface FeedResult {
  /** The usable items as canonical articles, in feed order. */
  articles: Article[];
  /** What was dropped or could not be read, each with its path in the feed. */
  problems: Problem[];
  /** The format found, or `null` when the input was not a feed. */
  format: FeedFormat | null;
}

/** Turns XML text into the tree of xml.ts, or throws a problem message (a string). */
export type XmlReader = (text: string) => XmlDocument;

const join = (path: string, inner: string) => (inner ? (inner.startsWith('[') ? path + inner : `${path}.${inner}`) : path);

/** The feed's URL when it is an absolute http(s) URL. */
function baseOf(url: unknown): string | undefined {
  try {
    const href = new URL(String(url)).href;
    return /^https?:/.test(href) ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The items of a parsed feed, with their format; throws the problem of input that is no feed. */
function readFeed(input: unknown, base: string | undefined, readXml: XmlReader, problems: Problem[]): { format: FeedFormat; items: FeedItem[] } {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FEED_LENGTH) throw `Feed longer than ${MAX_FEED_LENGTH} characters: not read`;
    const trimmed = input.replace(/^\ufeff/, '').trimStart();
    if (trimmed.startsWith('<')) {
      // Entity declarations come only in the DTD, before the root element. No feed needs them, and some
      // engines' DOMParser expands an entity bomb for as long as it takes (WebKit's did, for minutes).
      const prolog = trimmed.slice(0, trimmed.search(/<[A-Za-z_]/) >>> 0);
      if (/<!ENTITY/i.test(prolog)) throw 'DTD entity declarations are not read: the feed was not parsed';
      const doc = readXml(trimmed);
      if (doc.truncated) problems.push({ path: '', message: `More than ${MAX_FEED_ITEMS} items: only the first ${MAX_FEED_ITEMS} were read` });
      return readXmlFeed(doc, base);
    }
    data = parseJson(trimmed);
  } else if (typeof Document !== 'undefined' && input instanceof Document) {
    return readFeed(new XMLSerializer().serializeToString(input), base, readXml, problems);
  }
  if (Array.isArray(data)) {
    if (data.length > MAX_FEED_ITEMS) problems.push({ path: '', message: `More than ${MAX_FEED_ITEMS} items: only the first ${MAX_FEED_ITEMS} were read` });
    const items = data.slice(0, MAX_FEED_ITEMS).map((record, i) => ({ path: `[${i}]`, record, problems: [] }));
    const wordpress = items.length > 0 && items.every(({ record }) => record && typeof record == 'object' && 'title' in record && 'link' in record);
    return { format: wordpress ? 'wordpress' : 'articles', items };
  }
  if (isJsonFeed(data)) {
    const feed = data as Record<string, unknown>;
    if (Array.isArray(feed.items) && feed.items.length > MAX_FEED_ITEMS) {
      problems.push({ path: 'items', message: `More than ${MAX_FEED_ITEMS} items: only the first ${MAX_FEED_ITEMS} were read` });
    }
    return { format: 'json-feed', items: readJsonFeed(feed, base) };
  }
  throw 'Not a feed: expected RSS, Atom, a JSON Feed or an array of articles';
}

/** `fromFeed` with the given XML reader: the DOM's in browsers (index.ts), saxes in Node (node.ts). */
export function createFromFeed(readXml: XmlReader) {
  return function fromFeed(input: unknown, options: FromFeedOptions = {}): FeedResult {
    const problems: Problem[] = [];
    const articles: Article[] = [];
    let format: FeedFormat | null = null;
    try {
      const read = readFeed(input, baseOf(options?.url), readXml, problems);
      format = read.format;
      for (const { path, record, problems: own } of read.items) {
        const result = normalizeArticle(record);
        for (const problem of [...own, ...result.problems]) problems.push({ path: join(path, problem.path), message: problem.message });
        if (result.article) articles.push(result.article);
        else problems.push({ path, message: 'Dropped: no usable article' });
      }
    } catch (thrown) {
      problems.push({ path: '', message: messageOf(thrown) });
    }
    return { articles, problems, format };
  };
}
