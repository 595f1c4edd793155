// fromFeed in the browser (DOMParser). test/node/feed.test.mjs runs the same fixtures through the Node
// build (saxes), so both parsers must give these results.
import { expect } from '@open-wc/testing';
import { fromFeed } from '../../src/feed/index.js';
import { MAX_FEED_ITEMS, MAX_FEED_LENGTH } from '../../src/feed/limits.js';
import { feedDate, firstImage } from '../../src/feed/shared.js';
import type { Article, Problem } from '../../src/article/types.js';

const FEED_URL = 'https://example.com/feed.xml';
const load = async (name: string) => (await fetch(new URL(`../fixtures/${name}`, import.meta.url))).text();

let seed: Article;
before(async () => {
  seed = JSON.parse(await load('seed-article.json')) as Article;
});

/** The seed and its related stories as the feeds hold them: headline, absolute URL and day. */
const stories = () => [seed, ...(seed.related ?? [])].map((s) => ({ headline: s.headline, url: s.url, day: s.datePublished?.slice(0, 10) }));
const summary = (articles: Article[]) => articles.map((a) => ({ headline: a.headline, url: a.url, day: a.datePublished?.slice(0, 10) }));
const rss = (items: string, channel = '') =>
  `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>${channel}${items}</channel></rss>`;

describe('fromFeed: the seed feeds', () => {
  for (const [file, format] of [
    ['seed.rss.xml', 'rss'],
    ['seed.atom.xml', 'atom'],
    ['seed.feed.json', 'json-feed'],
    ['seed.wordpress-posts.json', 'wordpress'],
  ]) {
    it(`${file}: the seed and its three related stories, links resolved, no problems`, async () => {
      const result = fromFeed(await load(`feeds/${file}`), { url: FEED_URL });
      expect(result.problems).to.deep.equal([]);
      expect(result.format).to.equal(format);
      expect(summary(result.articles)).to.deep.equal(stories());
      const [first] = result.articles;
      expect(first.description).to.equal(seed.description);
      expect(first.author?.map((a) => a.name)).to.deep.equal(['News Desk']);
      expect(first.image?.url).to.equal(seed.image?.url);
      expect(Object.isFrozen(first)).to.equal(true);
    });
  }

  it('RSS and Atom carry the caption, the credit, the id, the publisher and the language', async () => {
    for (const file of ['seed.rss.xml', 'seed.atom.xml']) {
      const [first] = fromFeed(await load(`feeds/${file}`), { url: FEED_URL }).articles;
      expect(first.id).to.equal(seed.id);
      expect(first.inLanguage).to.equal('en');
      expect(first.publisher).to.deep.equal({ name: 'The Cradle', url: 'https://example.com/' });
      expect(first.image?.caption).to.equal(seed.image?.caption);
      expect(first.image?.creditText).to.equal(seed.image?.creditText);
    }
  });

  it('takes parsed JSON and a parsed XML Document as well as text', async () => {
    const json = JSON.parse(await load('feeds/seed.feed.json'));
    expect(summary(fromFeed(json, { url: FEED_URL }).articles)).to.deep.equal(stories());
    const doc = new DOMParser().parseFromString(await load('feeds/seed.atom.xml'), 'application/xml');
    expect(summary(fromFeed(doc, { url: new URL(FEED_URL) }).articles)).to.deep.equal(stories());
  });

  it('without the feed URL, relative links stay relative', async () => {
    const { articles } = fromFeed(await load('feeds/seed.rss.xml'));
    expect(articles[1].url).to.equal('/news/another-us-military-convoy-attacked-in-the-same-region');
  });
});

describe('fromFeed: RSS details', () => {
  const one = (item: string, channel = '') => fromFeed(rss(`<item><title>${seed.headline}</title>${item}</item>`, channel), { url: FEED_URL });

  it('reads an image enclosure, a media:thumbnail and the first <img> of content:encoded', () => {
    const url = seed.image!.url;
    expect(one(`<enclosure url="${url}" type="image/jpeg" length="0"/>`).articles[0].image?.url).to.equal(url);
    expect(one(`<enclosure url="${url}.mp3" type="audio/mpeg" length="0"/>`).articles[0].image).to.equal(undefined);
    expect(one(`<media:thumbnail url="${url}" width="640" height="360"/>`).articles[0].image).to.include({ url, width: 640, height: 360 });
    const body = `<content:encoded><![CDATA[<p>Text</p><img class="x" src="/wp-content/uploads/2021/12/US-convoy.jpg" alt="A convoy"><img src="other.jpg">]]></content:encoded>`;
    expect(one(body).articles[0].image).to.include({ url: 'https://example.com/wp-content/uploads/2021/12/US-convoy.jpg', alt: 'A convoy' });
  });

  it('reads dc:creator, an RSS author with a name in parentheses, and the first category as the kicker', () => {
    expect(one('<dc:creator>News Desk</dc:creator><dc:creator>Ari Jalal</dc:creator>').articles[0].author).to.deep.equal([{ name: 'News Desk' }, { name: 'Ari Jalal' }]);
    expect(one('<author>desk@example.com (News Desk)</author>').articles[0].author).to.deep.equal([{ name: 'News Desk' }]);
    expect(one('<author>desk@example.com</author>').articles[0].author).to.equal(undefined);
    const article = one('<category>News</category><category>Iraq</category>').articles[0];
    expect(article.kicker).to.deep.equal({ text: 'News' });
    expect(article.articleSection).to.equal('News');
  });

  it('uses a permalink guid as the link, never a guid marked isPermaLink="false"', () => {
    expect(one(`<guid>${seed.url}</guid>`).articles[0].url).to.equal(seed.url);
    expect(one(`<guid isPermaLink="false">${seed.url}</guid>`).articles[0].url).to.equal(undefined);
  });

  it('reads RFC 822 dates with their zone, and ISO 8601 as it is', () => {
    const days = ['Mon, 27 Dec 2021 10:00:00 GMT', '27 Dec 21 10:00 +0300', 'Mon, 27 Dec 2021 10:00:00 EST'].map(
      (d) => one(`<pubDate>${d}</pubDate>`).articles[0].datePublished,
    );
    expect(days).to.deep.equal(['2021-12-27T10:00:00Z', '2021-12-27T10:00:00+03:00', '2021-12-27T10:00:00-05:00']);
    expect(one('<dc:date>2021-12-27T10:00:00+01:00</dc:date>').articles[0].datePublished).to.equal('2021-12-27T10:00:00+01:00');
  });

  it('resolves links against xml:base and the feed URL, and drops javascript: links with a problem', () => {
    const result = fromFeed(
      rss(`<item><title>A</title><link>news/a</link></item><item><title>B</title><link> java&#x09;script:alert(1)</link></item>`).replace('<channel>', '<channel xml:base="https://example.com/section/">'),
      { url: FEED_URL },
    );
    expect(result.articles.map((a) => a.url)).to.deep.equal(['https://example.com/section/news/a', undefined]);
    expect(result.problems).to.deep.equal([{ path: 'item[1].url', message: 'The "javascript:" scheme is not allowed' }]);
  });
});

describe('fromFeed: Atom details', () => {
  const atom = (entry: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>The Cradle</title><entry>${entry}</entry></feed>`;

  it('reads xhtml titles as text, html titles without their markup, and enclosure links', () => {
    const xhtml = fromFeed(atom(`<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>US</b> convoy attacked</div></title>`));
    expect(xhtml.articles[0].headline).to.equal('US convoy attacked');
    const html = fromFeed(atom(`<title type="html">&lt;b&gt;US&lt;/b&gt; convoy attacked</title><link rel="enclosure" type="image/jpeg" href="${seed.image!.url}"/>`));
    expect(html.articles[0]).to.include({ headline: 'US convoy attacked' });
    expect(html.articles[0].image?.url).to.equal(seed.image!.url);
  });

  it('reports an entry with no title as dropped, and keeps the others', () => {
    const result = fromFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry><entry><title>B</title></entry></feed>`);
    expect(result.articles.map((a) => a.headline)).to.deep.equal(['B']);
    expect(result.problems.some((p) => p.path === 'entry[0]' && /Dropped/.test(p.message))).to.equal(true);
  });
});

describe('fromFeed: hostile feeds end in problems', () => {
  const only = (problems: Problem[]) => problems.map((p) => p.message).join('\n');

  it('does not expand an entity bomb, nor read an external entity', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]><rss><channel><item><title>&i;</title></item></channel></rss>`;
    // Refused before any engine's parser sees it: some expand it for minutes.
    expect(fromFeed(bomb)).to.deep.equal({ articles: [], problems: [{ path: '', message: 'DTD entity declarations are not read: the feed was not parsed' }], format: null });
    const xxe = fromFeed(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "/etc/passwd">]><rss><channel><item><title>A&x;</title></item></channel></rss>`);
    expect(JSON.stringify(xxe.articles)).to.not.include('root:');
  });

  it(`reads the first ${MAX_FEED_ITEMS} of 100,000 items, and says so`, () => {
    const result = fromFeed(rss('<item><title>x</title></item>'.repeat(100_000)));
    expect(result.articles).to.have.length(MAX_FEED_ITEMS);
    expect(only(result.problems)).to.equal(`More than ${MAX_FEED_ITEMS} items: only the first ${MAX_FEED_ITEMS} were read`);
    const json = fromFeed({ version: 'https://jsonfeed.org/version/1.1', items: Array.from({ length: 5000 }, () => ({ title: 'x' })) });
    expect(json.articles).to.have.length(MAX_FEED_ITEMS);
  });

  it('does not parse a feed over the length cap (5 MB)', () => {
    const result = fromFeed(rss(`<item><title>${'x'.repeat(5 * 1024 * 1024)}</title></item>`));
    expect(result.articles).to.deep.equal([]);
    expect(only(result.problems)).to.equal(`Feed longer than ${MAX_FEED_LENGTH} characters: not read`);
  });

  it('reads CDATA as text: markup in it never becomes markup, and ]]> tricks stay text', () => {
    const result = fromFeed(rss(`<item><title><![CDATA[<script>alert(1)</script><b>Bold</b> <img src=x onerror=alert(1)>]]></title><description><![CDATA[a]]>]]&gt;<![CDATA[b]]></description></item>`));
    expect(result.articles[0]).to.include({ headline: 'Bold', description: 'a]]>b' });
  });

  it('refuses documents nested deeper than 256 levels, and is quick about it', () => {
    const result = fromFeed(rss(`<item><title>T</title>${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}</item>`));
    expect(result.articles).to.deep.equal([]);
    expect(result.problems).to.have.length(1);
  });

  it('never throws, whatever the input', () => {
    for (const input of [undefined, null, 0, '', 'hello', '<', '<html><body/></html>', '<rss>', '{"items": 5}', '[1, null, "x"]', {}, [], new Date(), Symbol('x')]) {
      const result = fromFeed(input);
      expect(result.articles).to.be.an('array');
      expect(result.problems).to.be.an('array');
    }
    expect(only(fromFeed('<html><body/></html>').problems)).to.equal('Not an RSS or Atom feed: the root element is <html>');
  });
});

describe('feed helpers', () => {
  it('feedDate keeps the date of a time with no zone, with a problem', () => {
    const problems: Problem[] = [];
    expect(feedDate('Mon, 27 Dec 2021 10:00:00', 'datePublished', problems)).to.equal('2021-12-27');
    expect(problems).to.have.length(1);
    expect(feedDate('Mon, 27 Dec 1999 10:00:00 PDT', 'd', [])).to.equal('1999-12-27T10:00:00-07:00');
    expect(feedDate('27 Dec 99 10:00 GMT', 'd', [])).to.equal('1999-12-27T10:00:00Z');
  });

  it('firstImage is linear on a body of unclosed tags', () => {
    expect(firstImage('<img '.repeat(200_000))).to.equal(undefined);
    expect(firstImage(`<imgx src="a"><img data-src="b" src='c.jpg' alt=Convoy>`)).to.deep.equal({ url: 'c.jpg', alt: 'Convoy' });
  });
});
