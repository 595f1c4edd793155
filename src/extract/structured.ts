/**
 * The structured data of a page: its JSON-LD article and its microdata article.
 *
 * JSON-LD: every `<script type="application/ld+json">` is read leniently (lenient-json.ts); the nodes of
 * all of them (arrays and `@graph`s, walked with a bound) are pooled, so an `@id` in one script can
 * refer to a node in another. The article is the `Article`-typed node (any subtype: `NewsArticle`,
 * `BlogPosting`, `ReportageNewsArticle`…) that names the page itself (its `url`, `@id` or
 * `mainEntityOfPage` is the page's URL), else the first one with a headline, else the `mainEntity` of a
 * `WebPage`. The JSON-LD adapter (`readJsonLd`) then reads it, with its `@id` references, image shapes
 * and authors.
 *
 * Microdata: the first item whose type is an article, and `itemprop`s written outside any item.
 */
import { readJsonLd } from '../article/adapters/json-ld.js';
import { isRec, list, rec, str } from '../article/adapters/shared.js';
import type { Problem } from '../article/types.js';
import type { Item } from './facts.js';
import { parseLenientJson } from './lenient-json.js';

const MAX_NODES = 2000;
type Rec = Record<string, unknown>;

const typesOf = (node: unknown): string[] => list(rec(node)['@type']).map((type) => `${str(type)}`.replace(/^.*[/#:]/, ''));
const ARTICLE = /(Article|Posting|Report)$/;
export const isArticleType = (types: readonly string[]) => types.some((type) => ARTICLE.test(type));

/** A URL without what differs between spellings of the same page (scheme, `www.`, query, trailing slash). */
export const pageKey = (url: unknown): string =>
  typeof url == 'string' ? url.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '') : '';

/**
 * The JSON-LD article of a page, as the JSON-LD adapter reads it (a record in the canonical shape,
 * not yet checked), or `undefined` when the page has none.
 */
export function jsonLdArticle(scripts: readonly string[], pageUrls: readonly string[], problems: Problem[]): Rec | undefined {
  const nodes: Rec[] = [];
  const add = (value: unknown, depth: number): void => {
    if (depth > 3 || nodes.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_NODES)) add(item, depth + 1);
    } else if (isRec(value)) {
      nodes.push(value);
      if (value['@graph'] !== undefined) add(value['@graph'], depth + 1);
    }
  };
  scripts.forEach((script, i) => {
    const value = parseLenientJson(script);
    if (value === undefined && script.trim()) problems.push({ path: `json-ld[${i}]`, message: 'Not readable as JSON, even leniently: skipped' });
    add(value, 0);
  });
  if (!nodes.length) return undefined;

  const keys = new Set(pageUrls.map(pageKey).filter(Boolean));
  const names = (node: Rec) =>
    [node.url, node['@id'], node.mainEntityOfPage, rec(node.mainEntityOfPage)['@id'], rec(node.mainEntityOfPage).url].some((u) => keys.has(pageKey(u)));
  const articles = nodes.filter((node) => isArticleType(typesOf(node)));
  const chosen = articles.find((node) => names(node) && node.headline) ?? articles.find((node) => node.headline ?? node.name) ?? articles[0];
  // The adapter reads the first node typed `…Article` or `…Posting`: a `Report` is read as an `Article`.
  const first = chosen && !typesOf(chosen).some((type) => /(Article|Posting)$/.test(type)) ? { ...chosen, '@type': 'Article' } : chosen;
  const data = chosen ? [first, ...nodes.filter((node) => node !== chosen)] : nodes;
  const found: Problem[] = [];
  try {
    const record = readJsonLd(data, found) as Rec;
    problems.push(...found.map(({ path, message }) => ({ path: `json-ld ${path}`, message })));
    return record;
  } catch {
    return undefined;
  }
}

/** The first value of a microdata property: text (its white space collapsed), or a nested item's `name` (else `url`). */
export function itemValue(item: Item | undefined, ...props: string[]): string | undefined {
  for (const prop of props) {
    for (const value of item?.props.get(prop.toLowerCase()) ?? []) {
      const text = (typeof value == 'string' ? value : itemValue(value, 'name', 'url', 'contenturl'))?.replace(/\s+/g, ' ').trim();
      if (text) return text;
    }
  }
  return undefined;
}

/** Every value of a microdata property as text (nested items by their `name`). */
export function itemValues(item: Item | undefined, prop: string): string[] {
  return (item?.props.get(prop) ?? []).map((value) => (typeof value == 'string' ? value : (itemValue(value, 'name') ?? ''))).filter((v) => v.trim());
}

/** The page's microdata article: the first item typed as an article, searched breadth-first (bounded). */
export function microdataArticle(items: readonly Item[]): Item | undefined {
  const queue = [...items];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const item = queue[i];
    if (isArticleType(item.type)) return item;
    for (const values of item.props.values()) for (const value of values) if (typeof value != 'string') queue.push(value);
  }
  return undefined;
}
