// Type test: `article` takes the documented formats and refuses a record in none of them.
import 'news-card/define.js';
import { normalizeArticle, type ArticleData } from 'news-card';

const card = document.createElement('news-card');

// The canonical article, in full and with its short spellings.
card.article = {
  headline: 'US occupation forces convoy attacked in Iraq’s Basra province',
  url: 'https://example.com/news/basra-convoy',
  author: 'News Desk',
  publisher: 'The Cradle',
  kicker: 'Iraq',
  image: 'https://example.com/photo.jpg',
  datePublished: '2021-12-27',
  id: 42,
};
card.article = {
  headline: 'x',
  author: [{ name: 'A', url: 'mailto:a@example.com' }, 'B'],
  publisher: { name: 'P', logo: { url: 'https://example.com/logo.png' } },
  image: { url: 'https://example.com/a.jpg', width: 1200, height: '800', focalPoint: { x: 0.3, y: 0.5 } },
  related: [{ url: '/a', headline: 'A' }],
  flags: { live: true },
};
// A normalized article, or none.
card.article = normalizeArticle('{"headline":"x"}').article;
card.article = null;
card.article = undefined;
// JSON-LD: one node, an array, an SEO plugin's @graph.
card.article = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' };
card.article = { '@type': ['NewsArticle', 'ReportageNewsArticle'], headline: 'x' };
card.article = [{ '@type': 'NewsArticle', headline: 'x' }];
card.article = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }] };
// A WordPress REST post.
card.article = { title: { rendered: 'x' }, link: 'https://example.com/x', excerpt: { rendered: '<p>y</p>' } };
// An Open Graph record.
card.article = { 'og:title': 'x', 'og:url': 'https://example.com/x', 'article:published_time': '2021-12-27' };
// A JSON string of any of them.
card.article = '{"headline":"x"}';
// Data of unknown shape: say what it is meant to be; the element still checks it at run time.
const fetched: unknown = JSON.parse('{}');
card.article = fetched as ArticleData;

// @ts-expect-error: `title` is not the canonical name (`headline`), and not a WordPress title either
card.article = { title: 'x' };
// @ts-expect-error: no headline
card.article = { description: 'A dek but no headline' };
// @ts-expect-error: a headline is text
card.article = { headline: { text: 'x' } };
// @ts-expect-error: a number is no article
card.article = 42;
// @ts-expect-error: `unknown` must be asserted, not passed through silently
card.article = fetched;
// @ts-expect-error: an author is a name or an object with one
card.article = { headline: 'x', author: { url: 'https://example.com/a' } };
// @ts-expect-error: a JSON-LD node needs its @type (or @graph)
card.article = [{ headline: 'x' }];
// @ts-expect-error: an Open Graph record needs og:title
card.article = { 'og:description': 'y' };
