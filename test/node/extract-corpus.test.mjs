// The extraction engine over the real pages of ../shared/corpora/postlight/ (155 saved article pages with
// the values another extractor's tests expect), on the built Node host (dist/extract/node.js: parse5).
// Fails below the extraction issue's agreement rates, and prints each rate beside the naive floor
// ("JSON-LD, then Open Graph, then <title>"). The agreement rules are in extract-agreement.mjs.
// `NEWS_CARD_CORPUS=/path/to/corpus` measures another corpus of the same layout.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { corpusDir, corpusMissing, measure, naiveExtract, readCorpus } from './extract-agreement.mjs';

const dist = new URL('../../dist/extract/node.js', import.meta.url);
if (!existsSync(dist)) throw new Error('Build first: npm run build');
const { articleFromHtml } = await import(dist);

/** The floor for each field. */
const REQUIRED = { headline: 0.95, image: 0.95, date: 0.8, author: 0.75 };

// Without the corpus on this machine the two tests are skipped, saying where they looked.
const skip = corpusDir() ? false : corpusMissing();
if (skip) console.warn(`SKIPPED: ${skip}`);

test('the engine agrees with the corpus at the required rates, above the naive floor', { skip }, () => {
  const pages = readCorpus(corpusDir());
  assert.ok(pages.length >= 100, `expected the whole corpus, found ${pages.length} pages`);
  const engine = measure(pages, (html, url) => articleFromHtml(html, { url }).article);
  const naive = measure(pages, (html) => naiveExtract(html));
  const pct = (rate) => `${(rate * 100).toFixed(1)}%`.padStart(6);
  const lines = Object.keys(REQUIRED).map(
    (field) =>
      `  ${field.padEnd(8)} ${pct(engine.rates[field])} (${engine.counts[field][0]}/${engine.counts[field][1]})  naive floor ${pct(naive.rates[field])}  required ${pct(REQUIRED[field])}`,
  );
  console.log(`Extraction agreement over ${pages.length} pages:\n${lines.join('\n')}`);
  const below = Object.keys(REQUIRED).filter((field) => !(engine.rates[field] >= REQUIRED[field]));
  const misses = (field) => engine.verdicts.filter((v) => v.verdict[field] === false).map((v) => v.dir);
  assert.deepEqual(below, [], below.map((field) => `${field}: ${pct(engine.rates[field])}; disagrees on ${misses(field).join(', ')}`).join('\n'));
});

test('every page gives an article or problems, never an exception', { skip }, () => {
  for (const { dir, html, expected } of readCorpus(corpusDir())) {
    const result = articleFromHtml(html, { url: expected.url });
    assert.ok(result.article || result.problems.length, dir);
    assert.ok(Object.isFrozen(result.article ?? {}), `${dir}: the article is the canonical check's frozen result`);
  }
});
