// Page extraction throughput: `articleFromHtml` (Node host) over every page of the extraction corpus,
// beside parse5 parsing the same pages and doing nothing else (the floor the engine's own rules add to).
// Throughput and ratios only; nothing is asserted.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { corpusDir, readCorpus } from '../test/node/extract-agreement.mjs';
import { DIST } from './dist.mjs';

/** Pages per second of `read` over `pages`, after one warm-up pass, for at least `seconds`. */
function pagesPerSecond(pages, read, seconds) {
  for (const page of pages) read(page);
  let count = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    for (const page of pages) read(page);
    count += pages.length;
  }
  return count / ((performance.now() - start) / 1000);
}

export async function benchExtract({ seconds, log }) {
  const { articleFromHtml } = await import(pathToFileURL(join(DIST, 'extract/node.js')).href);
  const pages = readCorpus(corpusDir());
  const bytes = pages.reduce((sum, page) => sum + page.html.length, 0);
  const parseOnly = pagesPerSecond(pages, (page) => parse(page.html, { scriptingEnabled: false }), seconds);
  const ours = pagesPerSecond(pages, (page) => articleFromHtml(page.html, { url: page.expected.url }), seconds);
  log(`  extract: ${Math.round(ours)} pages/s, parse5 alone ${Math.round(parseOnly)} pages/s`);
  return { pages: pages.length, averageBytes: bytes / pages.length, ours: { pagesPerSecond: ours }, parseOnly: { pagesPerSecond: parseOnly } };
}
