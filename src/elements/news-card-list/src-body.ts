/**
 * What a list's `src` answered, as its items; loaded on demand, when a fetch succeeds. A JSON array is
 * taken as it is (the list normalizes its items as it renders them, a long one after the first paint);
 * anything else is read by `fromFeed`, whose code loads only now (feed-loader.ts).
 */
import type { Problem } from '../../article/types.js';
import { loadFeed } from './feed-loader.js';

export async function readBody(data: unknown, url: string): Promise<{ items: unknown[]; problems: Problem[] }> {
  const text = typeof data === 'string' ? data.trim() : '';
  if (text.startsWith('[')) {
    try {
      const items: unknown = JSON.parse(text);
      if (Array.isArray(items)) return { items, problems: [] };
    } catch {
      // Not JSON after all: the feed reader says what it is.
    }
  }
  const { fromFeed } = await loadFeed();
  const { articles, problems } = fromFeed(data, { url });
  return { items: articles, problems };
}
