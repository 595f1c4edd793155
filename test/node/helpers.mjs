// What the server-rendering tests share: `quiet`, a Chromium site that serves one page and the bundles, and the
// hydration check run in Chromium (ssr.test.mjs) and in Firefox and WebKit (ssr-engines.test.mjs): the page,
// what to read in it, and what must hold.
/* global window, document */
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

/** A whole HTML document around `body`. */
export const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ssr</title></head><body>${body}</body></html>`;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/**
 * Chromium for the tests of the calling `describe` (launched before them, closed after), and `open(html,
 * options)`: a new context whose site http://ssr.test/ serves `html` at `/` and each of `bundles` (path →
 * bytes) as JavaScript; any other host answers with a 1×1 PNG. Returns `{ context, tab, problems }`, where
 * `problems` collects page errors and console errors.
 */
export function chromiumSite(bundles) {
  let browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')), headless: true });
  });
  after(() => browser?.close());
  return async function open(html, options = {}) {
    const context = await browser.newContext(options);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host !== 'ssr.test') return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
      if (bundles[url.pathname]) return route.fulfill({ contentType: 'text/javascript', body: bundles[url.pathname] });
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      return route.fulfill({ status: 404, body: '' });
    });
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await tab.goto('http://ssr.test/');
    return { context, tab, problems };
  };
}

/** Runs `fn` with console.warn silenced (the elements warn about the bad input a test gives them). */
export const quiet = (fn) => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
};

/** A page body: the server-rendered card, a note of its nodes before any script of ours, then the hydrating bundle. */
export const hydrationBody = (card) => `${card}
<script>
  const host = document.querySelector('news-card');
  window.before = { nodes: [...host.shadowRoot.querySelectorAll('*')], text: host.shadowRoot.textContent, box: JSON.stringify(host.getBoundingClientRect()) };
</script>
<script type="module" src="/news-card.hydrate.bundle.js"></script>`;

/** In the page, once the card has upgraded: how its shadow root compares with `window.before`. */
export async function hydrationReport() {
  const host = document.querySelector('news-card');
  await host.updateComplete;
  const root = host.shadowRoot;
  const nodes = [...root.querySelectorAll('*')];
  return {
    count: [window.before.nodes.length, nodes.length],
    same: window.before.nodes.every((n, i) => n === nodes[i] && n.isConnected),
    sameText: root.textContent === window.before.text,
    sameBox: JSON.stringify(host.getBoundingClientRect()) === window.before.box,
    articles: root.querySelectorAll('article').length,
    headings: root.querySelectorAll('h2').length,
    state: host.getAttribute('state'),
  };
}

/** Same nodes, same text, same box, nothing duplicated, ready. */
export function assertHydrated(report) {
  assert.equal(report.count[0], report.count[1], `node count ${report.count}`);
  assert.ok(report.same, 'the server-rendered nodes were replaced');
  assert.ok(report.sameText, 'the text changed');
  assert.ok(report.sameBox, 'the card moved or resized');
  assert.equal(report.articles, 1);
  assert.equal(report.headings, 1);
  assert.equal(report.state, 'ready');
}
