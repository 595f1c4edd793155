/**
 * The list's data, without a DOM: items in any article format → the canonical articles it shows, and
 * the problems of the items it dropped. Pure functions, shared by the element and server rendering.
 */
import { normalizeArticle } from '../../article/normalize.js';
import type { Article, Problem } from '../../article/types.js';

export type ListLayout = 'list' | 'grid' | 'rail';

const LAYOUTS: readonly string[] = ['list', 'grid', 'rail'];

/** The layout in effect: an unknown value is `list`. */
export const listLayout = (value: unknown): ListLayout => (LAYOUTS.includes(value as string) ? (value as ListLayout) : 'list');

/** The `limit` in effect: a positive whole number, or `Infinity` for none (unset, 0, negative, not a number). */
export const listLimit = (value: unknown): number => {
  const n = Math.floor(Number(value));
  return n > 0 ? n : Infinity;
};

export interface ListItems {
  articles: Article[];
  problems: Problem[];
}

/**
 * Normalizes each item, keeping at most `limit` usable articles. An item with no usable article is
 * dropped, with its problems under `path[i]` and one that says it was dropped; it never takes the
 * others with it. Items past the limit are not read at all. Never throws.
 */
export function toListItems(items: unknown, limit = Infinity, path = 'articles'): ListItems {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  if (!Array.isArray(items)) {
    problems.push({ path, message: 'Expected an array of articles' });
    return { articles, problems };
  }
  const next = lazyArticles(items, limit, problems, path);
  for (let article; (article = next()); ) articles.push(article);
  return { articles, problems };
}

/**
 * The usable articles of `items` one at a time, each normalized only when asked for (long lists
 * normalize as they render, not all before the first paint), at most `limit`. A dropped item's problems
 * go to `problems` under `path[i]`, with one that says it was dropped.
 */
export function lazyArticles(items: readonly unknown[], limit: number, problems: Problem[], path = 'articles'): () => Article | undefined {
  let i = 0;
  let kept = 0;
  return () => {
    while (i < items.length && kept < limit) {
      const at = `${path}[${i}]`;
      const { article, problems: own } = normalizeArticle(items[i++]);
      if (article) {
        kept++;
        return article;
      }
      for (const p of own) problems.push({ path: p.path ? `${at}.${p.path}` : at, message: p.message });
      problems.push({ path: at, message: 'Dropped: no usable article' });
    }
    return undefined;
  };
}

/** Lists with more cards than this render their first {@link FIRST_CARDS} at once and the rest as rows (rows.ts). */
export const SCALE_AT = 24;

/** Cards rendered at once in a long list, before its rows. */
export const FIRST_CARDS = 12;
