/**
 * `feed-loader.ts` as built into `dist/news-card-list.bundle.js` (vite.config.ts puts this module in its
 * place): the feed code is the file `news-card.feed.js` beside the bundle, loaded on demand relative to
 * the bundle's own URL.
 */
import type { FeedModule } from './feed-loader.js';

export type { FeedModule };

export const loadFeed = (): Promise<FeedModule> =>
  import(/* @vite-ignore */ new URL(/* @vite-ignore */ './news-card.feed.js', import.meta.url).href) as Promise<FeedModule>;
