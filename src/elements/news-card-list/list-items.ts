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
  for (let i = 0; i < items.length && articles.length < limit; i++) {
    const { article, problems: own } = normalizeArticle(items[i]);
    const at = `${path}[${i}]`;
    if (article) articles.push(article);
    else {
      for (const p of own) problems.push({ path: p.path ? `${at}.${p.path}` : at, message: p.message });
      problems.push({ path: at, message: 'Dropped: no usable article' });
    }
  }
  return { articles, problems };
}
