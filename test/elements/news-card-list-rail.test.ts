// The rail and the other layouts in a real browser: geometry, scroll-snap, the buttons at the ends, arrow
// keys and Tab with real key presses, right-to-left mirroring, and no shift as images arrive.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/news-card-list.js';
import type { Article } from '../../src/article/types.js';
import type { NewsCardList } from '../../src/elements/news-card-list/news-card-list.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import { $, $$, imagesReady, loadSeed, withTestImage } from './helpers.js';
import { itWhere, type Missing } from '../engine.js';

/** Checked in a WebKit run: its driver sends a Tab pressed with Shift as the key "Unidentified". */
const SHIFT_TAB: Missing = { WebKit: 'WebKitWebDriver sends Tab pressed with Shift held as key "Unidentified", not "Tab"' };

let stories: Article[];
before(async () => {
  const seed = await loadSeed();
  // Seven cards: the seed and its related stories, twice (no images: no network here).
  const related = seed.related!.map((s) => ({ headline: s.headline, url: s.url, datePublished: s.datePublished }));
  stories = [{ ...seed, image: undefined }, ...related, ...related.map((s) => ({ ...s, url: `${s.url}?again` }))];
});

/** The element that has focus, looked up through shadow roots. */
function focused(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The card holding the focused element. */
const focusedCard = (list: NewsCardList) => $$(list, 'news-card').find((c) => c.shadowRoot?.contains(focused())) as NewsCard | undefined;

async function rail(width = 600, dir?: string) {
  const list = await fixture<NewsCardList>(html`
    <div style=${`width: ${width}px`} dir=${dir ?? 'ltr'} lang=${dir === 'rtl' ? 'ar' : 'en'}>
      <button id="before">Before</button>
      <news-card-list layout="rail" card-layout="compact" heading="Latest" more-href="#more" .articles=${stories}></news-card-list>
      <button id="after">After</button>
    </div>
  `).then((wrapper) => wrapper.querySelector('news-card-list') as NewsCardList);
  await list.updateComplete;
  await Promise.all($$(list, 'news-card').map((c) => (c as NewsCard).updateComplete));
  await list.updateComplete;
  // The rail's code loads with the first rail: then "next" is enabled (the row is longer than the view).
  await waitUntil(() => !($(list, '[part="next"]') as HTMLButtonElement).disabled, 'the rail is live');
  return list;
}

describe('<news-card-list layout="rail">', () => {
  it('is one scrolling row of cards that snaps, inside a labelled section, and is accessible', async () => {
    const list = await rail();
    const items = $$(list, 'li');
    const tops = new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    const row = $(list, 'ul')!;
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    expect(getComputedStyle(row).scrollSnapType).to.match(/^x mandatory/);
    expect(getComputedStyle(items[0]).scrollSnapAlign).to.match(/start/);
    await expect(list).to.be.accessible();
  });

  it('disables "previous" at the start and "next" at the end', async () => {
    const list = await rail();
    const [previous, next] = $$(list, 'button') as HTMLButtonElement[];
    expect(previous.getAttribute('aria-label')).to.equal('Previous stories');
    expect([previous.disabled, next.disabled]).to.deep.equal([true, false]);
    const row = $(list, 'ul')!;
    row.style.scrollBehavior = 'auto';
    next.click();
    await waitUntil(() => !previous.disabled, 'previous enabled after scrolling on');
    row.scrollLeft = row.scrollWidth;
    await waitUntil(() => next.disabled, 'next disabled at the end');
    expect(previous.disabled).to.equal(false);
    await expect(list).to.be.accessible();
  });

  it('a focused button that reaches its end hands the focus to the other one, never to the page', async () => {
    const list = await rail();
    const [previous, next] = $$(list, 'button') as HTMLButtonElement[];
    const row = $(list, 'ul')!;
    row.style.scrollBehavior = 'auto';
    next.focus();
    expect(focused()).to.equal(next);
    row.scrollLeft = row.scrollWidth;
    await waitUntil(() => next.disabled, 'next disabled at the end');
    expect(focused()).to.equal(previous);
    row.scrollLeft = 0;
    await waitUntil(() => previous.disabled, 'previous disabled at the start');
    expect(focused()).to.equal(next);
  });

  it('arrow keys move between cards, Home and End go to the ends, and Tab leaves the rail', async () => {
    const list = await rail();
    list.parentElement!.querySelector<HTMLElement>('#before')!.focus();
    // Tab: the "next" button ("previous" is disabled at the start), then the first card.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('next');
    await sendKeys({ press: 'Tab' });
    expect(focusedCard(list)?.position).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedCard(list)?.position).to.equal(2);
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedCard(list)?.position).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(focusedCard(list)?.position).to.equal(stories.length);
    await sendKeys({ press: 'Home' });
    expect(focusedCard(list)?.position).to.equal(1);
    // Tab leaves the rail for what follows it (the "More" link), not the next card.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('more');
  });

  itWhere(SHIFT_TAB, 'Shift+Tab from a card leaves the rail for the buttons before the row', async () => {
    const list = await rail();
    (list.parentElement!.querySelector('#after') as HTMLElement).focus();
    const shiftTab = async () => {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    };
    await shiftTab();
    expect(focused()?.getAttribute('part')).to.equal('more');
    await shiftTab();
    expect(focusedCard(list)?.position).to.be.a('number');
    await shiftTab();
    // The rail's buttons come before the row: "next", or "previous" while the row is still scrolling back.
    expect(['next', 'previous']).to.include(focused()?.getAttribute('part'));
  });

  it('is mirrored in right-to-left text: the row starts at the right and ArrowLeft goes on', async () => {
    const list = await rail(600, 'rtl');
    const items = $$(list, 'li');
    expect(items[1].getBoundingClientRect().left).to.be.lessThan(items[0].getBoundingClientRect().left);
    const [previous, next] = $$(list, 'button') as HTMLButtonElement[];
    // The labels follow the language: Arabic here.
    expect([previous.getAttribute('aria-label'), next.getAttribute('aria-label'), $(list, '[part="more"]')?.textContent]).to.deep.equal([
      'الأخبار السابقة',
      'الأخبار التالية',
      'المزيد',
    ]);
    // Scroll snapping may settle the row's start a moment after the first paint.
    await waitUntil(() => previous.disabled, '"previous" disabled at the start', { timeout: 3000 });
    expect(next.disabled).to.equal(false);
    (($(items[0].querySelector('news-card')!, 'a.headline-link')) as HTMLElement).focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedCard(list)?.position).to.equal(2);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedCard(list)?.position).to.equal(1);
    const row = $(list, 'ul')!;
    row.style.scrollBehavior = 'auto';
    next.click();
    await waitUntil(() => !previous.disabled, 'previous enabled after scrolling on');
    expect(row.scrollLeft).to.be.lessThan(0);
  });

  it('does not shift as images arrive: the photo boxes are reserved', async () => {
    const seed = withTestImage(await loadSeed());
    const list = await fixture<NewsCardList>(html`<div style="width: 600px"><news-card-list layout="rail" .articles=${[seed, seed, seed]}></news-card-list></div>`).then(
      (w) => w.querySelector('news-card-list') as NewsCardList,
    );
    await list.updateComplete;
    const cards = $$(list, 'news-card') as NewsCard[];
    await Promise.all(cards.map((c) => c.updateComplete));
    const before = list.getBoundingClientRect().height;
    await Promise.all(cards.map((c) => imagesReady(c)));
    expect(list.getBoundingClientRect().height).to.equal(before);
  });
});

describe('<news-card-list> grid and list geometry', () => {
  it('grid: columns from the list’s own width; list: one column', async () => {
    const wrap = await fixture<HTMLElement>(html`
      <div style="width: 900px">
        <news-card-list layout="grid" card-layout="compact" .articles=${stories}></news-card-list>
        <news-card-list card-layout="compact" .articles=${stories}></news-card-list>
      </div>
    `);
    const [grid, list] = [...wrap.querySelectorAll('news-card-list')] as NewsCardList[];
    await Promise.all([grid.updateComplete, list.updateComplete]);
    const columns = (l: NewsCardList) => new Set($$(l, 'li').map((li) => Math.round(li.getBoundingClientRect().left))).size;
    // 900px at a 16rem (256px) minimum and 1rem gaps: three columns.
    expect(columns(grid)).to.equal(3);
    expect(columns(list)).to.equal(1);
    wrap.style.width = '400px';
    await waitUntil(() => columns(grid) === 1, 'one column when narrow');
    await expect(grid).to.be.accessible();
  });
});
