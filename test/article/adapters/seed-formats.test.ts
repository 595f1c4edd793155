// The seed article in each foreign format, as real sites publish it, must come out as the canonical seed.
import { expect } from '@open-wc/testing';
import { fromOpenGraph } from '../../../src/article/adapters/open-graph.js';
import { fromJsonLd } from '../../../src/article/adapters/json-ld.js';
import { fromWordPress } from '../../../src/article/adapters/wordpress.js';
import { normalizeArticle } from '../../../src/article/normalize.js';
import type { Article, NormalizeResult } from '../../../src/article/types.js';
import { articleFromDocument } from '../../../src/extract/index.js';
import { loadJson, loadPage, metaTags, visible } from './helpers.js';

describe('the seed article in every format', () => {
  let seed: Article;

  before(async () => {
    seed = (await loadJson('seed-article.json')) as Article;
  });

  /** The seed's own values; also checks that the comparison sees real data, not undefined everywhere. */
  function expected(parts: { publisher: boolean; caption: boolean }) {
    const want = visible(seed, parts);
    expect(want?.headline).to.equal('US occupation forces convoy attacked in Iraq’s Basra province');
    expect(want?.authors).to.deep.equal(['News Desk']);
    return want;
  }

  function expectSeed(result: NormalizeResult, parts: { publisher: boolean; caption: boolean }) {
    expect(result.article, JSON.stringify(result.problems)).to.not.equal(null);
    expect(visible(result.article, parts)).to.deep.equal(expected(parts));
  }

  describe('schema.org JSON-LD (an SEO plugin @graph)', () => {
    const all = { publisher: true, caption: true };

    it('fromJsonLd gives the seed, with no problems', async () => {
      const result = fromJsonLd(await loadJson('formats/seed.jsonld.json'));
      expectSeed(result, all);
      expect(result.article?.inLanguage).to.equal(seed.inLanguage);
      expect(result.problems).to.deep.equal([]);
    });

    it('normalizeArticle detects it and gives the same article', async () => {
      const data = await loadJson('formats/seed.jsonld.json');
      expectSeed(normalizeArticle(data), all);
      expect(normalizeArticle(data)).to.deep.equal(fromJsonLd(data));
      expect(normalizeArticle(JSON.stringify(data))).to.deep.equal(fromJsonLd(data));
    });
  });

  describe('WordPress REST v2 post with _embed', () => {
    // A post does not name its site; the fixture carries Yoast's yoast_head_json, as most sites do, and
    // the publisher comes from its og_site_name.
    const parts = { publisher: true, caption: true };

    it('fromWordPress gives the seed, with no problems', async () => {
      const result = fromWordPress(await loadJson('formats/seed.wordpress.json'));
      expectSeed(result, parts);
      expect(result.article?.publisher).to.deep.equal({ name: 'The Cradle' });
      expect(result.problems).to.deep.equal([]);
    });

    it('without yoast_head_json there is no publisher', async () => {
      const data = (await loadJson('formats/seed.wordpress.json')) as Record<string, unknown>;
      delete data.yoast_head_json;
      const result = fromWordPress(data);
      expectSeed(result, { publisher: false, caption: true });
      expect(result.article?.publisher).to.equal(undefined);
    });

    it('normalizeArticle detects it and gives the same article', async () => {
      const data = await loadJson('formats/seed.wordpress.json');
      expectSeed(normalizeArticle(data), parts);
      expect(normalizeArticle(data)).to.deep.equal(fromWordPress(data));
    });
  });

  describe('Open Graph meta tags of the article page', () => {
    // Open Graph has no caption or credit.
    const parts = { publisher: true, caption: false };

    it('articleFromDocument gives the seed from a parsed page', async () => {
      const result = articleFromDocument(await loadPage('formats/seed.opengraph.html'));
      expectSeed(result, parts);
      expect(result.article?.inLanguage).to.equal(seed.inLanguage);
      expect(result.article?.image?.caption).to.equal(undefined);
    });

    it('fromOpenGraph and normalizeArticle give the seed from the meta tags as a record', async () => {
      const record = metaTags(await loadPage('formats/seed.opengraph.html'));
      expect(record['og:title']).to.be.a('string');
      expectSeed(fromOpenGraph(record), parts);
      expectSeed(normalizeArticle(record), parts);
      expect(normalizeArticle(record)).to.deep.equal(fromOpenGraph(record));
    });

    it('names the author from <meta name="author"> and links the article:author profile', async () => {
      const result = articleFromDocument(await loadPage('formats/seed.opengraph.html'));
      expect(result.article?.author).to.deep.equal([{ name: 'News Desk', url: 'https://example.com/author/news-desk/' }]);
      expect(result.problems).to.deep.equal([]);
    });
  });

  describe('a page with JSON-LD and Open Graph', () => {
    it('articleFromDocument prefers the JSON-LD article (which has the caption and credit)', async () => {
      const result = articleFromDocument(await loadPage('formats/seed.page.html'));
      expectSeed(result, { publisher: true, caption: true });
      expect(result.problems).to.deep.equal([]);
    });
  });
});
