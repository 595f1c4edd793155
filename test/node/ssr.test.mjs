// Server rendering (news-card/ssr), on the built files: `npm run build`, then `npm run test:node`.
// Node cannot import the TypeScript sources (decorators), so these tests run against dist/.
/* global window, document, customElements */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assertHydrated, chromiumSite, hydrationBody, hydrationReport, page, quiet } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = (path) => new URL(`../../dist/${path}`, import.meta.url);
if (!existsSync(dist('ssr/index.js'))) throw new Error('Build first: npm run build');

const { renderNewsCard, renderNewsCardStream } = await import(dist('ssr/index.js'));
const { normalizeArticle } = await import(dist('index.js'));
const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));

/** The value of `name` on the host element (the first tag of the output), unescaped. */
function hostAttribute(html, name) {
  const tag = html.slice(0, html.indexOf('>') + 1);
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  if (!match) return undefined;
  return match[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const shadow = (html) => html.slice(html.indexOf('<template'), html.lastIndexOf('</template>'));

describe('renderNewsCard', () => {
  test('writes <news-card> with a declarative shadow root holding the whole seed card', () => {
    const html = renderNewsCard(seed);
    assert.equal(typeof html, 'string');
    assert.match(html, /^<news-card [^>]*state="ready"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(html.endsWith(`</template><a href="${seed.url}">${seed.headline}</a></news-card>`), 'no light-DOM fallback after the shadow root');
    const inside = shadow(html);
    for (const text of [seed.headline, seed.description, 'News Desk', seed.publisher.name, seed.image.creditText, ...seed.related.map((r) => r.headline)]) {
      assert.ok(inside.includes(text), `the shadow root lacks "${text}"`);
    }
    assert.ok(inside.includes(seed.image.caption), 'the caption is missing');
    assert.match(inside, /<time [^>]*datetime="2021-12-27"/);
    assert.equal((inside.match(/<article[\s>]/g) ?? []).length, 1);
  });

  test('passes the normalized article to the browser as the article attribute', () => {
    const html = renderNewsCard(seed);
    assert.deepEqual(JSON.parse(hostAttribute(html, 'article')), normalizeArticle(seed).article);
  });

  test('accepts what normalizeArticle accepts: a JSON string and schema.org JSON-LD', () => {
    const fromString = renderNewsCard(JSON.stringify(seed));
    assert.ok(shadow(fromString).includes(seed.headline));
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: seed.headline,
      description: seed.description,
      author: { '@type': 'Organization', name: 'News Desk' },
      datePublished: seed.datePublished,
    };
    const fromJsonLd = renderNewsCard(jsonLd);
    assert.match(fromJsonLd, /state="ready"/);
    assert.ok(shadow(fromJsonLd).includes(seed.description));
  });

  test('mirrors the options as attributes, so the browser upgrades with the same settings', () => {
    const html = renderNewsCard(seed, { headingLevel: 3, layout: 'horizontal', theme: 'dark', locale: 'en-GB', timeStyle: 'relative', position: 4, aspect: '4/3', id: 'lead' });
    const expected = { 'heading-level': '3', layout: 'horizontal', theme: 'dark', locale: 'en-GB', 'time-style': 'relative', position: '4', aspect: '4/3', id: 'lead' };
    for (const [name, value] of Object.entries(expected)) assert.equal(hostAttribute(html, name), value, name);
    assert.match(shadow(html), /<h3[\s>]/);
    assert.doesNotMatch(html.slice(0, html.indexOf('>')), /\s{2,}/, 'blank runs in the opening tag');
  });

  test('leaves out the attributes of options that are not given', () => {
    const html = renderNewsCard(seed);
    for (const name of ['heading-level', 'layout', 'theme', 'locale', 'time-style', 'position', 'aspect', 'id']) {
      assert.equal(hostAttribute(html, name), undefined, name);
    }
  });

  test('writes absolute dates even when relative ones are asked for', () => {
    const html = renderNewsCard(seed, { timeStyle: 'relative', locale: 'en-GB' });
    assert.match(shadow(html), /<time [^>]*datetime="2021-12-27"[^>]*>(<!--[^>]*-->)*27 December 2021/);
    assert.doesNotMatch(shadow(html), /\bago\b|yesterday/i);
  });

  test('renders data as text, never as markup', () => {
    const html = renderNewsCard({ ...seed, headline: '<img src=x onerror=alert(1)> & <script>alert(2)</script>' });
    assert.ok(!html.includes('<script>'), 'a <script> tag came through');
    assert.ok(!html.includes('<img src=x'), 'an <img> tag came through');
    assert.ok(shadow(html).includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
  });

  test('writes the headline as light-DOM fallback: linked through the URL policy, as text', () => {
    const hostile = renderNewsCard({ headline: '<img src=x onerror=alert(1)> & co', url: 'javascript:alert(1)' });
    assert.ok(hostile.endsWith('</template><p>&lt;img src=x onerror=alert(1)&gt; &amp; co</p></news-card>'), hostile.slice(-120));
    const broken = quiet(() => renderNewsCard({ title: 'no headline' }));
    assert.ok(broken.endsWith('</template></news-card>'), 'an error card has no fallback to show');
  });

  test('never throws: unusable input renders the error state', () => {
    const hostile = {
      get headline() {
        throw new Error('boom');
      },
    };
    const cyclic = { headline: 'Cycle' };
    cyclic.self = cyclic;
    for (const input of ['{ not json', '', null, undefined, 42, [], { description: 'no headline' }, hostile]) {
      const html = quiet(() => renderNewsCard(input));
      assert.match(html, /^<news-card [^>]*state="error"/, `input ${String(input)}`);
      assert.match(shadow(html), /part="error"/);
    }
    const html = quiet(() => renderNewsCard(cyclic));
    assert.match(html, /^<news-card [^>]*state="(ready|error)"/);
  });

  test('a broken card hands the browser the same input, so both agree on the error', () => {
    const html = quiet(() => renderNewsCard('{ not json'));
    assert.equal(hostAttribute(html, 'article'), '{ not json');
  });
});

describe('renderNewsCardStream', () => {
  test('streams the same HTML as renderNewsCard, as a Node Readable', async () => {
    const stream = renderNewsCardStream(seed, { headingLevel: 3 });
    assert.equal(typeof stream.pipe, 'function');
    let html = '';
    for await (const chunk of stream) html += chunk;
    assert.equal(html, renderNewsCard(seed, { headingLevel: 3 }));
  });

  test('streams the error state for unusable input', async () => {
    let html = '';
    await quiet(async () => {
      for await (const chunk of renderNewsCardStream('nope')) html += chunk;
    });
    assert.match(html, /state="error"/);
  });
});

describe('importing the package in Node', () => {
  test('imports with no DOM, and no module of ours reads window or document at import time', () => {
    // Lit itself feature-detects `document`; only reads whose caller is a file under dist/ count.
    const entries = ['index.js', 'define.js', 'news-card.js', 'news-headline.js', 'news-byline.js', 'news-photo.js', 'news-related.js', 'react/index.js', 'ssr/index.js'];
    const script = `
      const seen = [];
      for (const name of ['window', 'document']) {
        Object.defineProperty(globalThis, name, { configurable: true, get() {
          const caller = new Error().stack.split('\\n')[2] ?? '';
          if (caller.includes('/dist/')) seen.push(name + ' from ' + caller.trim());
          return undefined;
        } });
      }
      for (const entry of ${JSON.stringify(entries)}) await import(new URL('./dist/' + entry, 'file://${root}/'));
      if (seen.length) { console.error('touched: ' + seen.join('; ')); process.exit(1); }
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});

describe('in Chromium', () => {
  const open = chromiumSite({
    '/news-card.bundle.js': readFileSync(dist('news-card.bundle.js')),
    '/news-card.hydrate.bundle.js': readFileSync(dist('news-card.hydrate.bundle.js')),
  });

  test('with JavaScript disabled the whole card is visible', async () => {
    const { context, tab } = await open(page(renderNewsCard(seed, { locale: 'en-GB' })), { javaScriptEnabled: false });
    const card = tab.locator('news-card article');
    for (const text of [seed.headline, seed.description, 'By News Desk', seed.publisher.name, seed.image.caption, seed.image.creditText, '27 December 2021', ...seed.related.map((r) => r.headline)]) {
      assert.ok(await card.getByText(text, { exact: false }).first().isVisible(), `not visible: "${text}"`);
    }
    assert.equal(await card.locator('h2').count(), 1);
    assert.equal(await card.locator('figure figcaption').count(), 1);
    assert.equal(await card.locator('ul li a').count(), seed.related.length);
    await context.close();
  });

  test('without Declarative Shadow DOM or JavaScript the headline shows as a link; with them, only once', async () => {
    // An engine without Declarative Shadow DOM leaves the template inert: the same as renaming its attributes.
    const rendered = renderNewsCard(seed);
    const old = rendered.replace(/ shadowroot(mode)?="open"/g, ' data-old$1="open"');
    let { context, tab } = await open(page(old), { javaScriptEnabled: false });
    const link = tab.locator('news-card > a');
    assert.ok(await link.isVisible(), 'the fallback is not visible');
    assert.equal(await link.innerText(), seed.headline);
    assert.equal(await link.getAttribute('href'), seed.url);
    assert.ok((await tab.locator('news-card').boundingBox()).height > 0, 'the card is a blank box');
    await context.close();
    ({ context, tab } = await open(page(rendered), { javaScriptEnabled: false }));
    assert.equal(await tab.locator('news-card > a').isVisible(), false, 'the fallback shows beside the card');
    const snapshot = await tab.locator('body').ariaSnapshot();
    assert.equal(snapshot.split(`link "${seed.headline}"`).length - 1, 1, `the headline link is in the accessibility tree more than once:\n${snapshot}`);
    await context.close();
  });

  test('the hydrating bundle hydrates the card: same nodes, same text, no layout shift, nothing duplicated', async () => {
    const { context, tab, problems } = await open(page(hydrationBody(renderNewsCard(seed, { locale: 'en-GB' }))));
    await tab.waitForFunction(() => customElements.get('news-card') !== undefined && document.querySelector('news-card').hasUpdated === true);
    const report = await tab.evaluate(hydrationReport);
    assert.deepEqual(problems, []);
    assertHydrated(report);
    await context.close();
  });

  test('after hydration the card still updates: a new article renders', async () => {
    const { context, tab, problems } = await open(page(`${renderNewsCard(seed)}<script type="module" src="/news-card.hydrate.bundle.js"></script>`));
    await tab.waitForFunction(() => document.querySelector('news-card')?.hasUpdated === true);
    const headline = await tab.evaluate(async () => {
      const host = document.querySelector('news-card');
      host.article = { headline: 'A second headline' };
      await host.updateComplete;
      return host.shadowRoot.querySelector('h2').textContent.trim();
    });
    assert.equal(headline, 'A second headline');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the default bundle, which has no hydration support, renders a server-rendered card again, once', async () => {
    const html = page(`${renderNewsCard(seed, { locale: 'en-GB' })}
<script>window.before = document.querySelector('news-card').shadowRoot.querySelector('article').textContent;</script>
<script type="module" src="/news-card.bundle.js"></script>`);
    const { context, tab, problems } = await open(html);
    await tab.waitForFunction(() => document.querySelector('news-card')?.hasUpdated === true);
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
      };
    });
    assert.deepEqual(problems, []);
    assert.equal(report.articles, 1);
    assert.equal(report.headings, 1);
    assert.ok(report.sameText, 'the re-rendered card reads differently from the server-rendered one');
    assert.equal(report.state, 'ready');
    await context.close();
  });
});
