#!/usr/bin/env node
// `npm run bench`: render time, memory, layout stability, server rendering and weight, each beside
// the fastest plain baseline, in one run. Prints one markdown table and writes bench/results.json and
// docs/benchmarks.md. Goals are reported, never asserted: the exit code is non-zero only when
// something could not be measured (no browser, no build output).
//
//   node bench/run.mjs [--reps=N] [--sizes=100,1000,5000] [--only=render,heap,cycles,cls,ssr,extract,weight,list] [--ssr-seconds=S] [--no-profile]
//
// A partial run (any option) writes bench/results.local.json and leaves the docs alone.
/* global window -- inside page.evaluate callbacks, which run in the page */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchCls, benchCycles, benchHeap, benchRender, cardMarkupAndCss, compareShapes } from './browser-sections.mjs';
import { machineLine, markdownTable, notes } from './report.mjs';
import { DIST, removeSnapshot, snapshotDist } from './dist.mjs';
import { startServer } from './server.mjs';
import { heapBreakdown, jsProfile, traceBreakdowns, weightBreakdown } from './profile.mjs';
import { benchExtract } from './extract.mjs';
import { benchList } from './list.mjs';
import { benchSsr } from './ssr.mjs';
import { freshPage, launchBrowser } from './util.mjs';
import { measureWeight } from './weight.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const SECTIONS = ['render', 'heap', 'cycles', 'cls', 'ssr', 'extract', 'weight', 'list'];
const only = args.only ? args.only.split(',') : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Known: ${SECTIONS.join(', ')}.`);
  process.exit(2);
}
const repsFor = (n) => Number(args.reps ?? (n >= 5000 ? 7 : 9));
const sizes = args.sizes ? args.sizes.split(',').map(Number) : [100, 1000, 5000];
const partial = Boolean(args.only || args.reps || args.sizes || args['ssr-seconds'] || args['no-profile']);
const log = (line) => process.stderr.write(`${line}\n`);
const started = Date.now();

const results = {
  command: 'npm run bench',
  machine: {
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: os.totalmem() / 1e9,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    chromium: null,
    loadAverage: os.loadavg(),
    date: new Date().toISOString(),
  },
  errors: {},
  sectionSeconds: {},
};

/** Runs one section; a failure is recorded and reported, and the other sections still run. */
async function section(name, fn) {
  if (!only.includes(name)) return;
  log(`${name}…`);
  const t0 = Date.now();
  try {
    results[name] = await fn();
  } catch (error) {
    results.errors[name] = String(error?.message ?? error).split('\n')[0];
    log(`  ${name} could not be measured: ${error?.stack ?? error}`);
  }
  results.sectionSeconds[name] = Math.round((Date.now() - t0) / 1000);
}

const bundlePath = `${DIST}/news-card.bundle.js`;
const browserSections = only.filter((s) => ['render', 'heap', 'cycles', 'cls'].includes(s));
let browser;
let server;
let bundleReady = false;
try {
  snapshotDist();
  server = await startServer();
} catch (error) {
  const why = String(error?.message ?? error).split('\n')[0];
  for (const name of only) results.errors[name] = why;
  log(`Cannot measure: ${error?.stack ?? error}`);
}
if (server && (browserSections.length || only.includes('ssr'))) {
  try {
    browser = await launchBrowser();
    results.machine.chromium = browser.version();
    log(`Chromium ${browser.version()}, serving on ${server.origin}`);
    if (browserSections.length) {
      if (!existsSync(bundlePath)) throw new Error('dist/news-card.bundle.js is missing: run `npm run build` first.');
      const markup = await cardMarkupAndCss(browser, server.origin, server);
      results.parity = markup.parity;
      if (!markup.parity.same) {
        results.parityShapes = { ours: markup.oursShape, vanilla: markup.vanillaShape };
        log(`  markup parity: differs at line ${markup.parity.line}\n    ours:    ${markup.parity.ours}\n    vanilla: ${markup.parity.vanilla}`);
      }
      bundleReady = true;
    }
  } catch (error) {
    const why = String(error?.message ?? error).split('\n')[0];
    for (const name of browserSections) results.errors[name] = why;
    log(`Cannot run the browser sections: ${error?.stack ?? error}`);
  }
}

if (browser && bundleReady) {
  await section('render', () => benchRender(browser, server.origin, { sizes, reps: repsFor, log }));
  await section('heap', async () => ({ n: 5000, ...(await benchHeap(browser, server.origin, { n: 5000, reps: 2, log })) }));
  await section('cycles', async () => ({ cycles: 1000, ...(await benchCycles(browser, server.origin, { cycles: 1000, log })) }));
  await section('cls', async () => ({ count: 50, ...(await benchCls(browser, server.origin, server, { count: 50, log })) }));
}
if (server && !results.errors.ssr) {
  await section('ssr', () => benchSsr({ seconds: Number(args['ssr-seconds'] ?? 4), log }));
}
if (results.ssr && browser) {
  // Compare the two server outputs as the browser parses them.
  try {
    const session = await freshPage(browser, `${server.origin}/pages/bench.html?variant=vanilla`);
    try {
      const [a, b] = await Promise.all(
        [results.ssr.samples.ours, results.ssr.samples.baseline].map((html) =>
          session.page.evaluate((h) => window.bench.shapeOfHtml(h), html),
        ),
      );
      results.ssrParity = compareShapes(a, b);
    } finally {
      await session.close();
    }
  } catch (error) {
    log(`  server-rendering parity check failed: ${error?.message ?? error}`);
  }
}
if (results.ssr) delete results.ssr.samples;
if (server) await section('extract', () => benchExtract({ seconds: Number(args['ssr-seconds'] ?? 4), log }));
if (server) await section('weight', () => measureWeight());
if (server) await section('list', () => benchList({ reps: Number(args.reps ?? 5), log }));

// Where the time, memory and bytes go: always for render (a trace of both variants at 1,000 cards),
// and for every other goal that was missed.
const profiles = {};
const profile = async (name, fn) => {
  log(`profile ${name}…`);
  const t0 = Date.now();
  try {
    profiles[name] = await fn();
  } catch (error) {
    profiles[name] = { error: String(error?.message ?? error).split('\n')[0] };
    log(`  profile ${name} failed: ${error?.stack ?? error}`);
  }
  results.sectionSeconds[`profile ${name}`] = Math.round((Date.now() - t0) / 1000);
};
if (browser && bundleReady && results.render && !args['no-profile']) {
  const traced = [100, 1000].filter((size) => results.render[size]);
  await profile('renderTrace', async () => {
    const out = {};
    for (const size of traced) out[size] = await traceBreakdowns(browser, server.origin, ['ours', 'vanilla'], size, 3);
    return out;
  });
  // A JavaScript profile at each size whose goal was missed.
  const missed = Object.entries({ 100: 1.25, 1000: 1.1 })
    .filter(([size, goal]) => results.render[size] && results.render[size].ours.median / results.render[size].vanilla.median > goal)
    .map(([size]) => Number(size));
  if (missed.length) {
    await profile('renderJs', async () => {
      const out = {};
      for (const size of missed) out[size] = await jsProfile(browser, server.origin, 'ours-src', size);
      return out;
    });
  }
}
if (browser && bundleReady && results.heap && results.heap.ours.bytesPerCard.median > 3000 && !args['no-profile']) {
  await profile('heap', async () => ({ n: 1000, rows: await heapBreakdown(browser, server.origin, 'ours-dev', 1000) }));
}
if (results.weight?.some((w) => w.budget && w.gzip > w.budget) && !args['no-profile']) {
  await profile('weight', () => weightBreakdown());
}
results.profiles = profiles;

await browser?.close();
await server?.close();
removeSnapshot();

results.seconds = Math.round((Date.now() - started) / 1000);
results.machine.loadAverageEnd = os.loadavg();
const table = markdownTable(results);
const extra = notes(results);
process.stdout.write(`\n${table}\n\n${extra ? `${extra}\n\n` : ''}Machine: ${machineLine(results.machine)}. Took ${results.seconds} s.\n`);

const measuredAll = SECTIONS.every((s) => results[s]);
const outFile = partial || !measuredAll ? 'bench/results.local.json' : 'bench/results.json';
writeFileSync(`${root}${outFile}`, `${JSON.stringify(results, null, 2)}\n`);
log(`Wrote ${outFile}`);
if (!partial && measuredAll) {
  const doc = readFileSync(new URL('./benchmarks.template.md', import.meta.url), 'utf8')
    .replace('{{table}}', () => table)
    .replace('{{notes}}', () => extra)
    .replace('{{machine}}', () => machineLine(results.machine))
    .replace('{{seconds}}', () => String(results.seconds));
  writeFileSync(`${root}docs/benchmarks.md`, doc);
  log('Wrote docs/benchmarks.md');
}

const failed = Object.keys(results.errors);
if (failed.length) {
  log(`Not measured: ${failed.map((s) => `${s} (${results.errors[s]})`).join('; ')}`);
  process.exit(1);
}
