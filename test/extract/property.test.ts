// Property tests of the extraction engine: random pages assembled from the pieces real pages are made of
// (and broken ones), through both hosts (helpers.ts checks that they agree): never an exception, every
// URL in the article allowed by the URL policy, the article always the canonical check's frozen result.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkUrl } from '../../src/article/url-policy.js';
import { extract } from './helpers.js';

const NUM_RUNS = 200;

const value = fc.oneof(
  fc.constantFrom('US occupation forces convoy attacked', 'News Desk', '2021-12-27', 'December 27, 2021', 'javascript:alert(1)', '/img/a.jpg', '//cdn.example.com/a.jpg', 'By A and B', '@desk', 'a@b.co', ''),
  fc.string({ maxLength: 40 }),
);
const key = fc.constantFrom('og:title', 'og:image', 'og:url', 'article:published_time', 'article:author', 'author', 'date', 'dc.creator', 'twitter:image', 'description', 'og:site_name', 'x');
const jsonLd = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.record({ '@type': fc.constantFrom('NewsArticle', 'BlogPosting', 'WebPage', 'Person'), headline: value, author: fc.oneof(value, fc.record({ name: value, url: value })), image: fc.oneof(value, fc.array(value, { maxLength: 3 })), datePublished: value, '@id': value }).map((o) => JSON.stringify(o)),
  fc.string({ maxLength: 60 }),
);
const piece = fc.oneof(
  fc.tuple(key, value).map(([k, v]) => `<meta ${k.startsWith('og:') ? 'property' : 'name'}="${k}" content="${v.replace(/"/g, '&quot;')}">`),
  jsonLd.map((json) => `<script type="application/ld+json">${json}</script>`),
  value.map((v) => `<title>${v}</title>`),
  value.map((v) => `<h1>${v}</h1>`),
  value.map((v) => `<p class="byline">By ${v}</p>`),
  value.map((v) => `<time datetime="${v}">${v}</time>`),
  value.map((v) => `<img src="${v}" width="800">`),
  value.map((v) => `<link rel="canonical" href="${v}">`),
  value.map((v) => `<span itemprop="author">${v}</span>`),
  fc.constantFrom('<article>', '</article>', '<div itemscope itemtype="https://schema.org/NewsArticle">', '</div>', '<!--', '-->', '<script>', '</script>', '<template>', '<svg>', '<noscript>', '<base href="https://example.org/a/">'),
  fc.string({ maxLength: 30 }),
);
const html = fc.array(piece, { maxLength: 25 }).map((pieces) => pieces.join(''));

/** Every URL string in an article. */
function urls(article: unknown): string[] {
  if (!article || typeof article != 'object') return [];
  return Object.entries(article).flatMap(([k, v]) => (k == 'url' && typeof v == 'string' ? [v] : urls(v)));
}

describe('extraction properties', function () {
  this.timeout(120000);

  it('never throws, the hosts agree, and every URL passes the URL policy', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('https://example.com/2021/12/27/x', 'https://example.com/'), (page, url) => {
        const { article, problems } = extract(page, url);
        expect(problems).to.be.an('array');
        if (article) {
          expect(Object.isFrozen(article)).to.equal(true);
          expect(article.headline).to.be.a('string').and.not.equal('');
          for (const found of urls(article)) expect(checkUrl(found).url, found).to.equal(found);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
