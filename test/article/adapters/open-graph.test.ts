import { expect } from '@open-wc/testing';
import { articleFromDocument, fromOpenGraph } from '../../../src/article/adapters/open-graph.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const paths = (result: { problems: { path: string }[] }) => result.problems.map((p) => p.path);

/** An inert document, as `DOMParser` makes it: nothing in it runs or loads. */
const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('fromOpenGraph', () => {
  it('maps every Open Graph property it reads', () => {
    const result = fromOpenGraph({
      'og:type': 'article',
      'og:title': 'Example headline',
      'og:description': 'An example description.',
      'og:url': 'https://example.com/news/example',
      'og:site_name': 'Example News',
      'og:locale': 'en_GB',
      'og:image': 'http://example.com/images/example.jpg',
      'og:image:secure_url': 'https://example.com/images/example.jpg',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': 'An example alt text',
      'article:published_time': '2024-05-01T10:00:00+02:00',
      'article:modified_time': '2024-05-02T08:30:00Z',
      'article:section': 'World',
      'article:author': ['Example Reporter', 'Example Writer'],
    });
    expect(result.problems).to.deep.equal([]);
    expect(result.article).to.deep.equal({
      url: 'https://example.com/news/example',
      inLanguage: 'en-GB',
      headline: 'Example headline',
      kicker: { text: 'World' },
      articleSection: 'World',
      description: 'An example description.',
      author: [{ name: 'Example Reporter' }, { name: 'Example Writer' }],
      publisher: { name: 'Example News' },
      datePublished: '2024-05-01T10:00:00+02:00',
      dateModified: '2024-05-02T08:30:00Z',
      image: {
        url: 'https://example.com/images/example.jpg',
        width: 1200,
        height: 630,
        alt: 'An example alt text',
      },
    });
  });

  it('drops article:author profile URLs that have no name, with a problem each', () => {
    const result = fromOpenGraph({
      'og:title': 'Example headline',
      'article:author': ['https://example.com/authors/a', 'Example Writer', 'https://example.com/authors/b'],
    });
    expect(result.article?.author).to.deep.equal([{ name: 'Example Writer' }]);
    expect(paths(result)).to.deep.equal(['article:author[0]', 'article:author[2]']);
  });

  it('uses Twitter and plain meta tags where Open Graph is silent', () => {
    const result = fromOpenGraph({
      'twitter:title': 'Example headline',
      description: 'An example description.',
      'twitter:image': 'https://example.com/images/example.jpg',
      'twitter:image:alt': 'An example alt text',
      author: 'Example Writer',
    });
    expect(result.article).to.deep.equal({
      headline: 'Example headline',
      description: 'An example description.',
      author: [{ name: 'Example Writer' }],
      image: { url: 'https://example.com/images/example.jpg', alt: 'An example alt text' },
    });
  });

  it('keeps only the date of a date-time with no time zone', () => {
    const result = fromOpenGraph({ 'og:title': 'Example headline', 'article:published_time': '2024-05-01T10:00:00' });
    expect(result.article?.datePublished).to.equal('2024-05-01');
    expect(paths(result)).to.deep.equal(['article:published_time']);
  });

  it('drops and reports hostile URLs at their property names', () => {
    const result = fromOpenGraph({
      'og:title': 'Example headline',
      'og:url': 'javascript:alert(1)',
      'og:image': 'data:image/svg+xml,<svg onload=alert(1)>',
      'og:image:secure_url': 'vbscript:msgbox(1)',
    });
    expect(paths(result)).to.have.members(['og:url', 'og:image', 'og:image:secure_url']);
    expect(result.article).to.deep.equal({ headline: 'Example headline' });
  });

  it('gives no article without a title, and a problem for a value that is not a record', () => {
    expect(fromOpenGraph({ 'og:description': 'No title' }).article).to.equal(null);
    for (const value of [null, 'og:title', 42, ['og:title']]) {
      const result = fromOpenGraph(value);
      expect(result.article).to.equal(null);
      expect(result.problems).to.have.length.greaterThan(0);
    }
  });
});

describe('articleFromDocument', () => {
  it('keeps each og:image property with the image it follows', () => {
    const doc = page(`
      <meta property="og:title" content="Example headline">
      <meta property="og:image" content="https://example.com/first.jpg">
      <meta property="og:image" content="https://example.com/second.jpg">
      <meta property="og:image:width" content="800">
      <meta property="og:image:height" content="450">`);
    // The width and height belong to the second image: the first has none.
    expect(articleFromDocument(doc).article?.image).to.deep.equal({ url: 'https://example.com/first.jpg' });

    const paired = page(`
      <meta property="og:title" content="Example headline">
      <meta property="og:image" content="https://example.com/first.jpg">
      <meta property="og:image:width" content="1200">
      <meta property="og:image:alt" content="First">
      <meta property="og:image" content="https://example.com/second.jpg">
      <meta property="og:image:width" content="800">`);
    expect(articleFromDocument(paired).article?.image).to.deep.equal({
      url: 'https://example.com/first.jpg',
      width: 1200,
      alt: 'First',
    });
  });

  it('reads JSON-LD first, skipping invalid JSON and nodes that are not articles', () => {
    const doc = page(
      `<meta property="og:title" content="From Open Graph">
       <script type="application/ld+json">{ not json</script>
       ${ld({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] })}
       ${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD' })}`,
    );
    const result = articleFromDocument(doc);
    expect(result.article?.headline).to.equal('From JSON-LD');
  });

  it('falls back to Open Graph when no JSON-LD holds an article', () => {
    const doc = page(
      `<script type="application/ld+json">{ not json</script>
       ${ld({ '@type': 'NewsArticle', description: 'No headline' })}
       <meta property="og:title" content="From Open Graph">`,
    );
    expect(articleFromDocument(doc).article?.headline).to.equal('From Open Graph');
  });

  it('uses <html lang> when og:locale is missing, and never the <title>', () => {
    const doc = new DOMParser().parseFromString(
      '<html lang="ar"><head><title>Title - Site</title><meta property="og:title" content="Example headline"></head></html>',
      'text/html',
    );
    expect(articleFromDocument(doc).article).to.deep.equal({ inLanguage: 'ar', headline: 'Example headline' });

    const bare = articleFromDocument(page('<title>Example headline - Example News</title>'));
    expect(bare.article).to.equal(null);
    expect(bare.problems).to.have.length.greaterThan(0);
  });

  it('reads a live element too, and runs nothing from the page', async () => {
    window.__pwned = undefined;
    const doc = page(
      `<meta property="og:title" content="&lt;img src=x onerror=window.__pwned=1&gt;Example headline">
       <meta property="og:image" content="javascript:window.__pwned=2">`,
      '<img src="x" onerror="window.__pwned=3">',
    );
    const result = articleFromDocument(doc);
    expect(result.article?.headline).to.equal('Example headline');
    expect(paths(result)).to.deep.equal(['og:image']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);

    const host = document.createElement('div');
    host.innerHTML = '<meta property="og:title" content="In an element">';
    expect(articleFromDocument(host as unknown as Document).article?.headline).to.equal('In an element');
  });

  it('never throws on something that is not a document', () => {
    const throwing = {
      querySelectorAll() {
        throw new Error('boom');
      },
    };
    for (const value of [undefined, null, 42, 'html', {}, [], throwing, { querySelectorAll: () => null }]) {
      const result = articleFromDocument(value as unknown as Document);
      expect(result.article).to.equal(null);
      expect(result.problems).to.have.length.greaterThan(0);
    }
  });
});
