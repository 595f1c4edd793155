import { expect } from '@open-wc/testing';
import { isNormalized, normalizeCanonical } from '../../src/article/canonical.js';
import { detectFormat } from '../../src/article/detect.js';
import {
  MAX_AUTHORS,
  MAX_DESCRIPTION_LENGTH,
  MAX_HEADLINE_LENGTH,
  MAX_ID_LENGTH,
  MAX_RELATED,
  MAX_SOURCES,
} from '../../src/article/limits.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import type { Article, NormalizeResult, Problem } from '../../src/article/types.js';
import { loadArticleSchema, validateAgainst } from './schema-check.js';

type Json = Record<string, unknown>;

let seed: Article;
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const paths = (problems: Problem[]): string[] => problems.map((p) => p.path);

/** A full article using every field, all valid, in canonical output form. */
const FULL = {
  id: 'a-1',
  url: 'https://example.com/news/a',
  inLanguage: 'en',
  headline: 'Headline',
  alternativeHeadline: 'Alternative',
  kicker: { text: 'Iraq', url: '/section/iraq' },
  articleSection: 'World',
  description: 'Dek',
  author: [
    { name: 'News Desk', url: 'mailto:desk@example.com', image: 'https://example.com/desk.jpg', jobTitle: 'Desk' },
    { name: 'Second Author', url: '/authors/second' },
  ],
  publisher: { name: 'Publisher', url: 'https://example.com/', logo: '/logo.png' },
  datePublished: '2021-12-27',
  dateModified: '2021-12-28T09:15:00+03:00',
  image: {
    url: 'https://example.com/a.jpg',
    width: 1200,
    height: 800,
    alt: 'Alt',
    decorative: false,
    caption: 'Caption',
    creditText: 'Credit',
    sources: [
      { url: '/a-480.jpg', width: 480 },
      { url: '/a-960.jpg', width: 960 },
    ],
    focalPoint: { x: 0.5, y: 0.25 },
  },
  related: [
    { url: '/r/1', headline: 'Related 1', datePublished: '2021-12-26', image: '/r1.jpg' },
    { url: '/r/2', headline: 'Related 2' },
    { url: '/r/3', headline: 'Related 3' },
    { url: '/r/4', headline: 'Related 4' },
  ],
  flags: { live: true, breaking: false, sponsored: false, opinion: true },
  isAccessibleForFree: true,
} satisfies Article;

function withField(path: string, value: unknown): Json {
  const article = clone(FULL) as Json;
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  let node = article as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return article;
}

function get(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (node === undefined || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Normalizing a fresh copy of the result (not the trusted result itself) reports nothing and changes nothing. */
function expectIdempotent(result: NormalizeResult): void {
  if (!result.article) return;
  const again = normalizeArticle(clone(result.article));
  expect(again.problems).to.deep.equal([]);
  expect(again.article).to.deep.equal(result.article);
}

before(async () => {
  seed = (await (await fetch(new URL('../fixtures/seed-article.json', import.meta.url))).json()) as Article;
});

describe('normalizeArticle', () => {
  describe('the seed', () => {
    it('normalizes to itself with no problems', () => {
      const result = normalizeArticle(clone(seed));
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal(seed);
    });

    it('reads the same from a JSON string', () => {
      expect(normalizeArticle(JSON.stringify(seed))).to.deep.equal({ article: seed, problems: [] });
    });

    it('satisfies the shipped schema', async () => {
      expect(validateAgainst(await loadArticleSchema(), seed)).to.deep.equal([]);
    });
  });

  it('keeps a full article with every field as it is', async () => {
    const result = normalizeArticle(clone(FULL));
    expect(result.problems).to.deep.equal([]);
    expect(result.article).to.deep.equal(FULL);
    expect(validateAgainst(await loadArticleSchema(), result.article)).to.deep.equal([]);
  });

  describe('unusable input', () => {
    it('reports invalid JSON', () => {
      const result = normalizeArticle('{"headline": ');
      expect(result.article).to.equal(null);
      expect(result.problems).to.have.length(1);
      expect(result.problems[0].path).to.equal('');
      expect(result.problems[0].message).to.match(/^Invalid JSON: /);
    });

    it('reads JSON that starts with a byte-order mark', () => {
      expect(normalizeArticle('\ufeff{"headline":"A"}').article).to.deep.equal({ headline: 'A' });
    });

    it('reports a missing, empty or wrong-typed headline', () => {
      for (const input of [{}, { headline: '' }, { headline: '  ' }, { headline: '\u200b' }, { headline: true }, { headline: { text: 'A' } }, { headline: null }]) {
        const result = normalizeArticle(input);
        expect(result.article, JSON.stringify(input)).to.equal(null);
        expect(paths(result.problems)).to.include('headline');
      }
    });

    it('keeps reporting the other fields when the headline is missing', () => {
      const result = normalizeArticle({ url: 'javascript:alert(1)' });
      expect(result.article).to.equal(null);
      expect(paths(result.problems)).to.have.members(['headline', 'url']);
    });

    it('reports values that are not articles', () => {
      for (const input of [null, undefined, 42, true, [], [1, 2], 'null', '42', '"headline"', '[]']) {
        const result = normalizeArticle(input);
        expect(result.article, String(input)).to.equal(null);
        expect(result.problems.length).to.be.greaterThan(0);
      }
    });

    it('reads deeply nested JSON without overflowing the stack', () => {
      const deep = '['.repeat(100_000) + ']'.repeat(100_000);
      expect(normalizeArticle(deep).article).to.equal(null);
      let nested: Json = { headline: 'Deep' };
      for (let i = 0; i < 10_000; i++) nested = { headline: 'Deep', image: nested };
      expect(normalizeArticle(nested).article?.headline).to.equal('Deep');
    });
  });

  describe('types', () => {
    it('turns numbers into strings', () => {
      const result = normalizeArticle({ headline: 2021, id: 7, description: 3.5, author: 42, kicker: 1 });
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal({ id: '7', headline: '2021', kicker: { text: '1' }, description: '3.5', author: [{ name: '42' }] });
    });

    it('accepts an author as a string, an object or a list of either', () => {
      expect(normalizeArticle({ headline: 'A', author: 'News Desk' }).article?.author).to.deep.equal([{ name: 'News Desk' }]);
      expect(normalizeArticle({ headline: 'A', author: { name: 'News Desk', url: '/desk' } }).article?.author).to.deep.equal([
        { name: 'News Desk', url: '/desk' },
      ]);
      expect(normalizeArticle({ headline: 'A', author: ['One', { name: 'Two' }] }).article?.author).to.deep.equal([{ name: 'One' }, { name: 'Two' }]);
    });

    it('accepts a kicker, a publisher and an image as plain strings', () => {
      const result = normalizeArticle({ headline: 'A', kicker: 'Iraq', publisher: 'The Cradle', image: 'https://example.com/a.jpg' });
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal({
        headline: 'A',
        kicker: { text: 'Iraq' },
        publisher: { name: 'The Cradle' },
        image: { url: 'https://example.com/a.jpg' },
      });
    });

    it('accepts image and logo references written as objects with a url', () => {
      const result = normalizeArticle({
        headline: 'A',
        publisher: { name: 'P', logo: { url: '/logo.png' } },
        author: { name: 'N', image: { url: '/n.jpg' } },
      });
      expect(result.problems).to.deep.equal([]);
      expect(result.article?.publisher?.logo).to.equal('/logo.png');
      expect(result.article?.author?.[0].image).to.equal('/n.jpg');
    });

    it('accepts numeric strings for image sizes and focal points', () => {
      const result = normalizeArticle({ headline: 'A', image: { url: '/a.jpg', width: '1200', height: ' 800 ', sources: [{ url: '/b.jpg', width: '480' }], focalPoint: { x: '0.5', y: '1' } } });
      expect(result.problems).to.deep.equal([]);
      expect(result.article?.image).to.deep.equal({ url: '/a.jpg', width: 1200, height: 800, sources: [{ url: '/b.jpg', width: 480 }], focalPoint: { x: 0.5, y: 1 } });
    });

    it('clamps a focal point into 0–1 and reports it', () => {
      const result = normalizeArticle({ headline: 'A', image: { url: '/a.jpg', focalPoint: { x: -0.5, y: 7 } } });
      expect(result.article?.image?.focalPoint).to.deep.equal({ x: 0, y: 1 });
      expect(paths(result.problems)).to.deep.equal(['image.focalPoint.x', 'image.focalPoint.y']);
    });
  });

  describe('wrong types for every field are dropped and reported at their path', () => {
    const WRONG: Array<[path: string, value: unknown]> = [
      ['id', true],
      ['id', { a: 1 }],
      ['url', 42],
      ['url', { href: 'https://example.com/' }],
      ['inLanguage', 5],
      ['inLanguage', 'not a language'],
      ['alternativeHeadline', false],
      ['kicker', true],
      ['kicker', ['Iraq']],
      ['kicker.text', 5n],
      ['kicker.text', ''],
      ['kicker.url', false],
      ['articleSection', []],
      ['description', { text: 'x' }],
      ['description', '   '],
      ['author', true],
      ['author', null],
      ['author[1]', false],
      ['author[1].name', ['Second']],
      ['author[1].name', ''],
      ['author[0].url', 1],
      ['author[0].image', true],
      ['author[0].jobTitle', {}],
      ['publisher', 7n],
      ['publisher', []],
      ['publisher.name', null],
      ['publisher.url', {}],
      ['publisher.logo', 3],
      ['datePublished', 1640563200000],
      ['datePublished', '27 December 2021'],
      ['dateModified', {}],
      ['image', 5],
      ['image', ['https://example.com/a.jpg']],
      ['image.url', null],
      ['image.width', '1200px'],
      ['image.width', -5],
      ['image.width', 12.5],
      ['image.height', 0],
      ['image.height', true],
      ['image.alt', 0n],
      ['image.alt', ''],
      ['image.decorative', 'yes'],
      ['image.caption', ['a']],
      ['image.creditText', {}],
      ['image.sources', 'a.jpg 480w'],
      ['image.sources[0]', 'a.jpg'],
      ['image.sources[0].url', 480],
      ['image.sources[1].width', 'wide'],
      ['image.focalPoint', [0.5, 0.5]],
      ['image.focalPoint.x', 'left'],
      ['image.focalPoint.y', null],
      ['related', { url: '/r', headline: 'R' }],
      ['related[0]', 'Related'],
      ['related[1].url', 12],
      ['related[2].headline', {}],
      ['related[3].datePublished', 'yesterday'],
      ['related[0].image', false],
      ['flags', true],
      ['flags.live', 'true'],
      ['flags.breaking', 1],
      ['flags.sponsored', null],
      ['flags.opinion', {}],
      ['isAccessibleForFree', 'False'],
    ];

    for (const [path, value] of WRONG) {
      it(`${path} = ${typeof value === 'bigint' ? `${value}n` : JSON.stringify(value)}`, () => {
        const input = withField(path, value);
        const result = normalizeArticle(input);
        expect(result.article, 'the article survives').to.not.equal(null);
        expect(paths(result.problems)).to.include(path);
        const kept = get(result.article, path);
        expect(kept === undefined || kept !== value, 'the wrong value is not kept').to.equal(true);
        expectIdempotent(result);
      });
    }

    it('drops an item that loses a required field, and only that item', () => {
      const result = normalizeArticle(withField('related[1].url', 'javascript:alert(1)'));
      expect(result.article?.related?.map((r) => r.headline)).to.deep.equal(['Related 1', 'Related 3', 'Related 4']);
      expect(result.problems).to.deep.equal([{ path: 'related[1].url', message: 'The "javascript:" scheme is not allowed; related[1] dropped' }]);
    });

    it('drops the image when its url is unusable', () => {
      const result = normalizeArticle(withField('image.url', 'data:image/png;base64,AAAA'));
      expect(result.article?.image).to.equal(undefined);
      expect(paths(result.problems)).to.deep.equal(['image.url']);
    });

    it('ignores unknown keys silently and never copies them', () => {
      const result = normalizeArticle({ headline: 'A', extra: 1, image: { url: '/a.jpg', onerror: 'alert(1)' }, author: [{ name: 'N', style: 'x' }] });
      expect(result.problems).to.deep.equal([]);
      expect(result.article).to.deep.equal({ headline: 'A', image: { url: '/a.jpg' }, author: [{ name: 'N' }] });
    });
  });

  describe('URLs', () => {
    const URL_FIELDS = ['url', 'kicker.url', 'author[0].url', 'author[0].image', 'publisher.url', 'publisher.logo', 'image.url', 'image.sources[0].url', 'related[0].url', 'related[0].image'];
    const HOSTILE = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example/a',
      'http://2130706433/',
      'http://[::1]/',
    ];
    for (const field of URL_FIELDS) {
      it(`${field} rejects every hostile URL`, () => {
        for (const url of HOSTILE) {
          const result = normalizeArticle(withField(field, url));
          expect(paths(result.problems), url).to.include(field);
          expect(JSON.stringify(result.article), url).to.not.include(JSON.stringify(url).slice(1, -1));
        }
      });
    }

    it('accepts mailto: only for author links', () => {
      const mailto = 'mailto:desk@example.com';
      expect(normalizeArticle(withField('author[0].url', mailto)).problems).to.deep.equal([]);
      for (const field of URL_FIELDS.filter((f) => f !== 'author[0].url')) {
        const result = normalizeArticle(withField(field, mailto));
        expect(paths(result.problems), field).to.include(field);
      }
    });

    it('keeps the cleaned URL', () => {
      expect(normalizeArticle({ headline: 'A', url: ' \thttps://example.com/a\n' }).article?.url).to.equal('https://example.com/a');
    });

    it('drops the whole srcset when one candidate URL fails the policy', () => {
      const result = normalizeArticle({
        headline: 'A',
        image: { url: '/a.jpg', sources: [{ url: '/a.jpg 2x, /evil.jpg', width: 480 }, { url: '/b.jpg', width: 960 }] },
      });
      expect(result.article?.image?.url).to.equal('/a.jpg');
      expect(result.article?.image?.sources).to.equal(undefined);
      expect(paths(result.problems)).to.deep.equal(['image.sources[0].url']);
    });

    it('drops only a candidate that repeats a width', () => {
      const result = normalizeArticle({
        headline: 'A',
        image: { url: '/a.jpg', sources: [{ url: '/b.jpg', width: 960 }, { url: '/c.jpg', width: 960 }] },
      });
      expect(result.article?.image?.sources).to.deep.equal([{ url: '/b.jpg', width: 960 }]);
      expect(paths(result.problems)).to.deep.equal(['image.sources[1].width']);
    });
  });

  describe('dates', () => {
    for (const field of ['datePublished', 'dateModified', 'related[0].datePublished']) {
      it(`${field} rejects impossible dates`, () => {
        for (const date of ['2024-02-30', '2023-02-29', '2021-13-01', '2021-12-27T25:00:00Z', '2021-12-27T10:30:00']) {
          const result = normalizeArticle(withField(field, date));
          expect(paths(result.problems), date).to.include(field);
          expect(get(result.article, field)).to.equal(undefined);
        }
      });
    }

    it('canonicalizes dates', () => {
      const result = normalizeArticle({ headline: 'A', datePublished: '2021-12-27 10:30+0300', dateModified: new Date(Date.UTC(2021, 11, 28)) });
      expect(result.article?.datePublished).to.equal('2021-12-27T10:30:00+03:00');
      expect(result.article?.dateModified).to.equal('2021-12-28T00:00:00Z');
    });
  });

  describe('limits', () => {
    it('cuts a 1 MiB headline and reports it', () => {
      const result = normalizeArticle({ headline: 'H'.repeat(1024 * 1024) });
      expect(result.article?.headline).to.have.length(MAX_HEADLINE_LENGTH);
      expect(result.problems).to.deep.equal([{ path: 'headline', message: `Longer than ${MAX_HEADLINE_LENGTH} characters: cut` }]);
      expectIdempotent(result);
    });

    it('cuts a long description at its own limit', () => {
      const result = normalizeArticle({ headline: 'A', description: 'd'.repeat(MAX_DESCRIPTION_LENGTH + 10) });
      expect(result.article?.description).to.have.length(MAX_DESCRIPTION_LENGTH);
      expect(paths(result.problems)).to.deep.equal(['description']);
    });

    it(`keeps the first ${MAX_RELATED} of 10,000 related stories and reports the rest`, () => {
      const related = Array.from({ length: 10_000 }, (_, i) => ({ url: `/r/${i}`, headline: `Story ${i}` }));
      const result = normalizeArticle({ headline: 'A', related });
      expect(result.article?.related).to.have.length(MAX_RELATED);
      expect(result.article?.related?.[MAX_RELATED - 1].url).to.equal(`/r/${MAX_RELATED - 1}`);
      expect(result.problems).to.deep.equal([{ path: 'related', message: `Only the first ${MAX_RELATED} are used` }]);
    });

    it(`keeps at most ${MAX_AUTHORS} authors and ${MAX_SOURCES} sources`, () => {
      const result = normalizeArticle({
        headline: 'A',
        author: Array.from({ length: 50 }, (_, i) => `Author ${i}`),
        image: { url: '/a.jpg', sources: Array.from({ length: 50 }, (_, i) => ({ url: `/a-${i}.jpg`, width: 100 + i })) },
      });
      expect(result.article?.author).to.have.length(MAX_AUTHORS);
      expect(result.article?.image?.sources).to.have.length(MAX_SOURCES);
      expect(paths(result.problems)).to.deep.equal(['author', 'image.sources']);
    });

    it('drops an id that is too long instead of cutting it', () => {
      const result = normalizeArticle({ headline: 'A', id: 'i'.repeat(MAX_ID_LENGTH + 1) });
      expect(result.article).to.deep.equal({ headline: 'A' });
      expect(result.problems).to.deep.equal([{ path: 'id', message: `Longer than ${MAX_ID_LENGTH} characters` }]);
      expect(normalizeArticle({ headline: 'A', id: 'i'.repeat(MAX_ID_LENGTH) }).article?.id).to.have.length(MAX_ID_LENGTH);
    });
  });

  describe('hostile objects', () => {
    it('never copies __proto__ or constructor keys, and pollutes nothing', () => {
      const input = JSON.parse('{"headline":"A","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"image":{"url":"/a.jpg","__proto__":{"polluted":"yes"}}}');
      const result = normalizeArticle(input);
      expect(result.article).to.deep.equal({ headline: 'A', image: { url: '/a.jpg' } });
      expect(Object.getPrototypeOf(result.article)).to.equal(Object.prototype);
      expect(({} as Json).polluted).to.equal(undefined);
      expect(Object.prototype.hasOwnProperty.call(result.article, '__proto__')).to.equal(false);
    });

    it('ignores values planted on Object.prototype', () => {
      Object.defineProperty(Object.prototype, 'description', { value: 'planted', configurable: true, writable: true });
      try {
        const result = normalizeArticle({ headline: 'A' });
        expect(Object.prototype.hasOwnProperty.call(result.article, 'description')).to.equal(false);
        expect(result.problems).to.deep.equal([]);
      } finally {
        delete (Object.prototype as Json).description;
      }
    });

    it('builds fresh objects, never reusing the input', () => {
      const input = clone(FULL);
      const article = normalizeArticle(input).article as Article;
      expect(article).to.not.equal(input);
      expect(article.image).to.not.equal(input.image);
      expect(article.author).to.not.equal(input.author);
      expect(article.author?.[0]).to.not.equal(input.author[0]);
      expect(article.related?.[0]).to.not.equal(input.related[0]);
      expect(article.flags).to.not.equal(input.flags);
      expect(article.image?.focalPoint).to.not.equal(input.image.focalPoint);
    });

    it('survives getters that throw', () => {
      const input = { headline: 'A' } as Json;
      Object.defineProperty(input, 'image', { enumerable: true, get: () => { throw new Error('boom'); } });
      const author = { name: 'N' };
      Object.defineProperty(author, 'url', { enumerable: true, get: () => { throw new Error('boom'); } });
      input.author = [author];
      const result = normalizeArticle(input);
      expect(result.article).to.deep.equal({ headline: 'A', author: [{ name: 'N' }] });
      expect(result.problems).to.deep.equal([
        { path: 'author[0].url', message: 'Could not be read' },
        { path: 'image', message: 'Could not be read' },
      ]);
    });

    it('reports a headline whose getter throws', () => {
      const input = {};
      Object.defineProperty(input, 'headline', { get: () => { throw new Error('boom'); } });
      const result = normalizeArticle(input);
      expect(result.article).to.equal(null);
      expect(paths(result.problems)).to.deep.equal(['headline']);
    });

    it('survives proxies whose traps throw, and revoked proxies', () => {
      const trap = () => { throw new Error('trap'); };
      const hostile = [
        new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap }),
        new Proxy([], { get: trap }),
        new Proxy({ headline: 'A' }, { getOwnPropertyDescriptor: trap, ownKeys: trap }),
      ];
      const revocable = Proxy.revocable({ headline: 'A' }, {});
      revocable.revoke();
      hostile.push(revocable.proxy);
      for (const input of hostile) {
        const result = normalizeArticle(input);
        expect(result.problems).to.be.an('array');
      }
      const revokedImage = Proxy.revocable({ url: '/a.jpg' }, {});
      revokedImage.revoke();
      const result = normalizeArticle({ headline: 'A', image: revokedImage.proxy, related: new Proxy([], { get: trap }) });
      expect(result.article).to.deep.equal({ headline: 'A' });
      expect(paths(result.problems)).to.have.members(['image', 'related']);
    });

    it('survives cyclic objects', () => {
      const input: Json = { headline: 'A' };
      input.self = input;
      input.image = { url: '/a.jpg', parent: input };
      input.author = [input, { name: 'N', friends: input }];
      input.related = [input];
      const result = normalizeArticle(input);
      expect(result.article).to.deep.equal({ headline: 'A', image: { url: '/a.jpg' }, author: [{ name: 'N' }] });
      expect(paths(result.problems)).to.deep.equal(['author[0].name', 'related[0].url']);
    });

    it('leaves no undefined values in the output', () => {
      const result = normalizeArticle({ headline: 'A', url: undefined, image: { url: '/a.jpg', alt: undefined }, flags: { live: undefined } });
      expect(result.article).to.deep.equal({ headline: 'A', image: { url: '/a.jpg' } });
      expect(JSON.stringify(result.article)).to.equal('{"headline":"A","image":{"url":"/a.jpg"}}');
    });
  });

  it('is idempotent on messy input', () => {
    const result = normalizeArticle({
      headline: '  \u202eHeadline  ',
      author: ['  A ', { name: 'B', url: ' mailto:b@example.com ' }],
      datePublished: '2021-12-27t10:30:00.1200+0000',
      image: { url: ' /a.jpg ', width: '10', focalPoint: { x: 3, y: '0.2' } },
      inLanguage: 'en_GB',
      related: [{ url: '/r', headline: 'R', datePublished: '2021-12-26' }, { headline: 'x' }],
    });
    expect(result.article?.inLanguage).to.equal('en-GB');
    expectIdempotent(result);
  });
});

describe('normalizeCanonical', () => {
  it('is what normalizeArticle runs for canonical input', () => {
    const input = withField('image.width', 'wide');
    expect(normalizeCanonical(input)).to.deep.equal(normalizeArticle(input));
  });

  it('checks partial articles built from attributes', () => {
    const result = normalizeCanonical({ headline: 'x', url: 'javascript:alert(1)' });
    expect(result.article).to.deep.equal({ headline: 'x' });
    expect(paths(result.problems)).to.deep.equal(['url']);
    expect(normalizeCanonical({ headline: 'x', author: ['A', { name: 'B', url: 'mailto:b@x.test' }] }).article?.author).to.deep.equal([
      { name: 'A' },
      { name: 'B', url: 'mailto:b@x.test' },
    ]);
  });
});

describe('normalize once', () => {
  const isDeepFrozen = (value: unknown): boolean =>
    typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));

  it('returns an article it returned before as it is, with no problems', () => {
    for (const input of [clone(FULL), JSON.stringify(seed), { '@type': 'NewsArticle', headline: 'A' }, { 'og:title': 'A' }]) {
      const { article } = normalizeArticle(input);
      expect(article).to.not.equal(null);
      expect(isNormalized(article)).to.equal(true);
      const again = normalizeArticle(article);
      expect(again.article).to.equal(article);
      expect(again.problems).to.deep.equal([]);
      expect(normalizeCanonical(article).article).to.equal(article);
    }
  });

  it('deep-freezes every article it returns', () => {
    const { article } = normalizeArticle(clone(FULL));
    expect(isDeepFrozen(article)).to.equal(true);
    expect(isDeepFrozen(normalizeArticle(JSON.stringify(seed)).article)).to.equal(true);
  });

  it('refuses changes to a trusted article: they throw in strict mode and change nothing', () => {
    // ES modules are strict: writing to a frozen object throws.
    const article = normalizeArticle(clone(FULL)).article as Article;
    const attempts: Array<() => void> = [
      () => ((article as { url?: string }).url = 'javascript:alert(1)'),
      () => ((article.image as { url: string }).url = 'javascript:alert(1)'),
      () => ((article.author as Array<{ url?: string }>)[0].url = 'javascript:alert(1)'),
      () => (article.author as unknown[]).push({ name: 'X', url: 'javascript:alert(1)' }),
      () => ((article.related as Array<{ url: string }>)[0].url = 'javascript:alert(1)'),
      () => ((article.image?.sources as Array<{ url: string }>)[0].url = 'javascript:alert(1)'),
      () => delete (article as { url?: string }).url,
      () => Object.defineProperty(article, 'kicker', { value: { text: 'K', url: 'javascript:alert(1)' } }),
    ];
    for (const attempt of attempts) expect(attempt).to.throw(TypeError);
    expect(article).to.deep.equal(FULL);
    expect(JSON.stringify(normalizeArticle(article).article)).to.not.include('javascript:');
  });

  it('checks a structurally equal copy in full', () => {
    const { article } = normalizeArticle(clone(FULL));
    const copy = clone(article) as unknown as Json;
    expect(isNormalized(copy)).to.equal(false);
    copy.url = 'javascript:alert(1)';
    (copy.image as Json).url = 'javascript:alert(1)';
    const result = normalizeArticle(copy);
    expect(result.article).to.not.equal(copy);
    expect(result.article?.url).to.equal(undefined);
    expect(result.article?.image).to.equal(undefined);
    expect(paths(result.problems)).to.deep.equal(['url', 'image.url']);
    // An equal copy that is clean comes back equal, but as a new trusted object.
    const clean = normalizeArticle(clone(article));
    expect(clean.article).to.deep.equal(article);
    expect(clean.article).to.not.equal(article);
  });

  it('does not trust an object it never returned, even one that looks like its result', () => {
    const lookalike = Object.freeze({ headline: 'A', url: 'javascript:alert(1)' });
    expect(isNormalized(lookalike)).to.equal(false);
    expect(normalizeArticle(lookalike).article).to.deep.equal({ headline: 'A' });
  });
});

describe('detectFormat', () => {
  it('recognises each supported format', () => {
    expect(detectFormat({ headline: 'A' })).to.equal('canonical');
    expect(detectFormat({})).to.equal('canonical');
    expect(detectFormat({ '@context': 'https://schema.org', '@type': 'NewsArticle' })).to.equal('json-ld');
    expect(detectFormat({ '@graph': [] })).to.equal('json-ld');
    expect(detectFormat([{ '@type': 'NewsArticle' }])).to.equal('json-ld');
    expect(detectFormat({ title: { rendered: 'A' } })).to.equal('wordpress');
    expect(detectFormat({ _embedded: {} })).to.equal('wordpress');
    expect(detectFormat({ content: { rendered: '<p>A</p>' }, link: 'https://example.com/a' })).to.equal('wordpress');
    expect(detectFormat({ excerpt: { rendered: '<p>A</p>' }, link: 'https://example.com/a' })).to.equal('wordpress');
    expect(detectFormat({ 'og:title': 'A' })).to.equal('open-graph');
    expect(detectFormat({ 'article:published_time': '2021-12-27' })).to.equal('open-graph');
  });

  it('tells canonical data from look-alikes', () => {
    expect(detectFormat({ headline: 'A', content: { rendered: 'x' } })).to.equal('canonical');
    expect(detectFormat({ headline: 'A', title: 'A' })).to.equal('canonical');
  });

  it('gives null for values that are not articles, and never throws', () => {
    for (const input of [null, undefined, 1, 'x', true, [], [1, { headline: 'A' }]]) {
      expect(detectFormat(input), String(input)).to.equal(null);
    }
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(detectFormat(revocable.proxy)).to.equal(null);
  });

  it('sends each format to its adapter', () => {
    expect(normalizeArticle({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'From JSON-LD' }).article?.headline).to.equal('From JSON-LD');
    expect(normalizeArticle({ title: { rendered: 'From WordPress' }, link: 'https://example.com/a' }).article?.headline).to.equal('From WordPress');
    expect(normalizeArticle({ 'og:title': 'From Open Graph' }).article?.headline).to.equal('From Open Graph');
  });
});
