/**
 * JSON Feed 1.1 (and 1.0) items → records in the canonical article shape.
 *
 * `title` → headline; `url` (else `external_url`) → url, resolved against the feed's URL; `id`;
 * `summary`, else `content_text`, else `content_html` as text → description; `authors` (1.0: `author`)
 * with `name`, `url` and `avatar`; `date_published`, `date_modified`; the first of `tags` → kicker;
 * `image`, else `banner_image`, else the first `<img>` of `content_html`; `language` of the item or the
 * feed; the feed's `title` and `home_page_url` → publisher. An item with no `title` (JSON Feed allows
 * them, for short posts) has no headline, and is dropped with a problem.
 */
import { isRec, list, rec, str, text } from '../article/adapters/shared.js';
import type { Problem } from '../article/types.js';
import { MAX_FEED_ITEMS } from './limits.js';
import { feedDate, firstImage, resolve } from './shared.js';
import type { FeedItem } from './xml-feeds.js';

/** True for a JSON Feed object: its `version` names jsonfeed.org, or it has an `items` array and no headline. */
export const isJsonFeed = (data: unknown): boolean =>
  isRec(data) && (/^https?:\/\/jsonfeed\.org\/version\//.test(str(data.version) ?? '') || (Array.isArray(data.items) && !('headline' in data)));

export function readJsonFeed(feed: Record<string, unknown>, base: string | undefined): FeedItem[] {
  const home = resolve(str(feed.home_page_url), base);
  const publisher = text(feed.title) && { name: text(feed.title), url: home };
  return list(feed.items)
    .slice(0, MAX_FEED_ITEMS)
    .map((value, i) => {
      const item = rec(value);
      const html = str(item.content_html);
      const picture = str(item.image) ?? str(item.banner_image);
      const img = picture ? { url: picture } : firstImage(html);
      const tag = text(list(item.tags)[0]);
      const problems: Problem[] = [];
      return {
        path: `items[${i}]`,
        problems,
        record: isRec(value) && {
          id: str(item.id),
          url: resolve(str(item.url) ?? str(item.external_url), base),
          inLanguage: str(item.language) ?? str(feed.language),
          headline: text(item.title),
          kicker: tag,
          articleSection: tag,
          description: text(item.summary) ?? text(item.content_text) ?? (html && text(html)),
          author: list(item.authors ?? item.author ?? feed.authors ?? feed.author).map((a) => ({
            name: text(rec(a).name),
            url: resolve(str(rec(a).url), base),
            image: resolve(str(rec(a).avatar), base),
          })),
          publisher,
          datePublished: feedDate(str(item.date_published), 'datePublished', problems),
          dateModified: feedDate(str(item.date_modified), 'dateModified', problems),
          image: img && { ...img, url: resolve(img.url, base) },
        },
      };
    });
}
