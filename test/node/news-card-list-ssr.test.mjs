// renderNewsCardList (news-card/ssr), on the built files, and the server-rendered list in Chromium: with
// JavaScript off, and upgraded by dist/news-card-list.bundle.js (the cards enhanced in place).
/* global window, document */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chromiumSite, page, quiet } from './helpers.mjs';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url);
if (!existsSync(dist('ssr/index.js'))) throw new Error('Build first: npm run build');

const { renderNewsCardList } = await import(dist('ssr/index.js'));
const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
const stories = [seed, ...seed.related.map((r) => ({ headline: r.headline, url: r.url, datePublished: r.datePublished }))];
const hostTag = (html) => html.slice(0, html.indexOf('>') + 1);
const cardTags = (html) => [...html.matchAll(/<news-card [^>]*>/g)].map((m) => m[0]);

describe('renderNewsCardList', () => {
  test('writes the list with its shadow root and one server-rendered card per article, as list items', () => {
    const html = renderNewsCardList(stories, { heading: 'Latest', headingLevel: 2, layout: 'grid', cardLayout: 'compact', moreHref: '/news', locale: 'en' });
    assert.match(hostTag(html), /^<news-card-list layout="grid" card-layout="compact" heading="Latest" heading-level="2" more-href="\/news" locale="en" state="ready">$/);
    const shadow = html.slice(html.indexOf('<template'), html.indexOf('</template>'));
    assert.match(shadow, /<section part="section" aria-labelledby="heading"/);
    assert.match(shadow, /<h2 part="heading" class="heading" id="heading" dir="auto">(<!--[^>]*-->)*Latest/);
    assert.match(shadow, /role="list"[^>]*>(<!--[^>]*-->)*<slot><\/slot>/);
    assert.match(shadow, /<a part="more" class="more" href="\/news">/);
    const cards = cardTags(html);
    assert.equal(cards.length, 4);
    cards.forEach((tag, i) => {
      assert.match(tag, /^<news-card role="listitem" /);
      assert.match(tag, new RegExp(`position="${i + 1}"`));
      assert.match(tag, /heading-level="3"/);
      assert.match(tag, /layout="compact"/);
    });
    assert.equal(html.split('shadowrootmode="open"').length - 1, 5);
    assert.ok(html.endsWith('</news-card-list>'));
  });

  test('drops bad items, keeps the limit, escapes the settings, and checks the more link', () => {
    const html = quiet(() => renderNewsCardList([{}, ...stories, 'x'], { heading: '"><script>alert(1)</script>', limit: 2, moreHref: 'javascript:alert(1)' }));
    assert.equal(cardTags(html).length, 2);
    assert.ok(!html.includes('<script>'), 'markup from the heading');
    assert.ok(!/[\s"](more-)?href="javascript:/.test(html), 'a javascript: link');
    assert.ok(!html.includes('part="more"'), 'a more link that the URL policy refuses');
    assert.match(cardTags(html)[0], /position="1"/);
  });

  test('never throws: input with no usable article renders the error state', () => {
    for (const input of [undefined, null, 5, 'x', {}, [], [{}], [null]]) {
      const html = quiet(() => renderNewsCardList(input));
      assert.match(hostTag(html), /state="error"/);
      assert.match(html, /part="error"/);
      assert.equal(cardTags(html).length, 0);
    }
  });
});

describe('a server-rendered list in Chromium', () => {
  const open = chromiumSite({ '/news-card-list.bundle.js': readFileSync(dist('news-card-list.bundle.js')) });

  // The cards without pictures or related stories of their own: every list item in the page is a card.
  const list = () => renderNewsCardList(stories.map((s) => ({ ...s, image: undefined, related: undefined })), { heading: 'Latest', layout: 'rail', locale: 'en' });

  test('with JavaScript off: a labelled section with a list of four cards', async () => {
    const { context, tab } = await open(page(list()), { javaScriptEnabled: false });
    const snapshot = await tab.locator('body').ariaSnapshot();
    assert.match(snapshot, /region "Latest"|heading "Latest" \[level=2\]/);
    assert.match(snapshot, /- list:/);
    assert.equal(snapshot.split('- listitem').length - 1, 4, snapshot);
    for (const s of stories) assert.ok(await tab.locator('news-card article').getByText(s.headline).isVisible(), s.headline);
    await context.close();
  });

  test('the list bundle enhances the server-rendered cards in place: same elements, ready, positions kept', async () => {
    const html = page(`${list()}
<script>window.cardsBefore = [...document.querySelectorAll('news-card')];</script>
<script type="module" src="/news-card-list.bundle.js"></script>`);
    const { context, tab, problems } = await open(html);
    await tab.waitForFunction(() => document.querySelector('news-card-list')?.getAttribute('state') === 'ready' && document.querySelector('news-card-list').hasUpdated);
    const report = await tab.evaluate(async () => {
      const host = document.querySelector('news-card-list');
      await host.updateComplete;
      const cards = [...document.querySelectorAll('news-card')];
      await Promise.all(cards.map((c) => c.updateComplete));
      return {
        same: cards.length === window.cardsBefore.length && cards.every((c, i) => c === window.cardsBefore[i]),
        positions: cards.map((c) => c.position),
        articles: cards.map((c) => c.shadowRoot.querySelectorAll('article').length),
        headings: host.shadowRoot.querySelectorAll('h2').length,
        buttons: host.shadowRoot.querySelectorAll('button').length,
      };
    });
    assert.deepEqual(report, { same: true, positions: [1, 2, 3, 4], articles: [1, 1, 1, 1], headings: 1, buttons: 2 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('news-card/react', () => {
  test('NewsCardList wraps <news-card-list>', async () => {
    const { createElement } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { NewsCardList } = await import(dist('react/index.js'));
    assert.equal(NewsCardList.displayName, 'NewsCardList');
    assert.equal(renderToString(createElement(NewsCardList, { heading: 'Latest', articles: stories })), '<news-card-list></news-card-list>');
  });
});
