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
 * the page: the node whose `mainEntity` is the article, else its `mainEntityOfPage`, else an
 * `isPartOf` that is a page.
 *
 * `image` may be a URL, an `ImageObject` or a list of either: the widest is the picture (else the
 * first), and the others with a width and the same aspect ratio become `sources` (Google asks for 16:9,
 * 4:3 and 1:1 crops, which are different pictures, not srcset candidates). A credit written in the
 * caption is split off; `creditText` wins over it, and `copyrightNotice` comes last.
 */
import { splitCredit } from '../html-text.js';
import { adapter, date, first, isRec, list, num, parseJson, rec, report, srcsetOf, str, text, url, type Rec, type Rendition } from './shared.js';

const MAX_NODES = 2000;

interface Candidate extends Rendition {
  caption?: string;
  credit?: string;
}

/** The type names of a node, without any vocabulary prefix (`https://schema.org/NewsArticle` → `NewsArticle`). */
const types = (node: unknown): string[] =>
  isRec(node) ? list(node['@type']).flatMap((t) => (typeof t == 'string' ? [t.replace(/^.*[/#:]/, '')] : [])) : [];

const isArticle = (node: unknown): boolean => types(node).some((t) => /(Article|Posting)$/.test(t));

/** Converts schema.org JSON-LD (an object, an array of nodes, an `@graph`, or its JSON text) to an article. */
export const fromJsonLd = adapter((input, problems) => {
  const data = parseJson(input, problems);

  // Every node that defines something under an `@id` (first definition wins).
  const index = new Map<unknown, Rec>();
  let budget = MAX_NODES;
  const walk = (value: unknown, depth: number): void => {
    if (depth < 9 && budget-- > 0 && typeof value == 'object' && value) {
      const id = (value as Rec)['@id'];
      if (isRec(value) && typeof id == 'string' && !index.has(id) && Object.keys(value).length > 1) index.set(id, value);
      for (const child of Object.values(value).slice(0, MAX_NODES)) walk(child, depth + 1);
    }
  };
  walk(data, 0);
  /** A reference looked up (one step); properties written inline beside the `@id` win. */
  const resolve = (value: unknown): unknown => {
    const target = isRec(value) && index.get(value['@id']);
    return target && target !== value ? { ...target, ...(value as Rec) } : value;
  };
  const imageUrl = (value: unknown, path: string) => {
    const node = resolve(first(value));
    return url(isRec(node) ? (node.url ?? node.contentUrl) : node, path, problems);
  };
  /** Each item of a value that may be one item or a list, resolved, with its path (`author`, or `author[2]` in a list). */
  const items = (value: unknown, path: string): Array<[unknown, string]> =>
    list(value).flatMap((item, i) => [[resolve(item), Array.isArray(value) ? `${path}[${i}]` : path]]);

  // The article: the first article-typed node, else a page's `mainEntity`.
  const nodes = list(data)
    .slice(0, MAX_NODES)
    .flatMap((node) => [node, ...(isRec(node) ? list(node['@graph']).slice(0, MAX_NODES) : [])])
    .map(resolve)
    .filter(isRec);
  const mains = nodes.map((node) => resolve(first(node.mainEntity)));
  const a = nodes.find(isArticle) ?? (mains.find((main) => isRec(main) && (isArticle(main) || main.headline !== undefined)) as Rec);
  if (!a) return 'No schema.org article found';
  const page =
    nodes.find((_, i) => isRec(mains[i]) && (mains[i] === a || (a['@id'] !== undefined && (mains[i] as Rec)['@id'] === a['@id']))) ??
    [a.mainEntityOfPage, a.isPartOf].map(resolve).find((node, i) => isRec(node) && (!i || types(node).some((t) => t.endsWith('Page'))));
  const p = rec(page !== a && page);
  const mainPage = a.mainEntityOfPage;
  const pageId = str(isRec(mainPage) && mainPage['@id']);
  const language = resolve(a.inLanguage ?? p.inLanguage);
  const identifier = resolve(first(a.identifier));
  const free = a.isAccessibleForFree;
  const kinds = types(a);
  const section = text(a.articleSection);

  /** A `Person`/`Organization` (or a name); `undefined` with a problem when it has no name (a URL is not one). */
  const person = (node: unknown, path: string, picture = 'image') => {
    const name = isRec(node) ? (text(node.name) ?? text([node.givenName, node.familyName].map(str).join(' '))) : text(node);
    if (!name || /^[a-z][\w+.-]*:\/\//i.test(name)) return report(problems, path, 'Has no name: dropped');
    if (!isRec(node)) return name;
    const job = first(node.jobTitle);
    return {
      name,
      url: url(node.url, `${path}.url`, problems, true),
      [picture]: imageUrl(node[picture], `${path}.${picture}`),
      jobTitle: text(isRec(job) ? job.name : job),
    };
  };

  // The picture: the widest candidate, its caption (else the first caption) and credit.
  const candidates = items(a.image ?? p.primaryImageOfPage ?? a.thumbnailUrl ?? p.image, 'image').flatMap(([node, at]): Candidate[] => {
    const rec = isRec(node);
    const src = rec ? (node.url ?? node.contentUrl) : node;
    const checked = url(src, rec ? `${at}.url` : at, problems);
    if (!checked && !str(src)) report(problems, at, 'Has no url: dropped');
    return checked
      ? [
          rec
            ? { url: checked, width: num(node.width), height: num(node.height), caption: text(node.caption), credit: text(node.creditText) ?? text(node.copyrightNotice) }
            : { url: checked },
        ]
      : [];
  });
  const best = candidates.reduce((a, b) => ((b.width ?? 0) > (a.width ?? 0) ? b : a), candidates[0]);
  const split = splitCredit(best?.caption ?? candidates.find((c) => c.caption)?.caption ?? '');

  return {
    id: str(isRec(identifier) ? identifier.value : identifier),
    // SEO plugins name the page by its URL: `"mainEntityOfPage": { "@id": "https://…" }`.
    url:
      url(a.url, 'url', problems) ??
      url(typeof mainPage == 'string' ? mainPage : (p.url ?? (/^https?:/i.test(pageId ?? '') ? pageId : undefined)), 'mainEntityOfPage', problems),
    inLanguage: str(isRec(language) ? (language.alternateName ?? language.name) : language),
    headline: text(a.headline) ?? text(a.name),
    alternativeHeadline: text(a.alternativeHeadline),
    kicker: section,
    articleSection: section,
    description: text(a.description) ?? text(p.description),
    author: items(a.author, 'author').flatMap(([node, path]) => person(node, path) ?? []),
    publisher: a.publisher && person(resolve(first(a.publisher)), 'publisher', 'logo'),
    datePublished: date(a.datePublished, 'datePublished', problems),
    dateModified: date(a.dateModified, 'dateModified', problems),
    image: best && {
      url: best.url,
      width: best.width,
      height: best.height,
      caption: split.caption,
      creditText: best.credit ?? split.credit ?? candidates.find((c) => c.credit)?.credit,
      sources: srcsetOf(best, candidates),
    },
    // "True"/"False" strings are common; anything else that is not a boolean is reported by the check.
    isAccessibleForFree: typeof free == 'string' && /^\s*(true|false)\s*$/i.test(free) ? /t/i.test(free) : free,
    flags: { opinion: kinds.includes('OpinionNewsArticle') || undefined, sponsored: kinds.includes('AdvertiserContentArticle') || undefined },
  };
});
