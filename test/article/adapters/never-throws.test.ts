// The adapters are public and receive whatever a page holds: they must never throw, and what they
// return must always have the documented shape.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromOpenGraph } from '../../../src/article/adapters/open-graph.js';
import { fromJsonLd } from '../../../src/article/adapters/json-ld.js';
import { fromWordPress } from '../../../src/article/adapters/wordpress.js';
import { htmlToText, splitCredit } from '../../../src/article/html-text.js';
import type { NormalizeResult } from '../../../src/article/types.js';
import { articleFromDocument } from '../../../src/extract/index.js';

const adapters: Array<[string, (input: unknown) => NormalizeResult]> = [
  ['fromJsonLd', fromJsonLd],
  ['fromWordPress', fromWordPress],
  ['fromOpenGraph', fromOpenGraph],
  ['articleFromDocument', (input) => articleFromDocument(input as Document)],
];

/** Throws unless `result` is `{ article: null | { headline: string, … }, problems: [{ path, message }] }`. */
function checkShape(result: NormalizeResult): void {
  if (!result || !Array.isArray(result.problems)) throw new Error('no problems array');
  for (const problem of result.problems) {
    if (typeof problem.path !== 'string' || typeof problem.message !== 'string') throw new Error('bad problem');
  }
  if (result.article !== null && typeof result.article?.headline !== 'string') throw new Error('article without headline');
  // Whatever came in, what goes out is plain data.
  JSON.stringify(result);
  // No adapter fell through to its last-resort catch: every input was read on purpose.
  if (result.problems.some((p) => /could not be read/.test(p.message))) throw new Error(JSON.stringify(result.problems));
}

const anything = fc.anything({
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

// Values the adapters actually look at, in the places they look.
const value = fc.oneof(
  anything,
  fc.constantFrom('javascript:alert(1)', 'https://example.com/a.jpg', '2024-02-30', '1200', 'True', '<b>x</b>&amp;', '#x', '__proto__'),
);
const node = fc.record(
  {
    '@type': fc.oneof(fc.constantFrom('NewsArticle', 'WebPage', 'Person', 'ImageObject'), value),
    '@id': fc.oneof(fc.constantFrom('#a', '#b', '#x'), value),
    headline: value,
    name: value,
    author: fc.oneof(value, fc.array(fc.oneof(value, fc.record({ '@id': fc.constantFrom('#a', '#b', '#x') })))),
    image: fc.oneof(value, fc.array(value)),
    publisher: value,
    mainEntity: fc.oneof(value, fc.record({ '@id': fc.constantFrom('#a', '#b') })),
    mainEntityOfPage: value,
    isAccessibleForFree: value,
    datePublished: value,
  },
  { requiredKeys: [] },
);
const jsonLd = fc.oneof(node, fc.array(node), fc.record({ '@graph': fc.array(node) }));
const wordpress = fc.record(
  {
    id: value,
    title: fc.oneof(value, fc.record({ rendered: value })),
    excerpt: fc.oneof(value, fc.record({ rendered: value })),
    link: value,
    date_gmt: value,
    date: value,
    code: value,
    _embedded: fc.oneof(
      value,
      fc.record({ author: fc.array(value), 'wp:featuredmedia': fc.array(value), 'wp:term': fc.array(fc.array(value)) }),
    ),
  },
  { requiredKeys: [] },
);
const openGraph = fc.dictionary(
  fc.oneof(fc.constantFrom('og:title', 'og:image', 'og:image:width', 'article:author', 'og:locale', 'author'), fc.string()),
  fc.oneof(value, fc.array(fc.oneof(fc.string(), value))),
);

describe('the adapters never throw', () => {
  for (const [name, adapter] of adapters) {
    it(`${name} on fc.anything()`, () => {
      fc.assert(fc.property(anything, (input) => checkShape(adapter(input))), { numRuns: 500 });
    });
  }

  it('fromJsonLd on JSON-LD-shaped data', () => {
    fc.assert(fc.property(jsonLd, (input) => checkShape(fromJsonLd(input))), { numRuns: 500 });
  });

  it('fromWordPress on post-shaped data', () => {
    fc.assert(fc.property(wordpress, (input) => checkShape(fromWordPress(input))), { numRuns: 500 });
  });

  it('fromOpenGraph on meta-shaped records', () => {
    fc.assert(fc.property(openGraph, (input) => checkShape(fromOpenGraph(input))), { numRuns: 500 });
  });

  it('htmlToText and splitCredit on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const text = htmlToText(input);
        const parts = splitCredit(input);
        return typeof text === 'string' && !/^\s|\s$/.test(text) && typeof parts === 'object';
      }),
      { numRuns: 1000 },
    );
  });

  it('survives throwing getters and revoked proxies', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const [, adapter] of adapters) {
      for (const input of [trap, proxy, [trap], { '@graph': [trap] }, { _embedded: trap }]) {
        const result = adapter(input);
        expect(result.article).to.equal(null);
        expect(result.problems).to.have.length.greaterThan(0);
      }
    }
  });

  it('never pollutes Object.prototype', () => {
    const payload = JSON.parse(
      '{"__proto__":{"polluted":1},"@type":"NewsArticle","headline":"x","author":{"__proto__":{"polluted":2},"name":"y"},' +
        '"@graph":[{"@id":"#a","__proto__":{"polluted":3}}],"og:title":"x","title":{"rendered":"x"}}',
    );
    for (const [, adapter] of adapters) adapter(payload);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
