// <news-card-list>: input order, semantics, states and events, bad items, children enhanced in place.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-card-list.js';
import type { Article } from '../../src/article/types.js';
import type { NewsCardList, NewsCardListLoadDetail } from '../../src/elements/news-card-list/news-card-list.js';
import type { NewsCard, NewsCardClickDetail } from '../../src/elements/news-card/news-card.js';
import type { NewsCardErrorDetail } from '../../src/internal/article-element.js';
import { $, $$, loadSeed, recordConsole, recordEvents } from './helpers.js';

let seed: Article;
let stories: Article[];
before(async () => {
  seed = await loadSeed();
  // The seed and its related stories, each as an article of its own (no image: no network in these tests).
  stories = [{ ...seed, image: undefined }, ...seed.related!.map((s) => ({ headline: s.headline, url: s.url, datePublished: s.datePublished }))];
});

const cards = (list: Element) => $$(list, 'news-card') as NewsCard[];
const headlines = (list: Element) => cards(list).map((c) => (c.article as Article).headline);
const settled = async (list: NewsCardList) => {
  await list.updateComplete;
  await Promise.all(cards(list).map((c) => c.updateComplete));
};

describe('<news-card-list>', () => {
  let console_: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    console_ = recordConsole();
  });
  afterEach(() => console_.restore());

  describe('the articles property', () => {
    it('renders a section labelled by its heading, a list of cards with positions and the next heading level', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list heading="Latest" heading-level="3" .articles=${stories}></news-card-list>`);
      await settled(list);
      expect(list.state).to.equal('ready');
      expect(list.getAttribute('state')).to.equal('ready');
      const section = $(list, 'section')!;
      const heading = $(list, 'h3')!;
      expect(heading.textContent).to.equal('Latest');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect($$(list, 'ul > li > news-card')).to.have.length(4);
      expect(headlines(list)).to.deep.equal(stories.map((s) => s.headline));
      expect(cards(list).map((c) => c.position)).to.deep.equal([1, 2, 3, 4]);
      expect(cards(list).every((c) => c.getAttribute('heading-level') === '4')).to.equal(true);
      expect($(cards(list)[0], 'h4')?.textContent).to.equal(seed.headline);
      await expect(list).to.be.accessible();
    });

    it('without a heading, the cards keep the list heading level', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list .articles=${stories.slice(0, 2)}></news-card-list>`);
      await settled(list);
      expect($(list, 'h2')).to.equal(null);
      expect(cards(list).map((c) => c.getAttribute('heading-level'))).to.deep.equal(['2', '2']);
      await expect(list).to.be.accessible();
    });

    it('passes card-layout and limits the cards', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list card-layout="compact" limit="2" .articles=${stories}></news-card-list>`);
      await settled(list);
      expect(cards(list).map((c) => c.layout)).to.deep.equal(['compact', 'compact']);
      list.limit = 3;
      await settled(list);
      expect(cards(list)).to.have.length(3);
    });

    it('drops a bad item, reports it, and keeps the others', async () => {
      const list = document.createElement('news-card-list');
      const errors = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
      list.articles = [stories[0], { headline: '' }, 'not an article', stories[1]];
      document.body.append(list);
      await settled(list);
      errors.stop();
      list.remove();
      expect(list.state).to.equal('ready');
      expect(headlines(list)).to.deep.equal([stories[0].headline, stories[1].headline]);
      expect(cards(list).map((c) => c.position)).to.deep.equal([1, 2]);
      expect(errors.events).to.have.length(1);
      const paths = errors.events[0].detail.problems.map((p) => p.path);
      expect(paths).to.include('articles[1]').and.include('articles[2]');
      expect(console_.warnings).to.have.length(1);
      expect(console_.errors).to.deep.equal([]);
    });

    it('with no usable item: the error state, the fallback and one news-card-error', async () => {
      const errors = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
      const list = await fixture<NewsCardList>(html`<news-card-list heading="Latest" .articles=${[{}, null]}></news-card-list>`);
      await list.updateComplete;
      errors.stop();
      expect(list.state).to.equal('error');
      expect($(list, '[part="error"]')?.textContent).to.equal('This story could not be shown.');
      expect(errors.events).to.have.length(1);
      await expect(list).to.be.accessible();
    });

    it('renders data as text, and a more link only when its URL passes the policy', async () => {
      const list = await fixture<NewsCardList>(
        html`<news-card-list heading=${'<img src=x onerror=alert(1)>'} more-href="/news" more-label="All news" .articles=${stories}></news-card-list>`,
      );
      await settled(list);
      expect($(list, 'h2')?.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect($(list, 'img')).to.equal(null);
      expect($(list, 'a[part="more"]')?.getAttribute('href')).to.equal('/news');
      expect($(list, 'a[part="more"]')?.textContent).to.equal('All news');
      list.moreHref = 'javascript:alert(1)';
      await list.updateComplete;
      expect($(list, 'a[part="more"]')).to.equal(null);
    });

    it('news-card-click reports the position of the card in the list', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list .articles=${stories.map((s, i) => ({ ...s, url: `#story-${i}` }))}></news-card-list>`);
      await settled(list);
      const clicks = recordEvents<CustomEvent<NewsCardClickDetail>>(list, 'news-card-click');
      list.addEventListener('news-card-click', (e) => e.preventDefault(), { once: true });
      $(cards(list)[2], 'a.headline-link')!.click();
      clicks.stop();
      expect(clicks.events.map((e) => e.detail.position)).to.deep.equal([3]);
    });
  });

  describe('input order', () => {
    it('articles win over src, and src over the children', async () => {
      const list = await fixture<NewsCardList>(html`
        <news-card-list src="/test/fixtures/feeds/seed.rss.xml" .articles=${stories.slice(1, 2)}>
          <news-card article=${JSON.stringify(stories[3])}></news-card>
        </news-card-list>
      `);
      await settled(list);
      expect(headlines(list)).to.deep.equal([stories[1].headline]);
      list.articles = undefined;
      await waitUntil(() => list.state === 'ready' && cards(list).length === 4, 'the feed is shown');
      expect(headlines(list)).to.deep.equal(stories.map((s) => s.headline));
      list.removeAttribute('src');
      await list.updateComplete;
      expect(cards(list)).to.deep.equal([]);
      expect(list.state).to.equal('ready');
      expect($(list, 'slot')).to.not.equal(null);
    });
  });

  describe('src', () => {
    for (const file of ['seed.rss.xml', 'seed.atom.xml', 'seed.feed.json', 'seed.wordpress-posts.json']) {
      it(`loads ${file}: loading, then ready, with news-card-list-load`, async () => {
        const loads = recordEvents<CustomEvent<NewsCardListLoadDetail>>(document, 'news-card-list-load');
        const list = await fixture<NewsCardList>(html`<news-card-list heading="Latest" src=${`/test/fixtures/feeds/${file}`}></news-card-list>`);
        expect(list.state).to.equal('loading');
        await expect(list).to.be.accessible();
        await waitUntil(() => list.state === 'ready', 'ready', { timeout: 5000 });
        await settled(list);
        loads.stop();
        expect(headlines(list)).to.deep.equal(stories.map((s) => s.headline));
        // Relative links in the feed resolve against the feed's URL (the WordPress posts have absolute ones).
        const base = file.includes('wordpress') ? stories[1].url! : location.href;
        expect((cards(list)[1].article as Article).url).to.equal(new URL('/news/another-us-military-convoy-attacked-in-the-same-region', base).href);
        expect(loads.events).to.have.length(1);
        expect(loads.events[0].detail.articles).to.have.length(4);
        await expect(list).to.be.accessible();
      });
    }

    it('a failed fetch: the error state and news-card-error with the status', async () => {
      const errors = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
      const list = await fixture<NewsCardList>(html`<news-card-list src=${'/fault/status?code=404&key=list-404'}></news-card-list>`);
      await waitUntil(() => list.state === 'error', 'error', { timeout: 5000 });
      await list.updateComplete;
      errors.stop();
      expect(errors.events.map((e) => e.detail.status)).to.deep.equal([404]);
      await expect(list).to.be.accessible();
    });

    it('a body that is not a feed, and a src the URL policy refuses, end in the error state', async () => {
      for (const src of ['/fault/text?key=list-text', 'javascript:alert(1)']) {
        const errors = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
        const list = await fixture<NewsCardList>(html`<news-card-list src=${src}></news-card-list>`);
        await waitUntil(() => list.state === 'error', `error for ${src}`, { timeout: 5000 });
        await list.updateComplete;
        errors.stop();
        expect(errors.events).to.have.length(1);
      }
    });

    it('the last src wins', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list src=${'/fault/seed?delay=300&key=list-slow'}></news-card-list>`);
      list.src = '/test/fixtures/feeds/seed.feed.json';
      await waitUntil(() => list.state === 'ready', 'ready', { timeout: 5000 });
      await aTimeout(400);
      await list.updateComplete;
      expect(cards(list)).to.have.length(4);
    });
  });

  describe('child cards', () => {
    it('are enhanced in place: list semantics, positions, heading level, layout and limit; never re-rendered', async () => {
      const list = await fixture<NewsCardList>(html`
        <news-card-list heading="More from Iraq" card-layout="compact" limit="2">
          ${stories.slice(0, 3).map((s) => html`<news-card article=${JSON.stringify(s)}></news-card>`)}
        </news-card-list>
      `);
      const children = [...list.querySelectorAll('news-card')] as NewsCard[];
      const rendered = await Promise.all(children.map(async (c) => (await c.updateComplete, $(c, 'article'))));
      await settled(list);
      await Promise.all(children.map((c) => c.updateComplete));
      expect(list.state).to.equal('ready');
      expect(children.map((c) => c.getAttribute('role'))).to.deep.equal(['listitem', 'listitem', 'listitem']);
      expect(children.map((c) => c.position)).to.deep.equal([1, 2, 3]);
      expect(children.map((c) => c.getAttribute('heading-level'))).to.deep.equal(['3', '3', '3']);
      expect(children.map((c) => c.layout)).to.deep.equal(['compact', 'compact', 'compact']);
      expect(children.map((c) => c.hidden)).to.deep.equal([false, false, true]);
      expect($(list, '[role="list"] slot')).to.not.equal(null);
      // The same elements, in the same place in the page.
      expect([...list.querySelectorAll('news-card')]).to.deep.equal(children);
      expect(children.every((c) => c.parentElement === list)).to.equal(true);
      expect(rendered.every(Boolean)).to.equal(true);
      await expect(list).to.be.accessible();
    });

    it('follows cards added later', async () => {
      const list = await fixture<NewsCardList>(html`<news-card-list></news-card-list>`);
      expect(list.state).to.equal(undefined);
      const card = document.createElement('news-card');
      card.article = stories[0];
      list.append(card);
      await waitUntil(() => list.state === 'ready', 'ready');
      await list.updateComplete;
      expect(card.getAttribute('role')).to.equal('listitem');
      expect(card.position).to.equal(1);
    });
  });

  it('never throws into the page, whatever the properties', async () => {
    const list = await fixture<NewsCardList>(html`<news-card-list></news-card-list>`);
    for (const value of [5, 'text', {}, [null], [Symbol('x')], new Proxy([], {})] as unknown[]) {
      list.articles = value as unknown[];
      list.limit = Number.NaN;
      list.headingLevel = 99;
      list.layout = 'nope' as never;
      await list.updateComplete;
      expect(['ready', 'error']).to.include(list.state);
    }
    expect(console_.errors).to.deep.equal([]);
  });
});
