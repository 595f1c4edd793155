// articleFromDocument over parsed documents and elements: what the format adapters' page reader used to
// be tested for (it is now this engine's), through both hosts where the input is a page.
import { expect } from '@open-wc/testing';
import { articleFromDocument } from '../../src/extract/index.js';
import { extract, ld, metas, page, PAGE_URL } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** An inert document, as `DOMParser` makes it: nothing in it runs or loads. */
const parsed = (head: string, body = '') => new DOMParser().parseFromString(page(head, body), 'text/html');

describe('articleFromDocument', () => {
  it('keeps each og:image property with the image it follows', () => {
    const unpaired = page(
      metas(['og:title', 'Example headline'], ['og:image', 'https://example.com/first.jpg'], ['og:image', 'https://example.com/second.jpg'], ['og:image:width', '800'], ['og:image:height', '450']),
    );
    // The width and height belong to the second image: the first has none.
    expect(extract(unpaired).article?.image).to.deep.equal({ url: 'https://example.com/first.jpg' });

    const paired = page(
      metas(
        ['og:title', 'Example headline'],
        ['og:image', 'https://example.com/first.jpg'],
        ['og:image:width', '1200'],
        ['og:image:alt', 'First'],
        ['og:image', 'https://example.com/second.jpg'],
        ['og:image:width', '800'],
      ),
    );
    expect(extract(paired).article?.image).to.deep.equal({ url: 'https://example.com/first.jpg', width: 1200, alt: 'First' });
  });

  it('reads JSON-LD first, skipping invalid JSON and nodes that are not articles, and says what it skipped', () => {
    const result = extract(
      page(
        `${metas(['og:title', 'From Open Graph'])}<script type="application/ld+json">{ not json</script>` +
          ld({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [] }) +
          ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD' }),
      ),
    );
    expect(result.article?.headline).to.equal('From JSON-LD');
    expect(result.problems).to.deep.include({ path: 'json-ld[0]', message: 'Not readable as JSON, even leniently: skipped' });
  });

  it('falls back to Open Graph when no JSON-LD article has a headline', () => {
    const html = page(`<script type="application/ld+json">{ not json</script>${ld({ '@type': 'NewsArticle', description: 'No headline' })}${metas(['og:title', 'From Open Graph'])}`);
    expect(extract(html).article?.headline).to.equal('From Open Graph');
  });

  it('uses <html lang> when og:locale is missing, and the <title> without the site name only as a last resort', () => {
    const html = '<!doctype html><html lang="ar"><head><title>Title - Site</title><meta property="og:title" content="Example headline"></head></html>';
    expect(extract(html).article).to.deep.equal({ url: PAGE_URL, inLanguage: 'ar', headline: 'Example headline' });
    expect(extract(page(`<title>Example headline - Example News</title>${metas(['og:site_name', 'Example News'])}`)).article?.headline).to.equal('Example headline');
  });

  it('gives no article and a problem for a page that names no headline', () => {
    const result = extract(page(metas(['og:description', 'No title anywhere'])));
    expect(result.article).to.equal(null);
    expect(result.problems).to.have.length.greaterThan(0);
  });

  it('reads a live element too, and runs nothing from the page', async () => {
    window.__pwned = undefined;
    const doc = parsed(
      metas(['og:title', '<img src=x onerror=window.__pwned=1>Example headline'], ['og:image', 'javascript:window.__pwned=2']),
      '<img src="x" onerror="window.__pwned=3">',
    );
    const result = articleFromDocument(doc);
    expect(result.article?.headline).to.equal('Example headline');
    expect(result.article?.image).to.equal(undefined);
    expect(result.problems.map((p) => p.path)).to.deep.equal(['image.url']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);

    const host = document.createElement('div');
    host.innerHTML = '<meta property="og:title" content="In an element">';
    expect(articleFromDocument(host as unknown as Document).article?.headline).to.equal('In an element');
  });

  it('never throws on something that is not a document', () => {
    const throwing = {
      get childNodes() {
        throw new Error('boom');
      },
    };
    for (const value of [undefined, null, 42, 'html', {}, [], throwing, { childNodes: null }, { nodeType: 1, localName: 42 }]) {
      const result = articleFromDocument(value as unknown as Document);
      expect(result.article, String(value)).to.equal(null);
      expect(result.problems).to.have.length.greaterThan(0);
    }
  });
});
