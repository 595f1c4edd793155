/**
 * schema.org JSON-LD → canonical article.
 *
 * Reads the first `NewsArticle`, `Article`, `ReportageNewsArticle`, `AnalysisNewsArticle`,
 * `OpinionNewsArticle`, `BlogPosting` (any type whose name ends in `Article` or `Posting`), or failing
 * that the `mainEntity` of a `WebPage`. Accepts one node, an array of nodes, or an `@graph` whose nodes
 * refer to each other by `@id`, as SEO plugins write it. References are looked up in the graph a
 * bounded number of steps, so a cycle cannot loop.
 *
 * Where the article node leaves out what its page states (SEO plugins put `url`, `description` and
 * `inLanguage` on the `WebPage` node and the picture behind `primaryImageOfPage`), those are read from
 * the page.
 */
import { splitCredit } from '../html-text.js';
import type { NormalizeResult, Problem } from '../types.js';
import {
  date,
  fail,
  finish,
  first,
  guard,
  isRec,
  list,
  num,
  parseJson,
  report,
  srcsetOf,
  str,
  text,
  url,
  type Rec,
  type Rendition,
} from './shared.js';

type Index = Map<string, Rec>;

// Bounds for walking untrusted graphs: how deep nested nodes are indexed, how many are visited.
const MAX_DEPTH = 8;
const MAX_NODES = 2000;

/** The type names of a node, without any vocabulary prefix (`https://schema.org/NewsArticle` → `NewsArticle`). */
const types = (node: unknown): string[] =>
  isRec(node)
    ? list(node['@type']).flatMap((t) => (typeof t === 'string' ? [t.replace(/^.*[/#:]/, '')] : []))
    : [];

const isArticle = (node: unknown): boolean => types(node).some((t) => /(?:Article|Posting)$/.test(t));

/** Indexes every node that defines something under an `@id` (first definition wins). */
function indexNodes(value: unknown, index: Index, depth = 0, budget = { left: MAX_NODES }): void {
  if (depth > MAX_DEPTH || budget.left-- <= 0) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, MAX_NODES)) indexNodes(item, index, depth + 1, budget);
  } else if (isRec(value)) {
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !index.has(id)) index.set(id, value);
    for (const key of Object.keys(value)) indexNodes(value[key], index, depth + 1, budget);
  }
}

/**
 * Looks a reference up in the index: one step, since the index holds definitions, so a cycle of
 * references cannot loop. Properties written inline beside the `@id` win over the definition's.
 */
function resolve(value: unknown, index: Index): unknown {
  const id = isRec(value) ? value['@id'] : undefined;
  const target = typeof id === 'string' ? index.get(id) : undefined;
  return target && target !== value ? { ...target, ...(value as Rec) } : value;
}

/** The top-level nodes: an array's items and every `@graph`'s members. */
function topNodes(data: unknown): unknown[] {
  const nodes: unknown[] = [];
  for (const item of list(data).slice(0, MAX_NODES)) {
    nodes.push(item);
    if (isRec(item)) nodes.push(...list(item['@graph']).slice(0, MAX_NODES));
  }
  return nodes;
}

/** A URL from a string, an `ImageObject` (`url`, else `contentUrl`) or a reference to one. */
function imageUrl(value: unknown, index: Index, path: string, problems: Problem[]): string | undefined {
  const node = resolve(first(value), index);
  return url(isRec(node) ? (node.url ?? node.contentUrl) : node, path, problems);
}

/**
 * Each item of a value that may be one item or a list, with its path (`author`, or `author[2]` in a
 * list). Holes in a sparse array are skipped.
 */
const items = (value: unknown, path: string): Array<[unknown, string]> =>
  list(value).flatMap((item, i): Array<[unknown, string]> => [[item, Array.isArray(value) ? `${path}[${i}]` : path]]);

interface Candidate extends Rendition {
  caption?: string;
  credit?: string;
}

/**
 * `image` as a URL, an `ImageObject` or a list of either: the widest is the picture (else the first),
 * and the others with a width and the same aspect ratio become `sources`.
 */
function readImage(value: unknown, index: Index, problems: Problem[], path: string): Rec | undefined {
  const candidates: Candidate[] = [];
  for (const [item, at] of items(value, path)) {
    const node = resolve(item, index);
    if (isRec(node)) {
      const src = url(node.url ?? node.contentUrl, `${at}.url`, problems);
      if (src !== undefined) {
        candidates.push({
          url: src,
          width: num(node.width),
          height: num(node.height),
          caption: text(node.caption),
          credit: text(node.creditText) ?? text(node.copyrightNotice),
        });
      } else if (str(node.url ?? node.contentUrl) === undefined) {
        report(problems, at, 'Image has no url');
      }
    } else {
      const src = url(node, at, problems);
      if (src !== undefined) candidates.push({ url: src });
      else if (str(node) === undefined) report(problems, at, 'Expected an image URL or ImageObject');
    }
  }
  if (!candidates.length) return undefined;
  const best = candidates.reduce((a, b) => ((b.width ?? 0) > (a.width ?? 0) ? b : a));
  const captioned = best.caption !== undefined ? best : candidates.find((c) => c.caption !== undefined);
  const split = splitCredit(captioned?.caption ?? '');
  return {
    url: best.url,
    width: best.width,
    height: best.height,
    caption: split.caption,
    creditText: best.credit ?? split.credit ?? candidates.find((c) => c.credit)?.credit,
    // Other crops (Google asks for 16:9, 4:3 and 1:1) are different pictures, not srcset candidates.
    sources: srcsetOf(best, candidates),
  };
}

/** A `Person`/`Organization` (or a name) as a canonical person; `undefined` with a problem when nameless. */
function readPerson(value: unknown, index: Index, problems: Problem[], path: string): Rec | undefined {
  const node = resolve(value, index);
  const name = isRec(node)
    ? (text(node.name) ?? text([str(node.givenName), str(node.familyName)].filter(Boolean).join(' ')))
    : text(node);
  if (name === undefined || /^[a-z][\w+.-]*:\/\//i.test(name)) {
    return report(problems, path, name ? 'A URL is not a name: author dropped' : 'Has no name: dropped');
  }
  if (!isRec(node)) return { name };
  const job = first(node.jobTitle);
  return {
    name,
    url: url(node.url, `${path}.url`, problems, true),
    image: imageUrl(node.image, index, `${path}.image`, problems),
    jobTitle: text(isRec(job) ? job.name : job),
  };
}

/** Picks the article node: the first article-typed node, else a page's `mainEntity`. */
function findArticle(nodes: unknown[], index: Index): { article?: Rec; page?: Rec } {
  const pages: Rec[] = [];
  let article: Rec | undefined;
  for (const raw of nodes) {
    const node = resolve(raw, index);
    if (!isRec(node)) continue;
    if (!article && isArticle(node)) article = node;
    if (node.mainEntity !== undefined) pages.push(node);
  }
  for (const page of pages) {
    const main = resolve(first(page.mainEntity), index);
    if (!isRec(main)) continue;
    if (!article && (isArticle(main) || main.headline !== undefined)) return { article: main, page };
    if (article && (main === article || (main['@id'] !== undefined && main['@id'] === article['@id']))) {
      return { article, page };
    }
  }
  if (!article) return {};
  // The page the article sits on: `mainEntityOfPage`, else an `isPartOf` that is a page.
  for (const link of [article.mainEntityOfPage, article.isPartOf]) {
    const page = resolve(link, index);
    if (isRec(page) && (link === article.mainEntityOfPage || types(page).some((t) => t.endsWith('Page')))) {
      return { article, page };
    }
  }
  return { article };
}

function readBoolean(value: unknown, problems: Problem[], path: string): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:true|false)$/i.test(value.trim())) return /^\s*true/i.test(value);
  return value === undefined ? undefined : report(problems, path, 'Expected true or false');
}

/** Converts schema.org JSON-LD (an object, an array of nodes, an `@graph`, or its JSON text) to an article. */
export function fromJsonLd(input: unknown): NormalizeResult {
  return guard('JSON-LD', () => {
    const problems: Problem[] = [];
    const data = parseJson(input, problems);
    const index: Index = new Map();
    indexNodes(data, index);
    const { article: a, page } = findArticle(topNodes(data), index);
    if (!a) return fail('No schema.org Article, NewsArticle, BlogPosting or WebPage mainEntity found', problems);
    const p: Rec = page && page !== a ? page : {};
    const kinds = types(a);
    const section = text(a.articleSection);
    const language = resolve(a.inLanguage ?? p.inLanguage, index);
    const identifier = resolve(first(a.identifier), index);
    const mainPage = a.mainEntityOfPage;
    // SEO plugins name the page by its URL: `"mainEntityOfPage": { "@id": "https://…" }`.
    const pageUrl =
      typeof mainPage === 'string'
        ? mainPage
        : (p.url ?? (isRec(mainPage) && /^https?:/i.test(str(mainPage['@id']) ?? '') ? mainPage['@id'] : undefined));

    const record: Rec = {
      id: str(isRec(identifier) ? identifier.value : identifier),
      url: url(a.url, 'url', problems) ?? url(pageUrl, 'mainEntityOfPage', problems),
      inLanguage: str(isRec(language) ? (language.alternateName ?? language.name) : language),
      headline: text(a.headline) ?? text(a.name),
      alternativeHeadline: text(a.alternativeHeadline),
      kicker: section && { text: section },
      articleSection: section,
      description: text(a.description) ?? text(p.description),
      author: items(a.author, 'author').flatMap(([item, path]) => readPerson(item, index, problems, path) ?? []),
      publisher: undefined as Rec | undefined,
      datePublished: date(a.datePublished, 'datePublished', problems),
      dateModified: date(a.dateModified, 'dateModified', problems),
      image: readImage(a.image ?? p.primaryImageOfPage ?? a.thumbnailUrl ?? p.image, index, problems, 'image'),
      isAccessibleForFree: readBoolean(a.isAccessibleForFree, problems, 'isAccessibleForFree'),
      flags: kinds.includes('OpinionNewsArticle')
        ? { opinion: true }
        : kinds.includes('AdvertiserContentArticle')
          ? { sponsored: true }
          : undefined,
    };

    const publisher = resolve(first(a.publisher), index);
    if (publisher !== undefined) {
      const name = text(isRec(publisher) ? publisher.name : publisher);
      if (name === undefined) report(problems, 'publisher', 'Has no name: dropped');
      else if (!isRec(publisher)) record.publisher = { name };
      else {
        record.publisher = {
          name,
          url: url(publisher.url, 'publisher.url', problems),
          logo: imageUrl(publisher.logo, index, 'publisher.logo', problems),
        };
      }
    }
    if (!(record.author as unknown[]).length) record.author = undefined;
    return finish(record, problems);
  });
}
