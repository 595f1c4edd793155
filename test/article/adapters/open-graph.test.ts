import { expect } from '@open-wc/testing';
import { fromOpenGraph } from '../../../src/article/adapters/open-graph.js';

const paths = (result: { problems: { path: string }[] }) => result.problems.map((p) => p.path);

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
