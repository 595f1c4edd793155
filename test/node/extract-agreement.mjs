// The corpus measure of the extraction issue: its agreement rules (used exactly as the issue states
// them), the naive floor they are compared with, and a runner over every page of a corpus directory.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusMissing, findCorpus } from '../corpus-location.mjs';

/** NFKC, lower case, straight quotes, collapsed spaces. */
export const normalText = (value) =>
  String(value ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

/** Headline: equal, or one contains the other and is at least half its length. */
export function headlineAgrees(found, expected) {
  const f = normalText(found);
  const e = normalText(expected);
  if (!f || !e) return false;
  if (f == e) return true;
  const [short, long] = f.length <= e.length ? [f, e] : [e, f];
  return long.includes(short) && short.length * 2 >= long.length;
}

const fileName = (path) => path.slice(path.lastIndexOf('/') + 1).replace(/-\d+x\d+(?=\.[a-z0-9]+$)/i, '');

/** Image: same host and path, or the same file name once a `-WxH` size suffix is removed. */
export function imageAgrees(found, expected) {
  let f, e;
  try {
    f = new URL(found);
    e = new URL(expected);
  } catch {
    return false;
  }
  if (f.host == e.host && f.pathname == e.pathname) return true;
  const name = fileName(e.pathname);
  return !!name && fileName(f.pathname) == name;
}

const instant = (iso) => (typeof iso == 'string' ? Date.parse(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00:00Z` : iso) : NaN);

/** Date: `datePublished` or `dateModified` within 36 hours of the expected value. */
export function dateAgrees(article, expected) {
  const e = instant(expected);
  return [article?.datePublished, article?.dateModified].some((found) => Math.abs(instant(found) - e) <= 36 * 3600 * 1000);
}

/** Author: every expected name appears in the found names, or the found names appear in the expected text. */
export function authorAgrees(names, expected) {
  const found = names.map(normalText).filter(Boolean);
  if (!found.length) return false;
  const all = found.join(', ');
  const text = normalText(expected);
  const wanted = String(expected)
    .split(/,|;|\|| and /)
    .map(normalText)
    .filter(Boolean);
  return wanted.every((name) => all.includes(name)) || found.every((name) => text.includes(name));
}

/** How each field of a canonical article agrees with a page's expected values. */
export function agreement(article, expected) {
  return {
    headline: expected.headline === undefined ? undefined : headlineAgrees(article?.headline, expected.headline),
    image: expected.image === undefined ? undefined : imageAgrees(article?.image?.url, expected.image),
    date: expected.datePublished === undefined ? undefined : dateAgrees(article, expected.datePublished),
    author: expected.author === undefined ? undefined : authorAgrees((article?.author ?? []).map((a) => a.name), expected.author),
  };
}

/**
 * The naive floor: JSON-LD, then Open Graph, then `<title>`, with no cleaning at all. Returns an
 * article-like object.
 */
export function naiveExtract(html) {
  const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\xa0' };
  const decode = (v) =>
    v?.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (m, d, h, n) => (d || h ? String.fromCodePoint(parseInt(d ?? h, d ? 10 : 16)) : (NAMED[n.toLowerCase()] ?? m)));
  const attr = (tag, name) => decode(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined));
  const metas = new Map();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const key = (attr(tag, 'property') ?? attr(tag, 'name'))?.toLowerCase();
    if (key && !metas.has(key)) metas.set(key, attr(tag, 'content'));
  }
  const nodes = [...html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)].flatMap(([, json]) => {
    try {
      const data = JSON.parse(json);
      return [data].flat().flatMap((node) => [node, ...(node?.['@graph'] ?? [])]);
    } catch {
      return [];
    }
  });
  const ld = nodes.find((node) => node?.headline) ?? {};
  const one = (value) => (Array.isArray(value) ? value[0] : value);
  const image = one(ld.image);
  const title = decode(/<title[^>]*>([^<]*)/i.exec(html)?.[1]?.trim());
  return {
    headline: ld.headline ?? metas.get('og:title') ?? title,
    author: [ld.author].flat().filter(Boolean).map((a) => ({ name: typeof a == 'string' ? a : a.name })).concat(ld.author ? [] : [{ name: metas.get('article:author') ?? metas.get('author') }]),
    datePublished: ld.datePublished ?? metas.get('article:published_time'),
    dateModified: ld.dateModified,
    image: { url: (typeof image == 'string' ? image : image?.url) ?? metas.get('og:image') },
  };
}

/** The pages of a corpus directory: `{ dir, html, expected }`. Throws a clear message when it is missing. */
export function readCorpus(root) {
  if (!root || !existsSync(join(root, 'index.json'))) throw new Error(root ? `The extraction corpus is missing: expected it at ${root} (index.json and one directory per page)` : corpusMissing());
  return JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).map(({ dir }) => ({
    dir,
    html: readFileSync(join(root, dir, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(root, dir, 'expected.json'), 'utf8')),
  }));
}

/** Agreement rates per field (0–1) and each page's verdicts, for an extractor `(html, url) → article`. */
export function measure(pages, extract) {
  const fields = ['headline', 'image', 'date', 'author'];
  const hits = Object.fromEntries(fields.map((f) => [f, [0, 0]]));
  const verdicts = pages.map((page) => {
    const verdict = agreement(extract(page.html, page.expected.url), page.expected);
    for (const f of fields) if (verdict[f] !== undefined) hits[f] = [hits[f][0] + +verdict[f], hits[f][1] + 1];
    return { dir: page.dir, verdict };
  });
  return { rates: Object.fromEntries(fields.map((f) => [f, hits[f][0] / hits[f][1]])), counts: hits, verdicts };
}

/** The corpus directory (see test/corpus-location.mjs), or `undefined` when this machine has none. */
export { findCorpus as corpusDir, corpusMissing };
