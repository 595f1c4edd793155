// Analytics events with real input: news-card-click from real mouse clicks and keys (sendMouse,
// sendKeys), news-card-impression from real scrolling; and the shared relative-time clock.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/news-card.js';
import '../../src/news-byline.js';
import type { Article } from '../../src/article/types.js';
import type { NewsCard, NewsCardClickDetail, NewsCardImpressionDetail } from '../../src/elements/news-card/news-card.js';
import { clockState, tick } from '../../src/internal/clock.js';
import { impressionState } from '../../src/internal/impressions.js';
import { $, $$, loadSeed, recordConsole, recordEvents, withTestImage } from './helpers.js';
import { AUX_MOUSE_BUTTONS, itWhere } from '../engine.js';

/** Clicks the middle (or a given fraction) of a box with the real mouse. */
async function clickOn(target: Element, fx = 0.5, fy = 0.5) {
  target.scrollIntoView({ block: 'center' });
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + r.width * fx), Math.round(r.top + r.height * fy)] });
}

function clearHash() {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<news-card> events', () => {
  let seed: Article;
  before(async () => {
    seed = withTestImage(await loadSeed());
  });

  describe('news-card-click', () => {
    let article: Article;
    beforeEach(() => {
      // Same-document fragment links: following one changes location.hash, and nothing leaves the page.
      article = {
        ...seed,
        url: '#story',
        kicker: { text: 'Iraq', url: '#section' },
        author: [{ name: 'News Desk', url: '#author' }],
        related: seed.related!.map((story, i) => ({ ...story, url: `#related-${i}` })),
      };
      clearHash();
    });
    afterEach(async () => {
      await resetMouse();
      clearHash();
    });

    async function render(position?: number) {
      const stage = await fixture<HTMLElement>(
        html`<div style="inline-size: 380px"><news-card position=${position ?? ''} .article=${article}></news-card></div>`,
      );
      const el = stage.querySelector('news-card')!;
      await el.updateComplete;
      return el;
    }

    it('a click on the headline: bubbles, composed, cancelable, with url, id, position and target', async () => {
      const el = await render(3);
      const events = recordEvents<CustomEvent<NewsCardClickDetail>>(document, 'news-card-click');
      await clickOn($(el, '[part="headline-link"]')!, 0.2);
      events.stop();
      expect(events.events).to.have.length(1);
      const [event] = events.events;
      expect(event.detail).to.deep.equal({ url: '#story', id: '7d9d10159b46ca44', position: 3, target: 'headline' });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(true);
      expect(event.target).to.equal(el);
      expect(location.hash).to.equal('#story');
    });

    itWhere(AUX_MOUSE_BUTTONS, 'a middle click (open in a new tab) is reported; a right click is not', async () => {
      const el = await render(4);
      const events = recordEvents<CustomEvent<NewsCardClickDetail>>(document, 'news-card-click');
      // The page cancels the event, so the card cancels the middle click and no tab opens. A listener on
      // window, which runs after the card's, records that and stops any navigation the card let through.
      const cancel = (event: Event) => event.preventDefault();
      const prevented: boolean[] = [];
      const guard = (event: MouseEvent) => {
        if (event.button === 1) prevented.push(event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('news-card-click', cancel);
      window.addEventListener('auxclick', guard);
      try {
        const link = $(el, '[part="related-link"]')!;
        link.scrollIntoView({ block: 'center' });
        const r = link.getBoundingClientRect();
        const position: [number, number] = [Math.round(r.left + 5), Math.round(r.top + r.height / 2)];
        await sendMouse({ type: 'click', button: 'middle', position });
        await sendMouse({ type: 'click', button: 'right', position });
        await aTimeout(50);
      } finally {
        document.removeEventListener('news-card-click', cancel);
        window.removeEventListener('auxclick', guard);
        events.stop();
      }
      expect(events.events.map((e) => e.detail)).to.deep.equal([
        { url: '#related-0', id: '7d9d10159b46ca44', position: 4, target: 'related' },
      ]);
      expect(events.events[0].defaultPrevented).to.equal(true);
      expect(prevented, 'the card cancelled the middle click').to.deep.equal([true]);
    });

    it('a click anywhere on the card is a headline click (the overlay is the headline link)', async () => {
      const el = await render();
      const events = recordEvents<CustomEvent<NewsCardClickDetail>>(el, 'news-card-click');
      await clickOn($(el, '[part="frame"]')!);
      await clickOn($(el, '[part="dek"]')!);
      events.stop();
      expect(events.events.map((e) => e.detail.target)).to.deep.equal(['headline', 'headline']);
      expect(events.events[0].detail.position).to.equal(undefined);
      expect(location.hash).to.equal('#story');
    });

    it('author, kicker and related links report their own target and url, and navigate', async () => {
      const el = await render(1);
      const events = recordEvents<CustomEvent<NewsCardClickDetail>>(el, 'news-card-click');
      await clickOn($(el, '[part="author"]')!);
      expect(location.hash).to.equal('#author');
      await clickOn($(el, '[part~="kicker-link"]')!);
      expect(location.hash).to.equal('#section');
      await clickOn($$(el, '[part="related-link"]')[2]);
      expect(location.hash).to.equal('#related-2');
      events.stop();
      expect(events.events.map((e) => [e.detail.target, e.detail.url])).to.deep.equal([
        ['author', '#author'],
        ['kicker', '#section'],
        ['related', '#related-2'],
      ]);
    });

    it('preventDefault() in a listener stops the navigation', async () => {
      const el = await render();
      const listener = (event: Event) => event.preventDefault();
      document.addEventListener('news-card-click', listener);
      try {
        await clickOn($(el, '[part="headline-link"]')!);
        await clickOn($(el, '[part="dek"]')!);
        await clickOn($(el, '[part="author"]')!);
        await aTimeout(50);
        expect(location.hash).to.equal('');
      } finally {
        document.removeEventListener('news-card-click', listener);
      }
    });

    it('the keyboard follows the headline link and reports it too', async () => {
      const el = await render();
      const events = recordEvents<CustomEvent<NewsCardClickDetail>>(el, 'news-card-click');
      ($(el, '[part="headline-link"]') as HTMLAnchorElement).focus();
      await sendKeys({ press: 'Enter' });
      events.stop();
      expect(events.events.map((e) => e.detail.target)).to.deep.equal(['headline']);
      expect(location.hash).to.equal('#story');
    });

    it('fires nothing for clicks on text that is not a link, nor for property sets', async () => {
      const { url: _url, ...unlinked } = article;
      const el = await render();
      const events = recordEvents(el, 'news-card-click');
      el.article = unlinked;
      el.position = 9;
      el.layout = 'horizontal';
      await el.updateComplete;
      await clickOn($(el, '[part="dek"]')!);
      await clickOn($(el, '[part="headline"]')!);
      events.stop();
      expect(events.events).to.have.length(0);
    });
  });

  describe('news-card-impression', () => {
    const spacer = html`<div style="block-size: 2500px"></div>`;

    async function renderFar(position = 5) {
      const stage = await fixture<HTMLElement>(html`<div>
        ${spacer}
        <div style="inline-size: 360px"><news-card position=${position} .article=${seed}></news-card></div>
        ${spacer}
      </div>`);
      const el = stage.querySelector('news-card')!;
      await el.updateComplete;
      return el;
    }

    afterEach(() => window.scrollTo(0, 0));

    it('fires once, after at least half the card has been visible for a second', async () => {
      const el = await renderFar(7);
      const events = recordEvents<CustomEvent<NewsCardImpressionDetail>>(document, 'news-card-impression');
      await aTimeout(1300);
      expect(events.events, 'not on screen yet').to.have.length(0);
      el.scrollIntoView({ block: 'center' });
      await aTimeout(600);
      expect(events.events, 'before the second is up').to.have.length(0);
      await waitUntil(() => events.events.length > 0, 'no impression', { timeout: 3000 });
      expect(events.events[0].detail).to.deep.equal({ id: '7d9d10159b46ca44', url: seed.url, position: 7 });
      expect(events.events[0].bubbles).to.equal(true);
      expect(events.events[0].composed).to.equal(true);
      expect(events.events[0].target).to.equal(el);
      // Away and back again: still once.
      window.scrollTo(0, 0);
      await aTimeout(300);
      el.scrollIntoView({ block: 'center' });
      await aTimeout(1500);
      events.stop();
      expect(events.events).to.have.length(1);
      expect(impressionState().observed).to.equal(0);
    });

    it('a card scrolled away before a second has passed fires nothing', async () => {
      const el = await renderFar();
      const events = recordEvents(el, 'news-card-impression');
      el.scrollIntoView({ block: 'center' });
      await aTimeout(500);
      window.scrollTo(0, 0);
      await aTimeout(1500);
      events.stop();
      expect(events.events).to.have.length(0);
      expect(impressionState().pending).to.equal(0);
    });

    it('less than half in view does not count', async () => {
      const el = await renderFar();
      const events = recordEvents(el, 'news-card-impression');
      const { top, height } = el.getBoundingClientRect();
      // The card's top 30% shows at the bottom of the viewport.
      window.scrollBy(0, top - (window.innerHeight - 0.3 * height));
      await aTimeout(1600);
      expect(el.getBoundingClientRect().top).to.be.closeTo(window.innerHeight - 0.3 * height, 2);
      events.stop();
      expect(events.events).to.have.length(0);
    });

    it('a card taller than two viewports counts once it covers half the viewport', async () => {
      const vh = window.innerHeight;
      const stage = await fixture<HTMLElement>(html`<div>
        ${spacer}
        <div style="inline-size: 360px">
          <news-card style="display: block; block-size: ${3 * vh}px" position="2" .article=${seed}></news-card>
        </div>
        ${spacer}
      </div>`);
      const el = stage.querySelector('news-card')!;
      await el.updateComplete;
      const events = recordEvents(el, 'news-card-impression');
      // The card's top shows in the bottom 30% of the viewport: a tenth of the card, 30% of the screen.
      window.scrollBy(0, el.getBoundingClientRect().top - 0.7 * vh);
      await aTimeout(1600);
      expect(events.events, 'not at 30% of the viewport').to.have.length(0);
      // Now it fills the viewport: a third of the card, the most of it anyone can see at once.
      window.scrollBy(0, el.getBoundingClientRect().top + vh);
      expect(el.getBoundingClientRect().top).to.be.closeTo(-vh, 2);
      await waitUntil(() => events.events.length > 0, 'no impression for a tall card', { timeout: 3000 });
      events.stop();
      expect(events.events).to.have.length(1);
    });

    it('a card removed while pending leaves no observer or timer, and fires nothing', async () => {
      const el = await renderFar();
      const events = recordEvents(el, 'news-card-impression');
      el.scrollIntoView({ block: 'center' });
      await waitUntil(() => impressionState().pending === 1, 'the impression timer did not start');
      el.remove();
      expect(impressionState()).to.deep.equal({ observed: 0, pending: 0 });
      await aTimeout(1300);
      events.stop();
      expect(events.events).to.have.length(0);
    });

    it('all cards share one IntersectionObserver', async () => {
      const Original = window.IntersectionObserver;
      let created = 0;
      window.IntersectionObserver = class extends Original {
        constructor(...args: ConstructorParameters<typeof IntersectionObserver>) {
          super(...args);
          created++;
        }
      };
      try {
        const stage = await fixture<HTMLElement>(html`<div>
          ${[1, 2, 3, 4, 5].map((n) => html`<news-card position=${n} layout="compact" .article=${seed}></news-card>`)}
        </div>`);
        await Promise.all(Array.from(stage.querySelectorAll('news-card')).map((c) => c.updateComplete));
        expect(impressionState().observed).to.equal(5);
        expect(created).to.equal(1);
      } finally {
        window.IntersectionObserver = Original;
      }
    });

    it('error and empty cards are not watched', async () => {
      const quiet = recordConsole();
      try {
        const stage = await fixture<HTMLElement>(html`<div><news-card article="{oops"></news-card><news-card></news-card></div>`);
        await Promise.all(Array.from(stage.querySelectorAll('news-card')).map((c) => c.updateComplete));
        expect(impressionState().observed).to.equal(0);
      } finally {
        quiet.restore();
      }
    });
  });

  describe('relative times and the shared clock', () => {
    const NOW = Date.parse('2021-12-27T13:30:00Z');
    const realNow = Date.now;
    let now = NOW;
    beforeEach(() => {
      now = NOW;
      Date.now = () => now;
    });
    afterEach(() => {
      Date.now = realNow;
    });

    async function timed(timeStyle: string, article: Partial<Article>) {
      const el = await fixture<NewsCard>(
        html`<news-card time-style=${timeStyle} locale="en" .article=${{ headline: 'x', ...article }}></news-card>`,
      );
      await waitUntil(() => !el.isUpdatePending);
      return el;
    }

    it('relative: "3 hours ago", datetime stays ISO, the absolute date is the title', async () => {
      const el = await timed('relative', { datePublished: '2021-12-27T10:30:00Z' });
      const time = $(el, '[part="time"]')!;
      expect(time.textContent).to.equal('3 hours ago');
      expect(time.getAttribute('datetime')).to.equal('2021-12-27T10:30:00Z');
      const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2021-12-27T10:30:00Z'));
      expect(time.getAttribute('title')).to.equal(absolute);
    });

    it('auto: relative under 24 hours, absolute after; calendar days always absolute', async () => {
      const recent = await timed('auto', { datePublished: '2021-12-27T13:00:00Z' });
      expect($(recent, '[part="time"]')!.textContent).to.equal('30 minutes ago');
      const old = await timed('auto', { datePublished: '2021-12-25T13:00:00Z' });
      expect($(old, '[part="time"]')!.textContent).to.equal(
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2021-12-25T13:00:00Z')),
      );
      expect($(old, '[part="time"]')!.hasAttribute('title')).to.equal(false);
      const day = await timed('relative', { datePublished: '2021-12-27' });
      expect($(day, '[part="time"]')!.textContent).to.equal('December 27, 2021');
    });

    it('one timer for all relative cards, started by the first and stopped by the last', async () => {
      expect(clockState()).to.deep.equal({ subscribers: 0, running: false });
      const absolute = await timed('absolute', { datePublished: '2021-12-27T13:00:00Z' });
      const old = await timed('auto', { datePublished: '2021-12-20T13:00:00Z' });
      expect(clockState()).to.deep.equal({ subscribers: 0, running: false });
      const a = await timed('relative', { datePublished: '2021-12-27T13:25:00Z' });
      const b = await timed('auto', { datePublished: '2021-12-27T13:00:00Z' });
      const byline = await fixture(
        html`<news-byline time-style="relative" .article=${{ headline: 'x', datePublished: '2021-12-27T13:00:00Z' }}></news-byline>`,
      );
      await waitUntil(() => clockState().subscribers === 3, 'not subscribed');
      expect(clockState().running).to.equal(true);
      a.remove();
      b.remove();
      expect(clockState()).to.deep.equal({ subscribers: 1, running: true });
      byline.remove();
      expect(clockState()).to.deep.equal({ subscribers: 0, running: false });
      // Back in the document: back on the clock.
      document.body.append(a);
      await waitUntil(() => clockState().subscribers === 1, 'not resubscribed');
      a.remove();
      absolute.remove();
      old.remove();
      expect(clockState()).to.deep.equal({ subscribers: 0, running: false });
    });

    it('each tick re-renders the relative times', async () => {
      const el = await timed('relative', { datePublished: '2021-12-27T13:25:00Z' });
      expect($(el, '[part="time"]')!.textContent).to.equal('5 minutes ago');
      now += 60_000;
      tick();
      await el.updateComplete;
      expect($(el, '[part="time"]')!.textContent).to.equal('6 minutes ago');
      // An auto card that crosses 24 hours turns absolute and leaves the clock.
      const auto = await timed('auto', { datePublished: '2021-12-26T13:35:00Z' });
      expect($(auto, '[part="time"]')!.textContent).to.equal('23 hours ago');
      expect(clockState().subscribers).to.equal(2);
      now += 2 * 60 * 60_000;
      tick();
      await auto.updateComplete;
      expect($(auto, '[part="time"]')!.textContent).to.contain('2021');
      expect(clockState().subscribers).to.equal(1);
    });
  });
});
