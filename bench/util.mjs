// Small helpers shared by the benchmark sections: statistics, formatting and the browser session.
/* global window -- inside page.evaluate callbacks, which run in the page */
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

export const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  n: values.length,
  samples: values.map((v) => round(v, 3)),
});

export const round = (value, digits = 2) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** 12345.6 → "12,346"; 12.345 → "12.3" (3 significant figures below 100). */
export function fmt(value, digits) {
  if (value == null || Number.isNaN(value)) return 'n/a';
  if (digits == null) digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Launches the system Chromium. Host names other than the loopback address resolve to nothing,
 * so a page can never reach the network: every byte comes from the bench server.
 */
export async function launchBrowser() {
  const executablePath = findChrome();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      // Keep timers and frames running at full rate in a headless, unfocused window.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  return browser;
}

/** A fresh context and page (no shared cache, heap or compiled code) with a CDP session. */
export async function freshPage(browser, url, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.benchReady === true || window.benchFailed, null, { timeout: 30_000 });
  const failed = await page.evaluate(() => window.benchFailed);
  if (failed) throw new Error(`${url}: ${failed}`);
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    errors,
    async close() {
      await context.close();
    },
  };
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}
