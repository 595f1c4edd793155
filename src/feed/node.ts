/**
 * `fromFeed` for Node (the `node` condition of `news-card/feed`, and server rendering): XML is read with
 * saxes, which expands no DTD entities and fetches nothing (docs/decisions/008-feed-parsing.md).
 */
import { createFromFeed } from './from-feed.js';
import { parseXmlSax } from './xml-sax.js';

export type { FeedFormat, FeedResult, FromFeedOptions } from './from-feed.js';
export { MAX_FEED_ITEMS, MAX_FEED_LENGTH } from './limits.js';

/**
 * Reads a feed (RSS, Atom, JSON Feed, a WordPress posts array or an array of articles) as canonical
 * articles. Never throws. See from-feed.ts.
 */
export const fromFeed = createFromFeed(parseXmlSax);
