// Properties of fromFeed over generated feeds and arbitrary input.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { text as feedText } from '../../src/article/adapters/shared.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import type { Article } from '../../src/article/types.js';
import { checkUrl } from '../../src/article/url-policy.js';
import { fromFeed } from '../../src/feed/index.js';

const RUNS = 200;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const link = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('javascript:alert(1)', 'data:text/html,x', '/relative/path', 'news/a?b=1#c', '//evil.test/x', 'http://127.0.0.1/', ' java\tscript:x'),
  fc.string(),
);
// XML 1.0 allows only some characters; the generators keep to them, so every document is well-formed.
const text = fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/gu, ''));
const item = fc.record(
  { title: fc.option(text), link: fc.option(link), description: fc.option(text), category: fc.option(text), image: fc.option(link), date: fc.option(fc.oneof(fc.date().map((d) => (isNaN(+d) ? 'x' : d.toUTCString())), text)) },
  { requiredKeys: [] },
);

const rssOf = (items: Array<Partial<Record<string, string | null>>>) =>
  `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Feed</title>${items
    .map(
      (i) =>
        `<item>${i.title != null ? `<title>${xml(i.title)}</title>` : ''}${i.link != null ? `<link>${xml(i.link)}</link>` : ''}${
          i.description != null ? `<description>${xml(i.description)}</description>` : ''
        }${i.category != null ? `<category>${xml(i.category)}</category>` : ''}${i.image != null ? `<media:content url="${xml(i.image)}" medium="image"/>` : ''}${
          i.date != null ? `<pubDate>${xml(i.date)}</pubDate>` : ''
        }</item>`,
    )
    .join('')}</channel></rss>`;

/** Every URL an article carries. */
const urlsOf = (a: Article): string[] =>
  [a.url, a.kicker?.url, a.image?.url, ...(a.image?.sources ?? []).map((s) => s.url), ...(a.author ?? []).map((p) => p.url), a.publisher?.url].filter(
    (u): u is string => typeof u === 'string',
  );

describe('fromFeed properties', () => {
  it('keeps every item with a usable title, in order, and reports every other one as dropped', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const result = fromFeed(rssOf(items), { url: 'https://example.com/feed.xml' });
        const kept = items.filter((i) => normalizeArticle({ headline: feedText(i.title) }).article);
        expect(result.format).to.equal('rss');
        expect(result.articles.length).to.equal(kept.length);
        const dropped = result.problems.filter((p) => /^item\[\d+\]$/.test(p.path) && /Dropped/.test(p.message));
        expect(dropped.length).to.equal(items.length - kept.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives only articles that are already normalized, with only URLs the policy accepts', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.option(fc.webUrl()), (items, base) => {
        for (const article of fromFeed(rssOf(items), { url: base ?? undefined }).articles) {
          expect(normalizeArticle(article)).to.deep.equal({ article, problems: [] });
          for (const url of urlsOf(article)) expect(checkUrl(url).url).to.equal(url);
          expect(urlsOf(article).some((u) => /^\s*(javascript|data):/i.test(u))).to.equal(false);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the same items as JSON Feed give the same headlines and links as RSS', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const json = {
          version: 'https://jsonfeed.org/version/1.1',
          items: items.map((i) => ({ title: i.title ?? undefined, url: i.link ?? undefined })),
        };
        const rss = fromFeed(rssOf(items.map((i) => ({ title: i.title, link: i.link }))), { url: 'https://example.com/f' });
        const feed = fromFeed(json, { url: 'https://example.com/f' });
        expect(feed.articles.map((a) => [a.headline, a.url])).to.deep.equal(rss.articles.map((a) => [a.headline, a.url]));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text or JSON, and always answers with arrays', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.jsonValue(), fc.anything(), fc.string().map((s) => `<rss><channel><item>${s}</item></channel></rss>`)), (input) => {
        const result = fromFeed(input);
        expect(result.articles).to.be.an('array');
        expect(result.problems).to.be.an('array');
        if (result.format === null) expect(result.problems.length).to.be.greaterThan(0);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
