// Server-rendered cards in Firefox and WebKit (ssr.test.mjs covers Chromium with Playwright's own tools):
// the whole card with JavaScript off, and hydration by each bundle. Runs on the built files, in the
// engines NEWS_CARD_ENGINES names (default: all), driven by scripts/engines/pages.mjs.
//
// Scripting off: Firefox's BiDi and WebKit's WebDriver cannot turn JavaScript off, so the server's HTML is
// loaded into an <iframe sandbox="allow-same-origin"> (no allow-scripts: no script runs in it, while the
// test page can still read it). Errors are recorded by the page itself, since WebKit's driver cannot
// listen to the console.
/* global window, document, customElements, getComputedStyle */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { selectedEngines } from '../../scripts/engines/engines.mjs';
import { launchEngine } from '../../scripts/engines/pages.mjs';
import { assertHydrated, hydrationBody, hydrationReport, quiet } from './helpers.mjs';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url);
if (!existsSync(dist('ssr/index.js'))) throw new Error('Build first: npm run build');

const { renderNewsCard } = await import(dist('ssr/index.js'));
const fixture = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
// The photo from this server, so that no engine reaches for the network.
const seed = { ...fixture, image: { ...fixture.image, url: '/photo.png' } };

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const files = {
  '/news-card.bundle.js': ['text/javascript', readFileSync(dist('news-card.bundle.js'))],
  '/news-card.hydrate.bundle.js': ['text/javascript', readFileSync(dist('news-card.hydrate.bundle.js'))],
  '/photo.png': ['image/png', png],
};
/** Records uncaught errors and console.error calls, first thing in every page. */
const RECORDER = `<script>window.__problems = [];
addEventListener('error', (e) => window.__problems.push('error: ' + e.message));
addEventListener('unhandledrejection', (e) => window.__problems.push('rejection: ' + e.reason));
const consoleError = console.error.bind(console);
console.error = (...args) => { window.__problems.push(args.map(String).join(' ')); consoleError(...args); };</script>`;
const page = (body, head = RECORDER) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ssr</title>${head}</head><body>${body}</body></html>`;

const engines = selectedEngines().filter((engine) => engine !== 'chromium');

for (const engine of engines) {
  describe(`in ${engine}`, () => {
    let browser;
    let server;
    let origin;
    const pages = new Map();
    let next = 0;
    /** Serves `html` at a fresh path and returns its URL. */
    const serve = (html) => {
      const path = `/page/${next++}`;
      pages.set(path, html);
      return `${origin}${path}`;
    };

    before(async () => {
      server = createServer((req, res) => {
        const path = new URL(req.url, 'http://x').pathname;
        const [type, body] = pages.has(path) ? ['text/html; charset=utf-8', pages.get(path)] : (files[path] ?? []);
        res.writeHead(body ? 200 : 404, { 'content-type': type ?? 'text/plain', 'cache-control': 'no-store' });
        res.end(body ?? '');
      });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${server.address().port}`;
      browser = await launchEngine(engine);
    });
    after(async () => {
      await browser?.close();
      server?.closeAllConnections?.();
      await new Promise((resolve) => server?.close(resolve) ?? resolve());
    });

    /** Polls `fn` in the page until it returns true (10 s at most). */
    async function waitFor(tab, fn, what) {
      const deadline = Date.now() + 10_000;
      while (!(await tab.evaluate(fn))) {
        if (Date.now() > deadline) throw new Error(`${engine}: timed out waiting for ${what}`);
        await tab.waitForTimeout(50);
      }
    }

    test('with JavaScript disabled the whole card is visible', async () => {
      // The frame also loads the bundle: had scripting been on, the card would have upgraded.
      const frame = serve(page(`${renderNewsCard(seed, { locale: 'en-GB' })}<script type="module" src="/news-card.hydrate.bundle.js"></script>`, ''));
      const tab = await browser.newPage();
      await tab.goto(serve(page(`<iframe sandbox="allow-same-origin" src="${frame}" style="inline-size: 900px; block-size: 1400px; border: 0"></iframe>`)));
      await waitFor(tab, () => document.querySelector('iframe').contentDocument?.readyState === 'complete', 'the frame');
      const control = 'A text that is not in the card';
      const texts = [control, seed.headline, seed.description, 'By News Desk', seed.publisher.name, seed.image.caption, seed.image.creditText, '27 December 2021', ...seed.related.map((r) => r.headline)];
      const report = await tab.evaluate((texts) => {
        const doc = document.querySelector('iframe').contentDocument;
        const host = doc.querySelector('news-card');
        const root = host?.shadowRoot;
        const norm = (t) => t.replace(/\s+/g, ' ').trim();
        /** The deepest element whose text contains `text`, if it has a box and is not hidden. */
        const visible = (text) => {
          const holders = [...root.querySelectorAll('*')].filter((el) => norm(el.textContent).includes(text));
          const el = holders[holders.length - 1];
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        return {
          defined: doc.defaultView.customElements.get('news-card') !== undefined,
          shadow: Boolean(root),
          hidden: root ? texts.filter((t) => !visible(t)) : texts,
          h2: root?.querySelectorAll('h2').length,
          figcaption: root?.querySelectorAll('figure figcaption').length,
          related: root?.querySelectorAll('ul li a').length,
          hostHeight: host?.getBoundingClientRect().height,
        };
      }, texts);
      assert.equal(report.defined, false, 'a script ran in the frame: scripting was not off');
      assert.ok(report.shadow, 'no declarative shadow root');
      assert.deepEqual(report.hidden, [control], 'texts not visible (the control must be the only one)');
      assert.equal(report.h2, 1);
      assert.equal(report.figcaption, 1);
      assert.equal(report.related, seed.related.length);
      assert.ok(report.hostHeight > 200, `the card is ${report.hostHeight}px tall`);
      await tab.close();
    });

    test('the hydrating bundle hydrates the card: same nodes, same text, no layout shift, nothing duplicated', async () => {
      const tab = await browser.newPage();
      await tab.goto(serve(page(hydrationBody(renderNewsCard(seed, { locale: 'en-GB' })))));
      await waitFor(tab, () => customElements.get('news-card') !== undefined && document.querySelector('news-card').hasUpdated === true, 'hydration');
      const report = await tab.evaluate(hydrationReport);
      assert.deepEqual(await tab.evaluate(() => window.__problems), []);
      assertHydrated(report);
      await tab.close();
    });

    test('after hydration the card still updates: a new article renders', async () => {
      const tab = await browser.newPage();
      await tab.goto(serve(page(`${renderNewsCard(seed)}<script type="module" src="/news-card.hydrate.bundle.js"></script>`)));
      await waitFor(tab, () => document.querySelector('news-card')?.hasUpdated === true, 'hydration');
      const report = await tab.evaluate(async () => {
        const host = document.querySelector('news-card');
        host.article = { headline: 'A second headline' };
        await host.updateComplete;
        return { headline: host.shadowRoot.querySelector('h2').textContent.trim(), problems: window.__problems };
      });
      assert.equal(report.headline, 'A second headline');
      assert.deepEqual(report.problems, []);
      await tab.close();
    });

    test('the default bundle, which has no hydration support, renders a server-rendered card again, once', async () => {
      const tab = await browser.newPage();
      await tab.goto(
        serve(
          page(`${renderNewsCard(seed, { locale: 'en-GB' })}
<script>window.before = document.querySelector('news-card').shadowRoot.querySelector('article').textContent;</script>
<script type="module" src="/news-card.bundle.js"></script>`),
        ),
      );
      await waitFor(tab, () => document.querySelector('news-card')?.hasUpdated === true, 'the upgrade');
      const report = await tab.evaluate(async () => {
        const host = document.querySelector('news-card');
        await host.updateComplete;
        const root = host.shadowRoot;
        const norm = (t) => t.replace(/\s+/g, ' ').trim();
        return {
          articles: root.querySelectorAll('article').length,
          headings: root.querySelectorAll('h2').length,
          sameText: norm(root.querySelector('article').textContent) === norm(window.before),
          state: host.getAttribute('state'),
          problems: window.__problems,
        };
      });
      assert.deepEqual(report.problems, []);
      assert.equal(report.articles, 1);
      assert.equal(report.headings, 1);
      assert.ok(report.sameText, 'the re-rendered card reads differently from the server-rendered one');
      assert.equal(report.state, 'ready');
      await tab.close();
    });

    test('a broken card renders its error state the same way on the server and after the upgrade', async () => {
      const html = quiet(() => renderNewsCard('{"headline": ', { locale: 'en' }));
      const tab = await browser.newPage();
      await tab.goto(serve(page(`${html}<script type="module" src="/news-card.hydrate.bundle.js"></script>`)));
      await waitFor(tab, () => document.querySelector('news-card')?.hasUpdated === true, 'the upgrade');
      const report = await tab.evaluate(() => {
        const host = document.querySelector('news-card');
        return { state: host.getAttribute('state'), fallback: Boolean(host.shadowRoot.querySelector('[part~="error"]')) };
      });
      assert.deepEqual(report, { state: 'error', fallback: true });
      await tab.close();
    });
  });
}
