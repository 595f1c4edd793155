/**
 * `fromFeed` for browsers: XML is read with the platform's `DOMParser`. Where there is none (Node), XML
 * input ends in a problem: Node resolves `news-card/feed` to node.ts, which reads XML with saxes.
 */
import { createFromFeed } from './from-feed.js';
import { parseXmlDom } from './xml-dom.js';

export type { FeedFormat, FeedResult, FromFeedOptions } from './from-feed.js';
export { MAX_FEED_ITEMS, MAX_FEED_LENGTH } from './limits.js';

/**
 * Reads a feed (RSS, Atom, JSON Feed, a WordPress posts array or an array of articles) as canonical
 * articles. Never throws. See from-feed.ts.
 */
export const fromFeed = createFromFeed((text) => {
  if (typeof DOMParser === 'undefined') throw 'No XML parser here: in Node, import fromFeed from news-card/feed';
  return parseXmlDom(text);
});
