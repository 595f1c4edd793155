// Leaks: 1,000 create / attach / detach cycles of a <news-card> whose `src` request is in flight
// (a server endpoint that never answers), under Chromium with --js-flags=--expose-gc. After garbage
// collection:
//   - the JS heap has grown by at most 10 % over its size after a warm-up;
//   - the DOM node count (CDP Memory.getDOMCounters) is back at its start;
//   - JS event listeners (Memory.getDOMCounters), and the listeners on window and document
//     (DOMDebugger.getEventListeners), are back at their start;
//   - no timer, animation frame, observer or fetch a card started is still live (counted by
//     scripts/csp/pages/instrument.js, injected before the bundle, and compared with the start,
//     which holds the test driver's own MutationObserver);
//   - every request reached the server and was closed by the client (the abort reached the network);
//   - the detached cards themselves were collected (WeakRefs to them are empty).
// These are counts and ratios, never times. Usage: node scripts/csp/leaks.mjs (after `npm run build`).
/* global window, document, customElements, fetch -- inside page.evaluate callbacks, which run in the page */
import { readFileSync } from 'node:fs';
import { launch, Report, requireBundle } from './browser.mjs';
import { startServer } from './server.mjs';

requireBundle();

const CYCLES = Number(process.env.LEAK_CYCLES ?? 1000);
const WARMUP = 200;
const MAX_HEAP_GROWTH = 0.1;

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>leaks</title>
<script type="module" src="/dist/news-card.bundle.js"></script>
</head><body><div id="stage"></div></body></html>`;

const server = await startServer({ pages: { '/leaks.html': { html } } });
const browser = await launch(['--js-flags=--expose-gc']);
const page = await browser.newPage();
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(String(error)));
page.on('console', (message) => {
  if (message.type() === 'error') pageErrors.push(message.text());
});
await page.addInitScript({ content: readFileSync(new URL('./pages/instrument.js', import.meta.url), 'utf8') });
await page.goto(`${server.origin}/leaks.html`);
await page.waitForFunction(() => customElements.get('news-card') !== undefined);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

/** Runs `count` cycles in the page; each waits until its request has reached the server, then detaches. */
async function cycles(count, keepEvery = 0) {
  return page.evaluate(
    async ({ count, keepEvery }) => {
      const stage = document.getElementById('stage');
      window.__refs ??= [];
      const opened = async () => (await (await fetch('/stats')).json()).neverOpened;
      for (let i = 0; i < count; i++) {
        const before = await opened();
        const card = document.createElement('news-card');
        card.setAttribute('src', `/data/never?cycle=${window.__cycle = (window.__cycle ?? 0) + 1}`);
        stage.append(card);
        await card.updateComplete;
        if (card.getAttribute('state') !== 'loading') throw new Error(`cycle ${i}: state ${card.getAttribute('state')}, expected loading`);
        // The request is really in flight: the server has it.
        for (let tries = 0; (await opened()) === before; tries++) {
          if (tries > 500) throw new Error(`cycle ${i}: the request never reached the server`);
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        card.remove();
        if (keepEvery && i % keepEvery === 0) window.__refs.push(new WeakRef(card));
      }
      return window.__cycle;
    },
    { count, keepEvery },
  );
}

async function collectGarbage() {
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => window.gc());
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
  }
}

async function listenerCount(expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

async function measure() {
  await collectGarbage();
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value;
  return {
    heap: heap.usedSize,
    nodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    metricNodes: metric('Nodes'),
    windowListeners: await listenerCount('window'),
    documentListeners: await listenerCount('document'),
    live: await page.evaluate(() => window.__live()),
  };
}

const report = new Report(`leaks: ${CYCLES} create/attach/detach cycles with a fetch in flight`);

await cycles(WARMUP);
const start = await measure();
const startStats = { ...server.stats };
await cycles(CYCLES, 10);
// Let the aborts reach the server.
for (let i = 0; i < 100 && server.stats.neverClosed < server.stats.neverOpened; i++) await page.waitForTimeout(50);
const end = await measure();
const alive = await page.evaluate(() => window.__refs.filter((ref) => ref.deref() !== undefined).length);
const kept = await page.evaluate(() => window.__refs.length);

const growth = (end.heap - start.heap) / start.heap;
const opened = server.stats.neverOpened - startStats.neverOpened;
console.log(`  · JS heap: ${(start.heap / 1024).toFixed(0)} KiB → ${(end.heap / 1024).toFixed(0)} KiB (${(growth * 100).toFixed(2)} %)`);
console.log(`  · DOM nodes: ${start.nodes} → ${end.nodes} (Performance metric Nodes ${start.metricNodes} → ${end.metricNodes}); documents ${start.documents} → ${end.documents}`);
console.log(`  · JS event listeners: ${start.jsEventListeners} → ${end.jsEventListeners}; on window ${start.windowListeners} → ${end.windowListeners}; on document ${start.documentListeners} → ${end.documentListeners}`);
console.log(`  · live after detach: ${JSON.stringify(end.live)} (start ${JSON.stringify(start.live)})`);
console.log(`  · requests: ${opened} reached the server, ${server.stats.neverOpened - server.stats.neverClosed} still open; detached cards still alive: ${alive} of ${kept} watched`);

report.check(growth <= MAX_HEAP_GROWTH, `the JS heap grew ${(growth * 100).toFixed(2)} % (limit ${MAX_HEAP_GROWTH * 100} %)`);
report.check(end.nodes <= start.nodes, `DOM nodes did not return to the start: ${start.nodes} → ${end.nodes}`);
report.check(end.documents <= start.documents, `documents: ${start.documents} → ${end.documents}`);
report.check(end.jsEventListeners <= start.jsEventListeners, `JS event listeners: ${start.jsEventListeners} → ${end.jsEventListeners}`);
report.check(end.windowListeners <= start.windowListeners, `listeners on window: ${start.windowListeners} → ${end.windowListeners}`);
report.check(end.documentListeners <= start.documentListeners, `listeners on document: ${start.documentListeners} → ${end.documentListeners}`);
for (const key of ['timeouts', 'intervals', 'animationFrames', 'observers', 'fetches']) {
  report.check(end.live[key] <= start.live[key], `${key} still live after detach: ${start.live[key]} → ${end.live[key]}`);
}
report.check(opened === CYCLES, `${opened} of ${CYCLES} requests reached the server`);
report.check(server.stats.neverClosed === server.stats.neverOpened, `${server.stats.neverOpened - server.stats.neverClosed} requests were never aborted`);
report.check(kept > 0 && alive === 0, `${alive} of ${kept} detached cards were not collected`);
report.check(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
report.finish();

await browser.close();
await server.close();
