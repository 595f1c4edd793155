// A long <news-card-list>: the first cards at once, the rest as light rows made after the first paint,
// each row a card once near the view; aria-posinset/aria-setsize, text for find-in-page, focus kept.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/news-card-list.js';
import type { Article } from '../../src/article/types.js';
import { FIRST_CARDS } from '../../src/elements/news-card-list/list-items.js';
import type { NewsCardList } from '../../src/elements/news-card-list/news-card-list.js';
import type { NewsCardErrorDetail } from '../../src/internal/article-element.js';
import { $$, loadSeed, recordConsole, recordEvents } from './helpers.js';

/** `n` stories: the seed's headline and link numbered, no picture (no network here). */
async function many(n: number): Promise<Article[]> {
  const seed = await loadSeed();
  return Array.from({ length: n }, (_, i) => ({ headline: `${seed.headline} (${i + 1})`, url: `${seed.url}?n=${i + 1}`, datePublished: seed.datePublished }));
}

const items = (list: NewsCardList) => $$(list, '.item');
const allRows = (list: NewsCardList, n: number) => waitUntil(() => items(list).length === n, `${n} rows`, { timeout: 15000 });

/** The element with focus, through shadow roots. */
function focused(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('<news-card-list> with 10,000 articles', () => {
  let console_: ReturnType<typeof recordConsole>;
  beforeEach(() => (console_ = recordConsole()));
  afterEach(() => console_.restore());

  it('renders the first cards at once and the rest as rows: every headline in the DOM, in order, with its place in the whole', async () => {
    const articles = await many(10_000);
    const list = await fixture<NewsCardList>(html`<news-card-list heading="Archive" card-layout="compact" .articles=${articles}></news-card-list>`);
    expect(list.state).to.equal('ready');
    // The first paint: the first cards only.
    expect($$(list, 'news-card').length).to.equal(FIRST_CARDS);
    await allRows(list, 10_000);
    const all = items(list);
    expect(all.map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(articles.map((_, i) => String(i + 1)));
    expect(all.every((li) => li.getAttribute('aria-setsize') === '10000')).to.equal(true);
    // Text for find-in-page: every headline, row or card.
    const text = all.map((li) => li.querySelector('news-card')?.shadowRoot?.querySelector('h3')?.textContent ?? li.textContent);
    expect(text[9_999]).to.equal(articles[9_999].headline);
    // Only what is near the view became a card.
    expect($$(list, 'news-card').length).to.be.lessThan(200);
    // A list by its roles: a <ul> could hold only <li>s, and the rows come in blocks that the browser
    // skips whole while they are off screen (content-visibility), each a few dozen rows.
    expect($$(list, '[part="list"]')[0].getAttribute('role')).to.equal('list');
    expect(all.every((item) => item.getAttribute('role') === 'listitem')).to.equal(true);
    const blocks = $$(list, '.block');
    expect(blocks.length).to.be.within(100, 400);
    expect(blocks.every((block) => block.children.length <= 100 && [...block.children].every((row) => row.matches('.item')))).to.equal(true);
    if ('contentVisibility' in document.body.style) expect(getComputedStyle(blocks[150]).contentVisibility).to.equal('auto');
  });

  it('keeps the page still above the view while rows there become cards', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${await many(2_000)}></news-card-list>`);
    await allRows(list, 2_000);
    const target = items(list)[1_000];
    target.scrollIntoView();
    await waitUntil(() => target.querySelector('news-card'), 'the row became a card');
    // Cards made above the view (within the observer's margin) and blocks rendered there must not move
    // what the reader is looking at, beyond what scroll anchoring restores.
    const top = target.getBoundingClientRect().top;
    await new Promise((r) => setTimeout(r, 500));
    expect(Math.abs(target.getBoundingClientRect().top - top)).to.be.lessThan(2);
  });

  it('is accessible with rows and cards, the rows in blocks near the view and in blocks skipped off screen', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list heading="Archive" card-layout="compact" .articles=${await many(200)}></news-card-list>`);
    await allRows(list, 200);
    await waitUntil(() => $$(list, '.block.near').length > 0, 'the first block rendered');
    expect($$(list, '.block:not(.near)').length).to.be.greaterThan(1);
    await expect(list).to.be.accessible();
  });

  it('makes a row a card when it comes near the view, with its position, and keeps focus on it', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${await many(2_000)}></news-card-list>`);
    await allRows(list, 2_000);
    const row = items(list)[1_500];
    expect(row.querySelector('news-card')).to.equal(null);
    const link = row.querySelector('a')!;
    link.focus({ preventScroll: true });
    expect(focused() === link).to.equal(true);
    row.scrollIntoView();
    await waitUntil(() => row.querySelector('news-card'), 'the row became a card');
    const card = row.querySelector('news-card') as HTMLElement & { position: number; updateComplete: Promise<unknown> };
    await card.updateComplete;
    expect(card.position).to.equal(1_501);
    await waitUntil(() => card.shadowRoot?.contains(focused()), 'focus moved into the card');
    expect(row.isConnected).to.equal(true);
  });

  it('Tab goes from the last row of a block to the first of the next, a block skipped off screen', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${await many(2_000)}></news-card-list>`);
    await allRows(list, 2_000);
    const [, far] = $$(list, '.block').slice(-2);
    const last = far.previousElementSibling!.lastElementChild!;
    const first = far.firstElementChild!;
    // The view stays at the top: the next block is skipped when Tab reaches it.
    last.querySelector('a')!.focus({ preventScroll: true });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(far.classList.contains('near')).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(first.querySelector('a'));
    expect(first.getAttribute('aria-posinset')).to.equal(String(Number(last.getAttribute('aria-posinset')) + 1));
    // The focused row is scrolled into view and comes near: it becomes a card, which takes the focus.
    await waitUntil(() => first.querySelector('news-card'), 'the focused row became a card', { timeout: 5000 });
    await waitUntil(() => first.querySelector('news-card')?.shadowRoot?.contains(focused()), 'focus moved into the card');
  });

  it('drops bad items as it goes: positions close up, the size is corrected, one news-card-error at the end', async () => {
    const articles: unknown[] = await many(100);
    articles.splice(50, 0, { headline: '' }, 'not an article');
    const errors = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${articles}></news-card-list>`);
    await allRows(list, 100);
    await waitUntil(() => errors.events.length > 0, 'the error event');
    errors.stop();
    expect(items(list).map((li) => li.getAttribute('aria-posinset'))).to.deep.equal(Array.from({ length: 100 }, (_, i) => String(i + 1)));
    expect(items(list).every((li) => li.getAttribute('aria-setsize') === '100')).to.equal(true);
    expect(errors.events).to.have.length(1);
    expect(errors.events[0].detail.problems.filter((p) => /Dropped/.test(p.message)).map((p) => p.path)).to.deep.equal(['articles[50]', 'articles[51]']);
  });

  it('new input replaces the rows of the old', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${await many(300)}></news-card-list>`);
    await allRows(list, 300);
    list.articles = (await many(40)).slice(0, 30);
    await allRows(list, 30);
    list.articles = (await many(5));
    await list.updateComplete;
    expect(items(list)).to.have.length(5);
  });
});

describe('<news-card-list> long list settings', () => {
  it('a long grid keeps its rows in the grid itself (no blocks), and they become cards; back to a list, they are blocked again', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list layout="grid" card-layout="compact" .articles=${await many(200)}></news-card-list>`);
    await allRows(list, 200);
    expect($$(list, '.block')).to.have.length(0);
    expect(items(list).every((item) => item.parentElement === $$(list, '[part="list"]')[0])).to.equal(true);
    await waitUntil(() => $$(list, 'news-card').length > FIRST_CARDS, 'rows near the view became cards');
    list.layout = 'list';
    await list.updateComplete;
    await allRows(list, 200);
    expect($$(list, '.block')).to.have.length(4);
    await waitUntil(() => $$(list, 'news-card').length > FIRST_CARDS, 'rows near the view became cards');
  });

  it('card-layout changed on a long list reaches the cards its rows become', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" .articles=${await many(100)}></news-card-list>`);
    await allRows(list, 100);
    list.cardLayout = 'horizontal';
    await list.updateComplete;
    await allRows(list, 100);
    await waitUntil(() => $$(list, 'news-card').length > FIRST_CARDS, 'rows near the view became cards');
    expect($$(list, 'news-card').every((c) => c.getAttribute('layout') === 'horizontal')).to.equal(true);
  });
});
