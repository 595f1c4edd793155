/**
 * schema.org JSON-LD → canonical article.
 *
 * Reads the first `NewsArticle`, `Article`, `ReportageNewsArticle`, `AnalysisNewsArticle`,
 * `OpinionNewsArticle`, `BlogPosting` (any type whose name ends in `Article` or `Posting`), or failing
 * that the `mainEntity` of a `WebPage`. Accepts one node, an array of nodes, or an `@graph` whose nodes
 * refer to each other by `@id`, as SEO plugins write it. References are looked up in an index of the
 * nodes that define something, one step at a time, so a cycle cannot loop; the index is built from a
 * bounded walk (depth 8, 2,000 nodes).
 *
 * Where the article node leaves out what its page states (SEO plugins put `url`, `description` and
 * `inLanguage` on the `WebPage` node and the picture behind `primaryImageOfPage`), those are read from
 * the page: the node whose `mainEntity` is the article, else its `mainEntityOfPage`.
 *
 * Authors and the publisher are handed to the canonical check as they are (a `Person` or
 * `Organization`, or a name): it checks their URLs and pictures at the same paths (`author[2].url`),
 * and drops one with no name (a URL is not one) with a problem at `author[5].name`.
 *
 * `image` may be a URL, an `ImageObject` or a list of either: the widest is the picture (else the
 * first), and the others with a width and the same aspect ratio become `sources` (Google asks for 16:9,
 * 4:3 and 1:1 crops, which are different pictures, not srcset candidates). A credit written in the
 * caption is split off; `creditText` wins over it, and `copyrightNotice` comes last.
 */
import { adapter, date, fail, figure, first, isRec, list, num, prop, rec, str, text, url, type Reader, type Rec, type Rendition } from './shared.js';

const MAX_NODES = 2000;

interface Candidate extends Rendition {
  caption?: string;
  credit?: string;
}

/** The type names of a node, without any vocabulary prefix (`https://schema.org/NewsArticle` → `NewsArticle`). */
const types = (node: unknown): string[] => list(rec(node)['@type']).map((type) => `${str(type)}`.replace(/^.*[/#:]/, ''));

const isArticle = (node: unknown): boolean => types(node).some((type) => /(Article|Posting)$/.test(type));

/** Reads schema.org JSON-LD (an object, an array of nodes or an `@graph`) as a record in the canonical shape. */
export const readJsonLd: Reader = (data, problems) => {
  // Every node that defines something under an `@id` (first definition wins).
  const index = new Map<unknown, Rec>();
  let budget = MAX_NODES;
  const walk = (value: unknown, depth: number): void => {
    if (depth < 9 && budget-- > 0 && value && typeof value == 'object') {
      const id = (value as Rec)['@id'];
      if (typeof id == 'string' && !index.has(id) && Object.keys(value).length > 1) index.set(id, value as Rec);
      for (const child of Object.values(value)) walk(child, depth + 1);
    }
  };
  walk(data, 0);
  /** A reference looked up (one step); properties written inline beside the `@id` win. */
  const resolve = (value: unknown): unknown => {
    const target = isRec(value) && index.get(value['@id']);
    return target && target !== value ? { ...target, ...value } : value;
  };
  /** The first of one value or a list of them, looked up. */
  const ref = (value: unknown) => resolve(first(value));
  /** Each item of a value that may be one item or a list, resolved, mapped by `read`; one value stays one. */
  const each = (value: unknown, read: (node: unknown, i: number) => unknown) =>
    Array.isArray(value) ? value.map((node, i) => read(resolve(node), i)) : value == null ? undefined : read(resolve(value), -1);
  /** The URL of an image (a URL, or an `ImageObject` with `url` or `contentUrl`). */
  const imageOf = (value: unknown) => {
    const node = ref(value);
    return prop(node, 'url') ?? prop(node, 'contentUrl');
  };

  // The article: the first article-typed node, else a page's `mainEntity`.
  const nodes = list(data)
    .flatMap((node) => [node, ...list(rec(node)['@graph'])])
    .slice(0, MAX_NODES)
    .map(resolve)
    .filter(isRec);
  const mains = nodes.map((node) => ref(node.mainEntity));
  const a = (nodes.find(isArticle) ?? mains.find((main) => isArticle(main) || rec(main).headline !== undefined)) as Rec;
  if (!a) fail('No schema.org article found');
  // The page that states what the article node leaves out: the one whose `mainEntity` it is, else its `mainEntityOfPage`.
  const id = a['@id'];
  const p = rec(nodes.find((_, i) => mains[i] === a || (id !== undefined && rec(mains[i])['@id'] === id)) ?? resolve(a.mainEntityOfPage));
  const language = resolve(a.inLanguage ?? p.inLanguage);
  const free = a.isAccessibleForFree;
  const kinds = types(a);
  const section = text(a.articleSection);

  /** A `Person`/`Organization` (or a name). A URL is not a name: with none, the check drops it and says so. */
  const person = (node: unknown, picture = 'image') => {
    const o = rec(node);
    const name = text(isRec(node) ? (o.name ?? [o.givenName, o.familyName].map(str).join(' ')) : node);
    const named = name && !/^[a-z][\w+.-]*:\/\//i.test(name) ? name : undefined;
    return isRec(node)
      ? { name: named, url: str(o.url), [picture]: imageOf(o[picture]), jobTitle: text(prop(first(o.jobTitle), 'name')) }
      : (named ?? {});
  };

  // The picture: the widest candidate, its caption (else the first caption) and credit.
  const pictures = a.image ?? p.primaryImageOfPage ?? a.thumbnailUrl ?? p.image;
  const candidates = (list(each(pictures, (node, i) => {
    const o = rec(node);
    const at = i < 0 ? 'image' : `image[${i}]`;
    const checked = url(o.url ?? o.contentUrl ?? node, isRec(node) ? `${at}.url` : at, problems);
    return checked && { url: checked, width: num(o.width), height: num(o.height), caption: text(o.caption), credit: text(o.creditText ?? o.copyrightNotice) };
  })) as Array<Candidate | undefined>).filter((candidate) => candidate) as Candidate[];
  const best = candidates.reduce((x, y) => ((y.width as number) > (x.width ?? 0) ? y : x), candidates[0]);
  const some = (key: 'caption' | 'credit') => best?.[key] ?? candidates.find((candidate) => candidate[key])?.[key];

  return {
    id: str(prop(ref(a.identifier), 'value')),
    // SEO plugins name the page by its URL: `"mainEntityOfPage": { "@id": "https://…" }`.
    url: str(a.url) ?? str(p.url) ?? [a.mainEntityOfPage, p['@id']].map(str).find((page) => /^https?:/i.test(page as string)),
    inLanguage: str(prop(language, 'alternateName') ?? prop(language, 'name')),
    headline: text(a.headline) ?? text(a.name),
    alternativeHeadline: text(a.alternativeHeadline),
    kicker: section,
    articleSection: section,
    description: text(a.description) ?? text(p.description),
    author: each(a.author, (node) => person(node)),
    publisher: a.publisher && person(ref(a.publisher), 'logo'),
    datePublished: date(a.datePublished, 'datePublished', problems),
    dateModified: date(a.dateModified, 'dateModified', problems),
    // The caption's credit comes after `creditText`, and before another candidate's.
    image: figure(best, candidates, some('caption'), best?.credit, some('credit')),
    // "True"/"False" strings are common; anything else that is not a boolean is reported by the check.
    isAccessibleForFree: typeof free == 'string' && /^\s*(true|false)\s*$/i.test(free) ? /t/i.test(free) : free,
    flags: { opinion: kinds.includes('OpinionNewsArticle') || undefined, sponsored: kinds.includes('AdvertiserContentArticle') || undefined },
  };
};

/** Converts schema.org JSON-LD (an object, an array of nodes, an `@graph`, or its JSON text) to an article. */
export const fromJsonLd = adapter(readJsonLd);
