// fromFeed in Node (news-card/feed under the `node` condition: saxes), on the built files. The browser
// tests (test/feed/) run the DOMParser build over the same fixtures: both must agree.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url);
if (!existsSync(dist('feed/node.js'))) throw new Error('Build first: npm run build');

const { fromFeed, MAX_FEED_ITEMS } = await import(dist('feed/node.js'));
const browserBuild = await import(dist('feed/index.js'));
const fixture = (name) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const seed = JSON.parse(fixture('seed-article.json'));
const stories = [seed, ...seed.related].map((s) => ({ headline: s.headline, url: s.url, day: s.datePublished.slice(0, 10) }));
const summary = (articles) => articles.map((a) => ({ headline: a.headline, url: a.url, day: a.datePublished?.slice(0, 10) }));
const FEED_URL = 'https://example.com/feed.xml';

describe('fromFeed in Node', () => {
  for (const [file, format] of [
    ['seed.rss.xml', 'rss'],
    ['seed.atom.xml', 'atom'],
    ['seed.feed.json', 'json-feed'],
    ['seed.wordpress-posts.json', 'wordpress'],
  ]) {
    test(`${file}: the seed and its related stories, no problems`, () => {
      const result = fromFeed(fixture(`feeds/${file}`), { url: FEED_URL });
      assert.deepEqual(result.problems, []);
      assert.equal(result.format, format);
      assert.deepEqual(summary(result.articles), stories);
      assert.equal(result.articles[0].image.url, seed.image.url);
    });
  }

  test('RSS and Atom: caption, credit, id, publisher, language', () => {
    for (const file of ['seed.rss.xml', 'seed.atom.xml']) {
      const [first] = fromFeed(fixture(`feeds/${file}`), { url: FEED_URL }).articles;
      assert.equal(first.id, seed.id);
      assert.equal(first.inLanguage, 'en');
      assert.deepEqual(first.publisher, { name: 'The Cradle', url: 'https://example.com/' });
      assert.equal(first.image.caption, seed.image.caption);
      assert.equal(first.image.creditText, seed.image.creditText);
      assert.deepEqual(first.author, [{ name: 'News Desk' }]);
    }
  });

  test('an entity bomb and an external entity are refused, not expanded or read', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title></item></channel></rss>`;
    const result = fromFeed(bomb);
    assert.deepEqual(result.articles, []);
    assert.deepEqual(result.problems, [{ path: '', message: 'DTD entity declarations are not read: the feed was not parsed' }]);
    // An entity used without a declaration is an error of the parser itself.
    assert.match(fromFeed('<rss><channel><item><title>&lol;</title></item></channel></rss>').problems[0].message, /^Not well-formed XML: .*undefined entity/);
    const xxe = fromFeed(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>`);
    assert.deepEqual(xxe.articles, []);
    assert.equal(xxe.problems.length, 1);
  });

  test(`100,000 items: the first ${MAX_FEED_ITEMS} are read, then parsing stops`, () => {
    const result = fromFeed(`<rss><channel>${'<item><title>x</title></item>'.repeat(100_000)}</channel></rss>`);
    assert.equal(result.articles.length, MAX_FEED_ITEMS);
    assert.deepEqual(result.problems, [{ path: '', message: `More than ${MAX_FEED_ITEMS} items: only the first ${MAX_FEED_ITEMS} were read` }]);
  });

  test('deep nesting and 5 MB feeds are refused with one problem each', () => {
    const deep = fromFeed(`<rss><channel><item><title>T</title>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</item></channel></rss>`);
    assert.deepEqual(deep.problems, [{ path: '', message: 'Elements nested deeper than 256 levels: not read' }]);
    const big = fromFeed(`<rss><channel><item><title>${'x'.repeat(5 * 1024 * 1024)}</title></item></channel></rss>`);
    assert.equal(big.articles.length, 0);
    assert.match(big.problems[0].message, /^Feed longer than/);
  });

  test('javascript: links are dropped with a problem; CDATA stays text', () => {
    const result = fromFeed(
      `<rss><channel><item><title><![CDATA[<b>A</b> <script>alert(1)</script>]]></title><link>javascript:alert(1)</link><enclosure url="javascript:alert(2)" type="image/png"/></item></channel></rss>`,
    );
    assert.deepEqual(result.articles, [{ headline: 'A' }]);
    assert.deepEqual(
      result.problems.map((p) => p.path),
      ['item[0].url', 'item[0].image.url'],
    );
  });

  test('the browser build in Node reads JSON, and says where XML is read', () => {
    assert.deepEqual(summary(browserBuild.fromFeed(fixture('feeds/seed.feed.json'), { url: FEED_URL }).articles), stories);
    const xml = browserBuild.fromFeed(fixture('feeds/seed.rss.xml'));
    assert.deepEqual(xml.articles, []);
    assert.match(xml.problems[0].message, /news-card\/feed/);
  });
});
