// Limits, enforced: a 1 MiB headline or 10,000 related stories render within one long task of at most
// 200 ms. Each scenario runs in a fresh page: the data is built in one task, then a
// PerformanceObserver('longtask') watches the task that hands it to an element, and everything up to
// the element's `state="ready"` and two animation frames after it (style and layout included).
// A small card renders first in each page, so the figure is the data's cost rather than the page's
// first style and layout. Each scenario runs five times and the median of its longest task is judged,
// so one hiccup of a shared machine does not fail the build. The figures (and the number of long
// tasks per run) are printed; a control scenario (the seed article) shows the floor, and a 1 MiB `src`
// response is measured too but not judged, since its cost includes reading the body off the network.
//
// Usage: node scripts/csp/limits.mjs [--enforce-time] (after `npm run build`).
// Exit code 1 when a card does not end `ready` or the page throws. The 200 ms figure is wall-clock
// time, so `npm test` (which runs on shared, noisy machines) only reports it as met or missed; pass
// --enforce-time to fail on it as well.
/* global window, document, customElements, performance, PerformanceObserver, requestAnimationFrame -- inside page.evaluate callbacks, which run in the page */
import { launch, Report, requireBundle } from './browser.mjs';
import { startServer, SEED } from './server.mjs';

requireBundle();

const LIMIT_MS = 200;
const ENFORCE_TIME = process.argv.includes('--enforce-time');
const RUNS = 5;
const MIB = 1024 * 1024;

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>limits</title>
<script type="module" src="/dist/news-card.bundle.js"></script>
</head><body style="width: 420px"></body></html>`;

const pages = { '/limits.html': { html } };
// A body just under the 1 MiB response cap: the headline carries the bulk.
const bigBody = JSON.stringify({ ...SEED, headline: '' });
pages['/data/big-headline.json'] = {
  html: JSON.stringify({ ...SEED, headline: 'H'.repeat(MIB - bigBody.length - 64) }),
  headers: { 'Content-Type': 'application/json' },
};

const server = await startServer({ pages });
const browser = await launch();

/** Scenarios: `prepare` runs in its own task and leaves `window.__data`; handing it over through `channel` is timed. */
const SCENARIOS = [
  {
    name: 'control: the seed article, article property, <news-card>',
    prepare: (seed) => {
      window.__data = seed;
    },
    channel: 'property',
    tag: 'news-card',
  },
  {
    name: '1 MiB headline, article property, <news-card>',
    prepare: (seed) => {
      window.__data = { ...seed, headline: 'H'.repeat(1024 * 1024) };
    },
    channel: 'property',
    tag: 'news-card',
  },
  {
    name: '1 MiB headline, article attribute (JSON), <news-card>',
    prepare: (seed) => {
      window.__data = JSON.stringify({ ...seed, headline: 'H'.repeat(1024 * 1024) });
    },
    channel: 'attribute',
    tag: 'news-card',
  },
  {
    name: '1 MiB headline, article attribute (JSON), <news-headline>',
    prepare: (seed) => {
      window.__data = JSON.stringify({ ...seed, headline: 'H'.repeat(1024 * 1024) });
    },
    channel: 'attribute',
    tag: 'news-headline',
  },
  {
    name: '10,000 related stories, article property, <news-card>',
    prepare: (seed) => {
      const related = Array.from({ length: 10000 }, (_, i) => ({ url: `https://example.com/news/${i}`, headline: `Related story ${i}`, datePublished: '2021-12-26' }));
      window.__data = { ...seed, related };
    },
    channel: 'property',
    tag: 'news-card',
  },
  {
    name: '10,000 related stories, article attribute (JSON), <news-related>',
    prepare: (seed) => {
      const related = Array.from({ length: 10000 }, (_, i) => ({ url: `https://example.com/news/${i}`, headline: `Related story ${i}`, datePublished: '2021-12-26' }));
      window.__data = JSON.stringify({ ...seed, related });
    },
    channel: 'attribute',
    tag: 'news-related',
  },
  {
    // Informational: includes the network read of the body in chunks, which is not rendering.
    name: 'a 1 MiB response body from src, <news-card> (reported, not enforced)',
    informational: true,
    prepare: () => {
      window.__data = '/data/big-headline.json';
    },
    channel: 'src',
    tag: 'news-card',
  },
];

async function runOnce(scenario) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${server.origin}/limits.html`);
  await page.waitForFunction(() => customElements.get('news-card') !== undefined, undefined, { timeout: 60000 });
  const supported = await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'));
  if (!supported) throw new Error('This Chromium does not report long tasks (PerformanceObserver longtask).');
  // A first small card, so the measured task is the data's cost, not the page's first style and layout.
  await page.evaluate(async (seed) => {
    const warm = document.createElement('news-card');
    warm.article = seed;
    document.body.append(warm);
    await warm.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    warm.remove();
  }, SEED);
  await page.evaluate(`(${scenario.prepare})(${JSON.stringify(SEED)})`);
  await page.evaluate(() => {
    window.__tasks = [];
    window.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__tasks.push({ start: entry.startTime, duration: entry.duration });
    });
    window.__observer.observe({ type: 'longtask' });
  });
  // Let the preparation's own long task be delivered, then forget it.
  await page.waitForTimeout(300);
  const started = await page.evaluate(() => {
    window.__tasks.length = 0;
    return performance.now();
  });
  const outcome = await page.evaluate(
    async ({ tag, channel }) => {
      const el = document.createElement(tag);
      const t0 = performance.now();
      if (channel === 'property') el.article = window.__data;
      else el.setAttribute(channel === 'src' ? 'src' : 'article', window.__data);
      document.body.append(el);
      await el.updateComplete;
      const deadline = performance.now() + 15000;
      while (el.getAttribute('state') === 'loading' && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const t1 = performance.now();
      const root = el.shadowRoot;
      return {
        state: el.getAttribute('state'),
        elapsed: t1 - t0,
        headlineLength: root.querySelector('[part~="headline"]')?.textContent.length ?? null,
        relatedItems: root.querySelectorAll('[part~="related-item"]').length,
      };
    },
    { tag: scenario.tag, channel: scenario.channel },
  );
  await page.waitForTimeout(300); // long-task entries are delivered asynchronously
  const tasks = await page.evaluate((since) => window.__tasks.filter((t) => t.start + t.duration >= since), started);
  await page.close();
  const longest = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
  return { ...outcome, tasks: tasks.length, durations: tasks.map((t) => t.duration), longest, errors };
}

const report = new Report(
  ENFORCE_TIME
    ? `limits: each render fits in one long task of at most ${LIMIT_MS} ms`
    : `limits: each oversized input ends ready without page errors (the ${LIMIT_MS} ms long-task goal is reported above)`,
);
for (const scenario of SCENARIOS) {
  const runs = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(scenario));
  } catch (error) {
    report.check(false, `${scenario.name}: could not run: ${error.message.split('\n')[0]}`);
    continue;
  }
  const sorted = [...runs].sort((a, b) => a.longest - b.longest);
  const median = sorted[Math.floor(RUNS / 2)];
  console.log(
    `  · ${scenario.name}: longest task ${runs.map((r) => r.longest.toFixed(0)).join(' / ')} ms (median ${median.longest.toFixed(0)}); ` +
      `long tasks ${runs.map((r) => r.durations.map((d) => d.toFixed(0)).join('+') || '0').join(' / ')}; to ready + 2 frames ${runs.map((r) => r.elapsed.toFixed(0)).join(' / ')} ms; ` +
      `state ${median.state}; headline ${median.headlineLength} chars; related items ${median.relatedItems}`,
  );
  if (!scenario.informational && !ENFORCE_TIME) {
    console.log(`    goal ≤ ${LIMIT_MS} ms: ${median.longest <= LIMIT_MS ? 'met' : 'MISSED'}`);
  } else if (!scenario.informational) {
    report.check(
      median.longest <= LIMIT_MS,
      `${scenario.name}: the longest task took ${median.longest.toFixed(0)} ms (median of ${RUNS}), over ${LIMIT_MS} ms. ` +
        'Normalization must stay one linear pass over capped input (src/article/limits.ts); if the machine was busy, run again.',
    );
  }
  for (const run of runs) {
    report.check(run.state === 'ready', `${scenario.name}: ended in state ${run.state}`);
    report.check(run.errors.length === 0, `${scenario.name}: page errors ${run.errors.join(' | ')}`);
  }
}
report.finish();

await browser.close();
await server.close();
