/**
 * Loads `fromFeed` when a `src` answers with a feed, and only then: the feed code is not on the list's
 * path. A dynamic import, which bundlers split into a chunk of their own. The CDN bundle is built with
 * `feed-loader.cdn.ts` in this module's place: it loads `news-card.feed.js` from beside itself.
 */
export type FeedModule = typeof import('../../feed/index.js');

export const loadFeed = (): Promise<FeedModule> => import('../../feed/index.js');
