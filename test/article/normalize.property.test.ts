import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizeArticle } from '../../src/article/normalize.js';
import type { Article, NormalizeResult } from '../../src/article/types.js';
import { checkSrcsetUrl, checkUrl } from '../../src/article/url-policy.js';
import { loadArticleSchema, validateAgainst } from './schema-check.js';

type Json = Record<string, unknown>;
type Normalizer = (input: unknown) => NormalizeResult;

const NUM_RUNS = 300;
let schema: Json;

before(async () => {
  schema = await loadArticleSchema();
});

// ---- generators -------------------------------------------------------------------------------------

const HUGE = 'H'.repeat(1024 * 1024);
const HUGE_BLANK = ' '.repeat(200_000) + '\u200b'.repeat(1000);

const scriptOrHostUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' \u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  '//evil.example/a',
  '\\\\evil.example/a',
  'http://2130706433/',
  'http://[::1]/',
  'https://user:pw@example.com/',
);
// Harmless in an href (a relative path), but an injection in a srcset.
const srcsetInjection = fc.constantFrom('/a.jpg 2x, javascript:alert(1) 3x', '/a.jpg,', 'https://example.com/a b.jpg');
const hostileUrl = fc.oneof(scriptOrHostUrl, srcsetInjection);
const goodUrl = fc.constantFrom('https://example.com/a', 'http://example.com/b?c=d#e', '/news/a', 'a/b', '../x', '?page=2', '#top', 'mailto:desk@example.com', ' https://example.com/pad ');
const urlLike = fc.oneof(hostileUrl, goodUrl, fc.webUrl(), fc.string({ maxLength: 30 }));

const textLike = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      '   ',
      '\u200b\u200d',
      '\u202eevil',
      'a\u2067b',
      '<img src=x onerror=alert(1)>',
      '{{constructor.constructor("alert(1)")()}}',
      '${alert(1)}',
      '\ud800',
      'News Desk',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(HUGE, HUGE_BLANK) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
);
const dateLike = fc.oneof(
  fc.constantFrom('2021-12-27', '2024-02-30', '2023-02-29', '2021-13-01', '2021-12-27T10:30:00+03:00', '2021-12-27T25:00:00Z', '2021-12-27T10:30:00', '27 December 2021'),
  fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'invalid' : d.toISOString())),
  fc.date(),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);
const numberLike = fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double(), fc.constantFrom('1200', ' 480 ', '12px', '-1', '0.5', 'NaN'));

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Mostly a value of the right kind, sometimes anything at all. */
const field = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: anything });

const rec = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Json> => fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Json>;

const person = fc.oneof(textLike, rec({ name: field(textLike), url: field(urlLike), image: field(fc.oneof(urlLike, rec({ url: field(urlLike) }))), jobTitle: field(textLike) }));
const source = rec({ url: field(urlLike), width: field(numberLike) });
const image = fc.oneof(
  { weight: 1, arbitrary: urlLike },
  {
    weight: 4,
    arbitrary: rec({
      url: field(urlLike),
      width: field(numberLike),
      height: field(numberLike),
      alt: field(textLike),
      decorative: field(fc.boolean()),
      caption: field(textLike),
      creditText: field(textLike),
      sources: field(fc.array(source, { maxLength: 25 })),
      focalPoint: field(rec({ x: field(numberLike), y: field(numberLike) })),
    }),
  },
);
const related = rec({ url: field(urlLike), headline: field(textLike), datePublished: field(dateLike), image: field(urlLike) });

const articleShaped = rec({
  id: field(textLike),
  url: field(urlLike),
  inLanguage: field(fc.constantFrom('en', 'ar', 'en_US', 'zh-Hant-TW', 'not a tag', '')),
  headline: field(textLike),
  alternativeHeadline: field(textLike),
  kicker: field(fc.oneof(textLike, rec({ text: field(textLike), url: field(urlLike) }))),
  articleSection: field(textLike),
  description: field(textLike),
  author: field(fc.oneof(person, fc.array(person, { maxLength: 25 }))),
  publisher: field(fc.oneof(textLike, rec({ name: field(textLike), url: field(urlLike), logo: field(urlLike) }))),
  datePublished: field(dateLike),
  dateModified: field(dateLike),
  image: field(image),
  related: field(fc.array(related, { maxLength: 25 })),
  flags: field(rec({ live: field(fc.boolean()), breaking: field(fc.boolean()), sponsored: field(fc.boolean()), opinion: field(fc.boolean()) })),
  isAccessibleForFree: field(fc.boolean()),
});

const KEYS = ['headline', 'url', 'image', 'author', 'related', 'publisher', 'kicker', 'flags', 'datePublished'];

function deepObject(depth: number): Json {
  let node: Json = { headline: 'deep', url: 'javascript:alert(1)' };
  for (let i = 0; i < depth; i++) node = { headline: node, image: node, author: [node], related: [node] };
  return node;
}

const boom = (): never => {
  throw new Error('hostile getter');
};

/** Turns a generated article into one of the hostile forms a host page could hand over. */
function hostile(article: Json, how: string, key: string): unknown {
  switch (how) {
    case 'json-string':
      try {
        return JSON.stringify(article, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
      } catch {
        return article;
      }
    case 'proto-keys': {
      const planted = { polluted: 'yes', headline: 'planted', url: 'javascript:alert(1)' };
      for (const target of [article, article.image, Array.isArray(article.author) ? article.author[0] : article.author]) {
        if (typeof target === 'object' && target !== null) {
          Object.defineProperty(target, '__proto__', { value: planted, enumerable: true, configurable: true, writable: true });
          Object.defineProperty(target, 'constructor', { value: { prototype: planted }, enumerable: true, configurable: true, writable: true });
        }
      }
      return article;
    }
    case 'throwing-getter':
      Object.defineProperty(article, key, { get: boom, enumerable: true, configurable: true });
      return article;
    case 'throwing-proxy':
      return new Proxy(article, {
        get: (target, k, receiver) => (k === key ? boom() : Reflect.get(target, k, receiver)),
        has: (target, k) => (k === key ? boom() : Reflect.has(target, k)),
      });
    case 'revoked-field': {
      const revocable = Proxy.revocable({ url: '/a.jpg', name: 'N' }, {});
      revocable.revoke();
      article[key] = revocable.proxy;
      return article;
    }
    case 'cyclic':
      article.self = article;
      article[key] = article;
      if (typeof article.image === 'object' && article.image !== null) (article.image as Json).parent = article;
      return article;
    case 'deep':
      article[key] = deepObject(200);
      return article;
    case 'json-ld':
      return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...article };
    case 'json-ld-graph':
      return { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', '@id': '#page', url: article.url }, { '@type': 'NewsArticle', mainEntityOfPage: { '@id': '#page' }, ...article }] };
    case 'wordpress':
      return { title: { rendered: article.headline }, link: article.url, excerpt: { rendered: article.description }, date_gmt: article.datePublished, ...article };
    case 'open-graph':
      return { 'og:title': article.headline, 'og:url': article.url, 'og:image': article.image, 'og:description': article.description, 'article:author': article.author, 'article:published_time': article.datePublished };
    default:
      return article;
  }
}

const HOW = ['plain', 'json-string', 'proto-keys', 'throwing-getter', 'throwing-proxy', 'revoked-field', 'cyclic', 'deep', 'json-ld', 'json-ld-graph', 'wordpress', 'open-graph'];
const hostileArticle = fc.tuple(articleShaped, fc.constantFrom(...HOW), fc.constantFrom(...KEYS)).map(([article, how, key]) => hostile(article, how, key));

// ---- the checker ------------------------------------------------------------------------------------

function urlsIn(article: Article): Array<{ url: string; mailto: boolean; path: string }> {
  const found: Array<{ url: string; mailto: boolean; path: string }> = [];
  const add = (url: unknown, path: string, mailto = false) => {
    if (url !== undefined) found.push({ url: url as string, mailto, path });
  };
  add(article.url, 'url');
  add(article.kicker?.url, 'kicker.url');
  article.author?.forEach((a, i) => {
    add(a.url, `author[${i}].url`, true);
    add(a.image, `author[${i}].image`);
  });
  add(article.publisher?.url, 'publisher.url');
  add(article.publisher?.logo, 'publisher.logo');
  add(article.image?.url, 'image.url');
  article.image?.sources?.forEach((s, i) => add(s.url, `image.sources[${i}].url`));
  article.related?.forEach((r, i) => {
    add(r.url, `related[${i}].url`);
    add(r.image, `related[${i}].image`);
  });
  return found;
}

function expectPlainData(value: unknown, path = 'article'): void {
  if (typeof value !== 'object' || value === null) {
    expect(['string', 'number', 'boolean'], path).to.include(typeof value);
    if (typeof value === 'number') expect(Number.isFinite(value) && !Object.is(value, -0), path).to.equal(true);
    return;
  }
  const proto = Object.getPrototypeOf(value);
  expect(proto === Object.prototype || proto === Array.prototype, `${path} is a plain object or array`).to.equal(true);
  for (const [key, child] of Object.entries(value)) expectPlainData(child, `${path}.${key}`);
}

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Every property the normalizer must hold for one input; throws (fails the run) when one does not. */
function checkOne(normalize: Normalizer, input: unknown): void {
  const before = prototypeNames();
  const result = normalize(input);

  expect(result).to.be.an('object');
  expect(result.problems).to.be.an('array');
  for (const problem of result.problems) {
    expect(problem.path).to.be.a('string');
    expect(problem.message).to.be.a('string').and.not.equal('');
  }
  expect(prototypeNames(), 'Object.prototype unchanged').to.equal(before);
  expect(({} as Json).polluted, 'no polluted property').to.equal(undefined);
  if (result.article === null) {
    expect(result.problems.length, 'a null article comes with problems').to.be.greaterThan(0);
    return;
  }

  const article = result.article;
  expect(validateAgainst(schema, article), 'schema').to.deep.equal([]);
  expectPlainData(article);
  expect(JSON.parse(JSON.stringify(article)), 'JSON round trip').to.deep.equal(article);

  for (const { url, mailto, path } of urlsIn(article)) {
    expect(checkUrl(url, { allowMailto: mailto }).url, `${path} passes the URL policy`).to.equal(url);
  }
  if (article.image?.sources) {
    const widths = article.image.sources.map((s) => s.width);
    expect(new Set(widths).size, 'srcset widths are distinct').to.equal(widths.length);
    for (const s of article.image.sources) {
      expect(checkSrcsetUrl(s.url).url).to.equal(s.url);
      expect(Number.isInteger(s.width) && s.width >= 1 && s.width <= 100_000, `width ${s.width}`).to.equal(true);
    }
  }

  const again = normalize(article);
  expect(again.problems, 'normalizing twice reports nothing').to.deep.equal([]);
  expect(again.article, 'normalizing twice changes nothing').to.deep.equal(article);
  // The result itself is trusted and comes straight back; a fresh copy is checked in full.
  const copy = normalize(JSON.parse(JSON.stringify(article)));
  expect(copy.problems, 'normalizing a copy reports nothing').to.deep.equal([]);
  expect(copy.article, 'normalizing a copy changes nothing').to.deep.equal(article);
}

const property = (normalize: Normalizer, arbitrary: fc.Arbitrary<unknown>) =>
  fc.property(arbitrary, (input) => {
    checkOne(normalize, input);
  });

// ---- the properties -----------------------------------------------------------------------------------

describe('normalizeArticle properties', () => {
  it('holds over anything at all', () => {
    fc.assert(property(normalizeArticle, anything), { numRuns: NUM_RUNS });
  });

  it('holds over arbitrary JSON values and their JSON text', () => {
    fc.assert(property(normalizeArticle, fc.jsonValue()), { numRuns: NUM_RUNS });
    fc.assert(property(normalizeArticle, fc.json()), { numRuns: NUM_RUNS });
  });

  it('holds over article-shaped data with wrong types, hostile URLs and huge strings', () => {
    fc.assert(property(normalizeArticle, articleShaped), { numRuns: NUM_RUNS });
  });

  it('holds over getters that throw, proxies, cycles, deep nesting, __proto__ keys and every format', () => {
    fc.assert(property(normalizeArticle, hostileArticle), { numRuns: NUM_RUNS });
  });

  it('keeps every hostile URL out, whichever field it is in', () => {
    const where = fc.constantFrom('url', 'kicker', 'author', 'publisher', 'image', 'related', 'sources');
    const oneUrl = fc.oneof(fc.tuple(scriptOrHostUrl, where), fc.tuple(hostileUrl, fc.constant('sources'))).map(([url, field]) => {
      const article: Json = { headline: 'A' };
      if (field === 'url') article.url = url;
      if (field === 'kicker') article.kicker = { text: 'K', url };
      if (field === 'author') article.author = [{ name: 'N', url, image: url }];
      if (field === 'publisher') article.publisher = { name: 'P', url, logo: url };
      if (field === 'image') article.image = { url };
      if (field === 'related') article.related = [{ url, headline: 'R', image: url }];
      if (field === 'sources') article.image = { url: '/a.jpg', sources: [{ url: '/b.jpg', width: 1 }, { url, width: 2 }] };
      return article;
    });
    fc.assert(
      fc.property(oneUrl, (input) => {
        checkOne(normalizeArticle, input);
        const result = normalizeArticle(input);
        expect(result.problems.length, 'the rejection is reported').to.be.greaterThan(0);
      }),
      { numRuns: 100 },
    );
  });
});

// ---- negative controls: the same checker must catch broken normalizers ---------------------------------------

describe('the property checker (negative controls)', () => {
  it('catches a normalizer that passes URLs through', () => {
    const passesUrlsThrough: Normalizer = (input) => {
      const result = normalizeArticle(input);
      const url = typeof input === 'object' && input !== null ? (input as Json).url : undefined;
      // Results are frozen: the broken normalizer hands back a changed copy.
      return result.article && typeof url === 'string' && url.trim() !== '' ? { ...result, article: { ...result.article, url } } : result;
    };
    const details = fc.check(property(passesUrlsThrough, articleShaped), { numRuns: NUM_RUNS, seed: 42 });
    expect(details.failed, 'a counterexample is found').to.equal(true);
    expect(details.counterexample).to.not.equal(null);
  });

  it('catches a normalizer that reads properties without guarding them', () => {
    const unguarded: Normalizer = (input) => {
      const headline = typeof input === 'object' && input !== null ? (input as Json).headline : undefined;
      return typeof headline === 'string' && headline.trim() ? normalizeArticle(input) : { article: null, problems: [{ path: 'headline', message: 'Missing' }] };
    };
    const details = fc.check(property(unguarded, hostileArticle), { numRuns: NUM_RUNS, seed: 42 });
    expect(details.failed, 'a counterexample is found').to.equal(true);
  });

  it('catches a normalizer that is not idempotent', () => {
    const addsEllipsis: Normalizer = (input) => {
      const result = normalizeArticle(input);
      return result.article ? { ...result, article: { ...result.article, headline: `${result.article.headline.slice(0, 100)}!` } } : result;
    };
    const details = fc.check(property(addsEllipsis, articleShaped), { numRuns: NUM_RUNS, seed: 42 });
    expect(details.failed, 'a counterexample is found').to.equal(true);
  });

  it('catches a normalizer that lets non-schema data through', () => {
    const keepsExtras: Normalizer = (input) => {
      const result = normalizeArticle(input);
      return result.article ? { ...result, article: { ...result.article, extra: 1 } } : result;
    };
    const details = fc.check(property(keepsExtras, articleShaped), { numRuns: NUM_RUNS, seed: 42 });
    expect(details.failed, 'a counterexample is found').to.equal(true);
  });
});
