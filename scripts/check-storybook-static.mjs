#!/usr/bin/env node
// Checks the static Storybook catalog the way a host serves it: from a sub-path, as plain files.
//
//   node scripts/check-storybook-static.mjs [dir=storybook-static] [--base=/some/sub/path/]
//
// Serves `dir` under `base` (and nothing at the root, so an absolute asset URL fails), opens the
// catalog's manager page and then every story's and docs page's iframe in headless system Chromium, and fails when
// a story shows Storybook's error display, leaves a news-* element undefined, logs a console error,
// throws, or when any script or stylesheet fails to load. It also needs at least one <news-card>
// that reached state="ready": a build that dropped the element definitions would otherwise pass.
//
// Console warnings from our elements (they start with `<news-…`) fail every story that is not tagged
// `warns` (`tags: ['warns']`: the stories that show bad input on purpose), and a story tagged `warns`
// fails when it does not warn. A docs page may warn when a story of its component is tagged `warns`.
// A story that requests anything from another host fails too (the catalog works offline: the seed photo
// is its own file), and so does a manager page with Storybook's onboarding checklist switched on.
/* global document, customElements -- used inside page.evaluate, which runs in the browser */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from './find-chrome.mjs';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => !a.startsWith('--')) ?? 'storybook-static');
const base = (args.find((a) => a.startsWith('--base='))?.slice('--base='.length) ?? '/catalog/sub/path/')
  .replace(/^\/?/, '/')
  .replace(/\/?$/, '/');

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`No Storybook build in ${dir}. Run \`npm run build-storybook\` first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (!path.startsWith(base)) {
    res.writeHead(404).end('outside the sub-path');
    return;
  }
  let file = normalize(join(dir, path.slice(base.length)));
  if (!file.startsWith(dir)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
// By name, as a host would serve it: the URL policy refuses IP-address hosts in article data, and the
// catalog's seed photo is a URL on the catalog's own host.
const origin = `http://localhost:${server.address().port}`;
const root = `${origin}${base}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
const failures = [];
let readyCards = 0;
// Story id → requests it made to other hosts.
const offsite = new Map();
// Titles (components) with a story that warns on purpose: their docs pages render that story too.
const warningTitles = new Set(stories.filter((s) => s.tags?.includes('warns')).map((s) => s.title));

const browser = await chromium.launch({
  executablePath: findChrome(),
  args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
  headless: true,
});

try {
  const context = await browser.newContext();
  // Nothing leaves the machine: the catalog must not depend on the network.
  // Every request that would leave is refused and reported against the story whose frame made it (it may
  // arrive after the check has moved on): the seed photo, say, is the catalog's own file.
  await context.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (route) => {
    let from = 'the manager page';
    try {
      from = new URL(route.request().frame().url()).searchParams.get('id') ?? from;
    } catch {
      // A request with no frame (a worker): the manager page stands for it.
    }
    offsite.set(from, new Set([...(offsite.get(from) ?? []), route.request().url()]));
    return route.abort();
  });
  const page = await context.newPage();
  let problems = [];
  let warnings = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'warning' && message.text().startsWith('<news-')) warnings.push(message.text().split('\n')[0]);
    if (message.type() !== 'error') return;
    // A resource the story means to miss (the broken-image story) is logged by the browser, not by code.
    if (/^Failed to load resource/.test(message.text())) return;
    problems.push(`console.error: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && /\.(m?js|css)(\?|$)/.test(url)) {
      problems.push(`HTTP ${response.status()} for ${url}`);
    }
  });

  // The manager page: the sidebar lists the stories and the preview iframe renders the first one.
  try {
    await page.goto(`${root}index.html?path=/story/${stories[0].id}`);
    await page.waitForSelector(`[data-item-id="${stories[0].id}"]`, { timeout: 30_000 });
    await page
      .frameLocator('#storybook-preview-iframe')
      .locator('body.sb-show-main, body.sb-show-errordisplay')
      .first()
      .waitFor({ timeout: 30_000 });
    // The onboarding checklist would cover the sidebar: it is turned off (.storybook/main.ts).
    const features = await page.evaluate(() => globalThis.FEATURES ?? {});
    for (const name of ['sidebarOnboardingChecklist', 'menuOnboardingChecklist']) {
      if (features[name] !== false) problems.push(`the ${name} feature is not off`);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message.split('\n')[0]}`);
  }
  if (problems.length) failures.push(`manager page (index.html): ${problems.join('; ')}`);

  let timeouts = 0;
  for (const story of [...stories, ...docs]) {
    problems = [];
    warnings = [];
    await page.goto(`${root}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${story.type === 'docs' ? 'docs' : 'story'}`);
    try {
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay', { timeout: 30_000 });
    } catch {
      problems.push('the story never finished rendering');
      // A catalog whose preview cannot load fails every story the same way: stop after a few.
      if (++timeouts >= 3) {
        failures.push(`${story.id}: ${problems.join('; ')}`, 'stopped after 3 stories that never rendered');
        break;
      }
    }
    const result = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-root:not(:empty)') ?? document.querySelector('#storybook-docs');
      const elements = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.localName.startsWith('news-'));
      await Promise.all(elements.map((el) => el.updateComplete).filter(Boolean));
      return {
        errorDisplay: document.body.classList.contains('sb-show-errordisplay')
          ? (document.querySelector('#error-message')?.textContent ?? 'error display shown')
          : '',
        undefinedTags: [...new Set(elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName))],
        unrendered: elements.filter((el) => !el.shadowRoot).map((el) => el.localName),
        readyCards: elements.filter((el) => el.localName === 'news-card' && el.getAttribute('state') === 'ready').length,
      };
    });
    if (result.errorDisplay) problems.push(`Storybook error: ${result.errorDisplay.trim()}`);
    if (result.undefinedTags.length) problems.push(`undefined elements: ${result.undefinedTags.join(', ')}`);
    if (result.unrendered.length) problems.push(`elements with no shadow root: ${result.unrendered.join(', ')}`);
    const mayWarn = story.type === 'docs' ? warningTitles.has(story.title) : story.tags?.includes('warns');
    // A failed fetch warns when it settles, after the render: give it a few seconds.
    for (let waited = 0; story.type === 'story' && mayWarn && !warnings.length && waited < 5000; waited += 100) await page.waitForTimeout(100);
    if (warnings.length && !mayWarn) problems.push(`console.warn from the elements (tag the story 'warns' if it shows bad input on purpose): ${warnings.join(' | ')}`);
    if (story.type === 'story' && mayWarn && !warnings.length) problems.push(`tagged 'warns' but no element warned`);
    readyCards += result.readyCards;
    if (problems.length) failures.push(`${story.id}: ${problems.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}

for (const [from, urls] of offsite) failures.push(`${from}: requests that would leave the machine: ${[...urls].join(', ')}`);
if (readyCards === 0) failures.push('no <news-card> reached state="ready" in any story');

if (failures.length) {
  console.error(`Static catalog check failed (${failures.length}) at ${root}:`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(
  `Static catalog OK: ${stories.length} stories and ${docs.length} docs pages rendered from ${root} (${readyCards} ready cards).`,
);
