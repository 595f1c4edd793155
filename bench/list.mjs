#!/usr/bin/env node
// The <news-card-list> lines of the benchmarks, on the built CDN file (npm run build first):
//   - first paint of 10,000 articles against 50 (ratio of medians; goal ≤ 1.25×), for the list as built and for
//     the alternative it was measured against: every article a card, each row `content-visibility: auto`;
//   - the longest frame while scrolling through 10,000 (goal: no task over 50 ms);
//   - JS heap per off-screen article (goal < 1 kB), after garbage collection, once every row is made.
//
//   node bench/list.mjs [--reps=N]        prints a markdown table and writes bench/results.list.json
//   node bench/list.mjs --only=scroll      the scrolling line alone, N times: each run and the medians
//   npm run bench                          runs it as its `list` section (benchList below)
// Ratios only: a 2-core machine is noisy, so the medians of several fresh pages are compared.
/* global window, document, performance, requestAnimationFrame, PerformanceObserver, customElements -- page.evaluate callbacks */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { heapAfterGc, launchBrowser, median, round } from './util.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = () => ({
  '/news-card-list.bundle.js': readFileSync(`${root}dist/news-card-list.bundle.js`),
  '/news-card.feed.js': readFileSync(`${root}dist/news-card.feed.js`),
});
const seed = readFileSync(`${root}test/fixtures/seed-article.json`, 'utf8');
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>list bench</title>
<style>body{margin:0;font-family:sans-serif}.cv>li{content-visibility:auto;contain-intrinsic-size:auto 10rem}</style></head><body>
<script type="module">
import '/news-card-list.bundle.js';
const seed = ${seed};
// n stories: the seed's headline and link numbered; no picture, so no image decoding is timed.
window.stories = (n) => Array.from({ length: n }, (_, i) => ({ ...seed, image: undefined, related: undefined, id: 'a' + i, headline: seed.headline + ' ' + (i + 1), url: seed.url + '?n=' + (i + 1) }));
window.frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
window.benchReady = true;
</script></body></html>`;

let browser;
let served;
async function open() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await context.route('**/*', (route) => {
    const { pathname } = new URL(route.request().url());
    if (served[pathname]) return route.fulfill({ contentType: 'text/javascript', body: served[pathname] });
    return route.fulfill({ contentType: 'text/html', body: PAGE });
  });
  const page = await context.newPage();
  await page.goto('http://bench.test/');
  await page.waitForFunction(() => window.benchReady === true && customElements.get('news-card-list'));
  return { page, context, cdp: await context.newCDPSession(page) };
}

/** Time from handing over `n` articles to the first frame after they render, in ms. */
async function firstPaint(n, variant) {
  const { page, context } = await open();
  const ms = await page.evaluate(
    async ({ n, variant }) => {
      const items = window.stories(n);
      await window.frame();
      const t0 = performance.now();
      if (variant === 'list') {
        const list = document.createElement('news-card-list');
        list.setAttribute('card-layout', 'compact');
        list.articles = items;
        document.body.append(list);
        await list.updateComplete;
      } else {
        // The alternative: every article a card, off-screen rows skipped by rendering.
        const ul = document.createElement('ul');
        ul.className = 'cv';
        for (const [i, article] of items.entries()) {
          const li = document.createElement('li');
          const card = document.createElement('news-card');
          card.setAttribute('layout', 'compact');
          card.setAttribute('position', String(i + 1));
          card.article = article;
          li.append(card);
          ul.append(li);
        }
        document.body.append(ul);
      }
      await window.frame();
      return performance.now() - t0;
    },
    { n, variant },
  );
  await context.close();
  return ms;
}

/**
 * CPU time of the renderer's main-thread tasks in a trace, longest first, in ms. Unlike a task's wall time
 * (the longtask API), it does not grow when other processes take the machine's cores: on a loaded 2-core
 * machine a 20 ms task can take 100 ms of wall time.
 */
function mainThreadCpu(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask' && e.tdur)
    .map((e) => e.tdur / 1000)
    .sort((a, b) => b - a);
}

/**
 * Scrolls a 10,000-article list 400 px a frame for 3 s, from its first paint (or once every row is made): the
 * longest frame, the tasks over 50 ms (wall time, from the list's creation and during the scroll alone), and,
 * from a trace of the scroll, the main thread's longest task in CPU time and its tasks over 50 ms of CPU.
 */
async function scrolling(n, afterRows = false) {
  const { page, context } = await open();
  await page.evaluate(
    async ({ n, afterRows }) => {
      window.long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.long.push(e))).observe({ type: 'longtask', buffered: false });
      const list = document.createElement('news-card-list');
      list.setAttribute('card-layout', 'compact');
      list.articles = window.stories(n);
      document.body.append(list);
      await list.updateComplete;
      await window.frame();
      if (afterRows) while (list.shadowRoot.querySelectorAll('.item').length < n) await new Promise((r) => setTimeout(r, 50));
    },
    { n, afterRows },
  );
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'] });
  const result = await page.evaluate(async () => {
    let longest = 0;
    let last = performance.now();
    const start = last;
    const end = last + 3000;
    await new Promise((done) => {
      const step = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        window.scrollBy(0, 400);
        if (now < end) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    const long = window.long;
    const scroll = long.filter((e) => e.startTime >= start);
    const max = (entries) => Math.max(0, ...entries.map((e) => e.duration));
    return { longestFrame: longest, longTasks: long.length, longestTask: max(long), scrollLongTasks: scroll.length, scrollLongestTask: max(scroll) };
  });
  const cpu = mainThreadCpu(await browser.stopTracing());
  await context.close();
  return { ...result, longestTaskCpu: round(cpu[0] ?? 0, 1), tasksOver50Cpu: cpu.filter((ms) => ms > 50).length };
}

/** JS heap per article the list holds off screen: (heap with n − heap without) / n, once every row is made. */
async function heapPerArticle(n) {
  const { page, context, cdp } = await open();
  await page.evaluate((n) => (window.items = window.stories(n)), n);
  const before = await heapAfterGc(cdp);
  await page.evaluate(async () => {
    const list = document.createElement('news-card-list');
    list.setAttribute('card-layout', 'compact');
    list.articles = window.items;
    document.body.append(list);
    await list.updateComplete;
    const rows = () => list.shadowRoot.querySelectorAll('.item').length;
    while (rows() < window.items.length) await new Promise((r) => setTimeout(r, 50));
  });
  const after = await heapAfterGc(cdp);
  const cards = await page.evaluate(() => document.querySelector('news-card-list').shadowRoot.querySelectorAll('news-card').length);
  await context.close();
  return { perArticle: (after - before) / n, cards };
}

/** The list lines: first paint ratio (and the alternative's), scrolling, heap. `reps` fresh pages per median. */
export async function benchList({ reps: REPS = 5, log = () => {}, only } = {}) {
  served = files();
  browser = await launchBrowser();
  try {
    return only === 'scroll' ? await measureScrolling(REPS, log) : await measure(REPS, log);
  } finally {
    await browser.close();
  }
}

async function measure(REPS, log) {
  const results = { reps: REPS, firstPaint: {} };
  for (const variant of ['list', 'cv']) {
    for (const n of [50, 10_000]) {
      const samples = [];
      for (let i = 0; i < (variant === 'cv' && n > 50 ? Math.min(REPS, 3) : REPS); i++) samples.push(await firstPaint(n, variant));
      results.firstPaint[`${variant}-${n}`] = { median: round(median(samples), 1), samples: samples.map((s) => round(s, 1)) };
      log(`first paint ${variant} ${n}: ${round(median(samples), 1)} ms`);
    }
  }
  results.ratio = round(results.firstPaint['list-10000'].median / results.firstPaint['list-50'].median, 2);
  results.ratioContentVisibility = round(results.firstPaint['cv-10000'].median / results.firstPaint['cv-50'].median, 2);
  results.scrolling = await scrolling(10_000);
  results.scrollingAfterRows = await scrolling(10_000, true);
  log(`scrolling: ${JSON.stringify(results.scrolling)}; once every row is made: ${JSON.stringify(results.scrollingAfterRows)}`);
  results.heap = await heapPerArticle(10_000);
  return results;
}

/** The scrolling line alone, `reps` times (for trying changes): each run, and the median longest frame. */
async function measureScrolling(REPS, log) {
  const runs = [];
  for (let i = 0; i < REPS; i++) {
    runs.push({ fromFirstPaint: await scrolling(10_000), afterRows: await scrolling(10_000, true) });
    log(`scrolling ${i + 1}: ${JSON.stringify(runs.at(-1))}`);
  }
  const longest = (key) => round(median(runs.map((r) => r[key].longestFrame)), 1);
  const tasks = (key, of = 'longTasks') => median(runs.map((r) => r[key][of]));
  return {
    reps: REPS,
    runs,
    median: {
      longestFrame: longest('fromFirstPaint'),
      longTasks: tasks('fromFirstPaint'),
      scrollLongTasks: tasks('fromFirstPaint', 'scrollLongTasks'),
      longestFrameAfterRows: longest('afterRows'),
      longTasksAfterRows: tasks('afterRows'),
      scrollLongTasksAfterRows: tasks('afterRows', 'scrollLongTasks'),
      longestTaskCpu: tasks('fromFirstPaint', 'longestTaskCpu'),
      longestTaskCpuAfterRows: tasks('afterRows', 'longestTaskCpu'),
    },
  };
}

/** The list lines as a markdown table. */
export const listTable = (results) => `| List line | Measured | Goal |
| --- | --- | --- |
| First paint, 10,000 articles vs 50 | ${results.ratio}× (${results.firstPaint['list-10000'].median} vs ${results.firstPaint['list-50'].median} ms) | ≤ 1.25× |
| The same with every article a card and \`content-visibility: auto\` rows | ${results.ratioContentVisibility}× (${results.firstPaint['cv-10000'].median} vs ${results.firstPaint['cv-50'].median} ms) | (alternative) |
| Longest frame while scrolling 10,000 | ${round(results.scrolling.longestFrame, 1)} ms; ${results.scrolling.scrollLongTasks} tasks over 50 ms | no task over 50 ms |
| Longest main-thread task while scrolling 10,000, CPU time | ${results.scrolling.longestTaskCpu} ms; ${results.scrolling.tasksOver50Cpu} over 50 ms | no task over 50 ms |
| JS heap per off-screen article | ${round(results.heap.perArticle / 1000, 2)} kB (${results.heap.cards} cards made) | < 1 kB |`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const results = await benchList({ reps: Number(args.reps ?? 5), only: args.only, log: (line) => process.stderr.write(`${line}\n`) });
  if (args.only === 'scroll') {
    console.log(JSON.stringify(results.median));
    process.exit(0);
  }
  writeFileSync(`${root}bench/results.list.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(listTable(results));
}
