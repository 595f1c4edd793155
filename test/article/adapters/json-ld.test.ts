import { expect } from '@open-wc/testing';
import { fromJsonLd } from '../../../src/article/adapters/json-ld.js';
import { loadJson } from './helpers.js';

const paths = (result: { problems: { path: string }[] }) => result.problems.map((p) => p.path);

describe('fromJsonLd', () => {
  describe('article types', () => {
    for (const type of [
      'NewsArticle',
      'Article',
      'ReportageNewsArticle',
      'AnalysisNewsArticle',
      'OpinionNewsArticle',
      'BlogPosting',
      'https://schema.org/NewsArticle',
      'schema:BlogPosting',
    ]) {
      it(`reads @type ${type}`, () => {
        const result = fromJsonLd({ '@context': 'https://schema.org', '@type': type, headline: 'Example headline' });
        expect(result.article?.headline).to.equal('Example headline');
      });
    }

    it('reads an @type array and flags an opinion piece', async () => {
      const result = fromJsonLd(await loadJson('formats/type-array.jsonld.json'));
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal({
        id: '12345',
        url: 'https://example.com/opinion/example',
        inLanguage: 'en-GB',
        headline: 'Example headline & more',
        alternativeHeadline: 'An example alternative headline',
        kicker: { text: 'Opinion' },
        articleSection: 'Opinion',
        description: 'An example description with markup…',
        author: [{ name: 'Example Columnist' }],
        publisher: { name: 'Example News', logo: 'https://example.com/images/logo.png' },
        datePublished: '2024-05-01T10:00:00Z',
        dateModified: '2024-05-02T08:30:00Z',
        flags: { opinion: true },
        isAccessibleForFree: false,
      });
    });

    it('does not flag a plain NewsArticle as opinion', () => {
      expect(fromJsonLd({ '@type': 'NewsArticle', headline: 'Example headline' }).article?.flags).to.equal(undefined);
    });

    it('gives no article, with a problem, when no node is an article', () => {
      const result = fromJsonLd({ '@context': 'https://schema.org', '@type': 'Recipe', headline: 'Example headline' });
      expect(result.article).to.equal(null);
      expect(result.problems).to.have.length(1);
    });

    it('picks the article out of an array of nodes', async () => {
      const result = fromJsonLd(await loadJson('formats/image-array.jsonld.json'));
      expect(result.article?.headline).to.equal('Example headline');
    });

    it('accepts JSON text and reports invalid JSON', () => {
      expect(fromJsonLd('{"@type":"Article","headline":"Example headline"}').article?.headline).to.equal('Example headline');
      const bad = fromJsonLd('{"@type":');
      expect(bad.article).to.equal(null);
      expect(bad.problems[0].message).to.match(/JSON/);
    });
  });

  describe('WebPage with mainEntity', () => {
    it('reads the main entity, and the page fills in url, description and language', async () => {
      const result = fromJsonLd(await loadJson('formats/webpage-main-entity.jsonld.json'));
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal({
        url: 'https://example.com/blog/example',
        inLanguage: 'en',
        headline: 'Example headline',
        description: 'An example description.',
        author: [{ name: 'Example Blogger' }],
        datePublished: '2024-05-01',
      });
    });

    it('follows a mainEntity given as an @id reference', () => {
      const result = fromJsonLd({
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://example.com/p', url: 'https://example.com/p', mainEntity: { '@id': '#post' } },
          { '@type': 'CreativeWork', '@id': '#post', headline: 'Example headline' },
        ],
      });
      expect(result.article?.headline).to.equal('Example headline');
      expect(result.article?.url).to.equal('https://example.com/p');
    });
  });

  describe('@graph references', () => {
    it('resolves authors, publisher and logo by @id and maps every author form', async () => {
      const result = fromJsonLd(await loadJson('formats/authors.jsonld.json'));
      expect(result.article?.author).to.deep.equal([
        {
          name: 'Example Reporter',
          url: 'https://example.com/authors/example-reporter',
          image: 'https://example.com/images/example-reporter.jpg',
          jobTitle: 'Correspondent',
        },
        { name: 'Example Writer' },
        { name: 'Example Editor', url: 'mailto:editor@example.com', jobTitle: 'Editor' },
        { name: 'Example Photographer' },
        { name: 'Example Agency' },
      ]);
      expect(result.article?.publisher).to.deep.equal({
        name: 'Example News',
        url: 'https://example.com/',
        logo: 'https://example.com/images/logo.png',
      });
      expect(result.problems).to.deep.equal([{ path: 'author[5].name', message: 'Missing; author[5] dropped' }]);
    });

    it('takes a single author or publisher given as a string', async () => {
      const result = fromJsonLd(await loadJson('formats/image-string.jsonld.json'));
      expect(result.article?.author).to.deep.equal([{ name: 'Example Writer' }]);
      expect(result.article?.publisher).to.deep.equal({ name: 'Example News' });
    });

    it('does not loop on reference cycles', () => {
      const result = fromJsonLd({
        '@graph': [
          {
            '@type': 'NewsArticle',
            '@id': '#a',
            headline: 'Example headline',
            author: { '@id': '#p' },
            publisher: { '@id': '#o' },
            image: { '@id': '#i' },
            mainEntityOfPage: { '@id': '#w' },
            isPartOf: { '@id': '#a' },
          },
          { '@type': 'WebPage', '@id': '#w', mainEntity: { '@id': '#a' }, isPartOf: { '@id': '#w' } },
          { '@type': 'Person', '@id': '#p', name: 'Example Writer', worksFor: { '@id': '#o' }, image: { '@id': '#p' } },
          { '@type': 'Organization', '@id': '#o', name: 'Example News', member: { '@id': '#p' }, logo: { '@id': '#o' } },
          { '@type': 'ImageObject', '@id': '#i', url: 'https://example.com/a.jpg', author: { '@id': '#p' }, image: { '@id': '#i' } },
        ],
      });
      expect(result.article?.author).to.deep.equal([{ name: 'Example Writer' }]);
      expect(result.article?.publisher?.name).to.equal('Example News');
      expect(result.article?.image?.url).to.equal('https://example.com/a.jpg');
    });

    it('does not loop on cyclic objects', () => {
      const person: Record<string, unknown> = { '@type': 'Person', name: 'Example Writer' };
      person.knows = person;
      const article: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'Example headline', author: person };
      article.mainEntityOfPage = article;
      article.hasPart = [article, { nested: article }];
      const result = fromJsonLd(article);
      expect(result.article?.author).to.deep.equal([{ name: 'Example Writer' }]);
    });
  });

  describe('image', () => {
    it('takes a URL string', async () => {
      const result = fromJsonLd(await loadJson('formats/image-string.jsonld.json'));
      expect(result.article?.image).to.deep.equal({ url: 'https://example.com/images/example.jpg' });
    });

    it('takes an ImageObject: contentUrl, numeric-string and QuantitativeValue sizes, creditText over copyrightNotice', async () => {
      const result = fromJsonLd(await loadJson('formats/image-object.jsonld.json'));
      expect(result.article?.image).to.deep.equal({
        url: 'https://example.com/images/example.jpg',
        width: 1200,
        height: 675,
        caption: 'An example caption.',
        creditText: 'Example Agency',
      });
    });

    it('uses copyrightNotice when there is no creditText', () => {
      const result = fromJsonLd({
        '@type': 'Article',
        headline: 'Example headline',
        image: { url: 'https://example.com/a.jpg', copyrightNotice: '© Example Agency' },
      });
      expect(result.article?.image?.creditText).to.equal('© Example Agency');
    });

    it('takes an array: the widest is the picture, others of its aspect ratio become sources', async () => {
      const result = fromJsonLd(await loadJson('formats/image-array.jsonld.json'));
      expect(result.article?.image).to.deep.equal({
        url: 'https://example.com/images/example-1600.jpg',
        width: 1600,
        height: 900,
        caption: 'An example caption.',
        creditText: 'Example Agency',
        sources: [
          { url: 'https://example.com/images/example-800.jpg', width: 800 },
          { url: 'https://example.com/images/example-400.jpg', width: 400 },
        ],
      });
    });

    it('leaves other crops out of sources and takes the first image when none has a width', () => {
      const cropped = fromJsonLd({
        '@type': 'Article',
        headline: 'Example headline',
        image: [
          { url: 'https://example.com/16x9.jpg', width: 1600, height: 900 },
          { url: 'https://example.com/1x1.jpg', width: 900, height: 900 },
        ],
      });
      expect(cropped.article?.image?.sources).to.equal(undefined);
      const widthless = fromJsonLd({
        '@type': 'Article',
        headline: 'Example headline',
        image: ['https://example.com/a.jpg', 'https://example.com/b.jpg'],
      });
      expect(widthless.article?.image).to.deep.equal({ url: 'https://example.com/a.jpg' });
    });

    it('reads the page primaryImageOfPage when the article has no image', () => {
      const result = fromJsonLd({
        '@graph': [
          { '@type': 'NewsArticle', headline: 'Example headline', mainEntityOfPage: { '@id': '#page' } },
          { '@type': 'WebPage', '@id': '#page', primaryImageOfPage: { '@id': '#img' } },
          { '@type': 'ImageObject', '@id': '#img', contentUrl: 'https://example.com/a.jpg' },
        ],
      });
      expect(result.article?.image?.url).to.equal('https://example.com/a.jpg');
    });
  });

  describe('other fields', () => {
    it('reads isAccessibleForFree as a boolean or a "True"/"False" string, and reports anything else', () => {
      const read = (value: unknown) =>
        fromJsonLd({ '@type': 'NewsArticle', headline: 'Example headline', isAccessibleForFree: value });
      expect(read(true).article?.isAccessibleForFree).to.equal(true);
      expect(read('True').article?.isAccessibleForFree).to.equal(true);
      expect(read('false').article?.isAccessibleForFree).to.equal(false);
      expect(read('maybe').article?.isAccessibleForFree).to.equal(undefined);
      expect(paths(read('maybe'))).to.deep.equal(['isAccessibleForFree']);
    });

    it('takes the first articleSection as the kicker', () => {
      const result = fromJsonLd({ '@type': 'NewsArticle', headline: 'Example headline', articleSection: 'World' });
      expect(result.article?.kicker).to.deep.equal({ text: 'World' });
      expect(result.article?.articleSection).to.equal('World');
    });

    it('leaves plain text with & or < as it is', () => {
      const result = fromJsonLd({ '@type': 'NewsArticle', headline: 'AT&T results: 3 < 4', description: 'Q&A' });
      expect(result.article?.headline).to.equal('AT&T results: 3 < 4');
      expect(result.article?.description).to.equal('Q&A');
    });

    it('falls back to name when there is no headline', () => {
      expect(fromJsonLd({ '@type': 'BlogPosting', name: 'Example headline' }).article?.headline).to.equal('Example headline');
    });
  });

  describe('hostile URLs', () => {
    it('drops and reports each one at its JSON-LD path', () => {
      const result = fromJsonLd({
        '@type': 'NewsArticle',
        headline: 'Example headline',
        url: 'javascript:alert(1)',
        author: [{ name: 'Example Writer', url: ' JaVaScRiPt:alert(1)' }],
        publisher: { name: 'Example News', url: 'data:text/html,x', logo: 'vbscript:msgbox' },
        image: ['https://example.com/ok.jpg', { url: 'java\nscript:alert(1)', width: 2000 }],
      });
      expect(paths(result)).to.have.members(['url', 'author[0].url', 'publisher.url', 'publisher.logo', 'image[1].url']);
      expect(result.article).to.deep.equal({
        headline: 'Example headline',
        author: [{ name: 'Example Writer' }],
        publisher: { name: 'Example News' },
        image: { url: 'https://example.com/ok.jpg' },
      });
    });
  });
});
