// Bad input for the extraction engine: no exception, no hang (the work per page is bounded), and every
// URL still goes through the URL policy. Each page goes through both hosts (helpers.ts).
import { expect } from '@open-wc/testing';
import { articleFromDocument, articleFromHtml } from '../../src/extract/index.js';
import { articleFromHtml as articleFromHtmlInNode } from '../../src/extract/node.js';
import { extract, ld, metas, page } from './helpers.js';

const HEADLINE = 'US occupation forces convoy attacked in Iraq’s Basra province';

describe('extraction of hostile pages', function () {
  this.timeout(60000);

  it('reads a 5 MB page', () => {
    const paragraphs = `<p>${'The US convoy is the second one to be targeted by a bomb within the last 24 hours. '.repeat(100)}</p>`.repeat(620);
    const html = page(metas(['og:title', HEADLINE]), `<article>${paragraphs}</article>`);
    expect(html.length).to.be.greaterThan(5_000_000);
    expect(extract(html).article?.headline).to.equal(HEADLINE);
  });

  it('reads a page nested 100,000 levels deep up to 4,000 levels, and says so', () => {
    const html = page(metas(['og:title', HEADLINE]), `${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}`);
    // (A document already parsed is read as it is: no articleFromDocument comparison here.)
    const result = extract(html, undefined, false);
    expect(result.article?.headline).to.equal(HEADLINE);
    expect(result.problems).to.deep.include({ path: '', message: 'Nested deeper than 4000 elements: read up to there' });
  });

  it('scans text full of unfinished tags in one pass', () => {
    expect(extract(`<title>${HEADLINE}</title>${'<a'.repeat(1_000_000)}`).article?.headline).to.equal(HEADLINE);
  });

  it('survives JSON-LD nested 100,000 levels deep, with huge arrays and with cyclic @id references', () => {
    const deep = `${'{"a":['.repeat(100_000)}1${']}'.repeat(100_000)}`;
    // 1.6 MB of JSON-LD: within what is read (2 MB in all); a larger text is cut, so it fails to parse.
    const huge = { '@type': 'NewsArticle', headline: HEADLINE, author: Array(30_000).fill({ '@type': 'Person', name: 'News Desk' }), image: Array(20_000).fill('https://example.com/a.jpg') };
    const cyclic = {
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#a', headline: HEADLINE, author: { '@id': '#b' }, isPartOf: { '@id': '#a' } },
        { '@type': 'Person', '@id': '#b', name: 'News Desk', worksFor: { '@id': '#c' }, knows: { '@id': '#b' } },
        { '@type': 'Organization', '@id': '#c', name: 'The Cradle', member: { '@id': '#b' }, parentOrganization: { '@id': '#c' } },
      ],
    };
    expect(extract(page(ld(deep) + metas(['og:title', HEADLINE]))).article?.headline).to.equal(HEADLINE);
    const big = extract(page(ld(huge))).article;
    expect(big?.headline).to.equal(HEADLINE);
    expect(big?.author?.length).to.equal(20);
    const a = extract(page(ld(cyclic))).article;
    expect(a?.headline).to.equal(HEADLINE);
    expect(a?.author).to.deep.equal([{ name: 'News Desk' }]);
  });

  it('reads at most 2 MB of JSON-LD, and says what it could not read', () => {
    const big = ld({ '@type': 'NewsArticle', headline: HEADLINE, description: 'x'.repeat(2_100_000) });
    const result = extract(page(big + metas(['og:title', HEADLINE])));
    expect(result.article?.headline).to.equal(HEADLINE);
    expect(result.problems).to.deep.include({ path: 'json-ld', message: 'Longer than 2000000 characters in all: read up to there' });
    expect(result.problems).to.deep.include({ path: 'json-ld[0]', message: 'Not readable as JSON, even leniently: skipped' });
  });

  it('treats </script> inside a JSON-LD string as the end of the script: nothing runs, the rest is text', () => {
    const html = page(metas(['og:title', HEADLINE]) + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"</script><script>window.ran=1</script><img src=x onerror=window.ran=1>"}</script>`);
    const result = extract(html);
    expect((window as { ran?: number }).ran).to.equal(undefined);
    expect(result.article?.headline).to.equal(HEADLINE);
  });

  it('drops javascript: and other unsafe URLs from every source, with problems', () => {
    const head =
      ld({ '@type': 'NewsArticle', headline: HEADLINE, url: 'javascript:alert(1)', author: { '@type': 'Person', name: 'News Desk', url: 'javascript:alert(2)' } }) +
      metas(['og:image', 'javascript:alert(3)'], ['og:url', 'jav&#x09;ascript:alert(4)']) +
      '<link rel="canonical" href="javascript:alert(5)"><link rel="image_src" href="data:text/html,<script>alert(6)</script>">';
    const result = extract(page(head), 'https://example.com/news/x');
    const json = JSON.stringify(result.article);
    expect(json).to.not.match(/javascript|data:/i);
    expect(result.article?.headline).to.equal(HEADLINE);
    expect(result.problems.some((p) => /scheme is not allowed/.test(p.message))).to.equal(true);
  });

  it('gives problems, not exceptions, for binary data, malformed HTML and values that are not pages', () => {
    let bytes = '';
    for (let i = 0; i < 200_000; i++) bytes += String.fromCharCode((i * 7919) % 256);
    expect(extract(bytes).article).to.equal(null);
    expect(extract('<html><head><meta property=og:title content="Unclosed <title>x').problems).to.be.an('array');
    expect(extract(`<title>${HEADLINE}</title><table><tr><td><p><a><b>`).article?.headline).to.equal(HEADLINE);
    for (const value of [null, undefined, 42, {}, [], Symbol('x')]) {
      for (const read of [articleFromHtml, articleFromHtmlInNode]) {
        const result = read(value as unknown as string, { url: 'https://example.com/' });
        expect(result.article).to.equal(null);
        expect(result.problems.length).to.be.greaterThan(0);
      }
      expect(articleFromDocument(value as unknown as Document).article).to.equal(null);
    }
  });
});
