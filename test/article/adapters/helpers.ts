// Shared by the adapter tests: fixture loading and the record a page's meta tags make.
import type { Article } from '../../../src/article/types.js';

const base = new URL('../../fixtures/', import.meta.url);

export async function loadJson(path: string): Promise<unknown> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`Fixture ${path}: HTTP ${response.status}`);
  return response.json();
}

/** Parses a fixture page with `DOMParser`: an inert document whose scripts never run. */
export async function loadPage(path: string): Promise<Document> {
  const response = await fetch(new URL(path, base));
  if (!response.ok) throw new Error(`Fixture ${path}: HTTP ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** `<meta property|name content>` → record, repeated properties as arrays: what a scraper would hand `fromOpenGraph`. */
export function metaTags(doc: Document): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (!key) continue;
    const content = meta.getAttribute('content') ?? '';
    const previous = record[key];
    record[key] = previous === undefined ? content : [...(Array.isArray(previous) ? previous : [previous]), content];
  }
  return record;
}

/** The parts of an article that every format carries, for comparing one format with another. */
export function visible(article: Article | null, parts: { publisher: boolean; caption: boolean }) {
  if (!article) return null;
  return {
    headline: article.headline,
    description: article.description,
    authors: article.author?.map((a) => a.name),
    publisher: parts.publisher ? article.publisher?.name : undefined,
    published: article.datePublished === undefined ? undefined : Date.parse(article.datePublished),
    url: article.url,
    image: article.image?.url,
    caption: parts.caption ? article.image?.caption : undefined,
    credit: parts.caption ? article.image?.creditText : undefined,
  };
}
