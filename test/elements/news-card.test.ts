import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/news-card.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import type { NewsCardErrorDetail, NewsCardLoadDetail } from '../../src/internal/article-element.js';
import {
  $,
  $$,
  HOSTILE_URLS,
  dayText,
  isHostile,
  loadSeed,
  partText,
  recordConsole,
  recordEvents,
  seedJson,
  urlsIn,
} from './helpers.js';

const SEED_HEADLINE = 'US occupation forces convoy attacked in Iraq’s Basra province';
const SEED_DEK = 'The US convoy is the second one to be targeted by a bomb within the last 24 hours';
const SEED_CAPTION =
  'A convoy of US vehicles seen after the withdrawal from northern Syria, on the outskirts of Dohuk, Iraq, 21 October, 2019.';

describe('<news-card>', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => {
    consoleRecord.restore();
  });

  describe('the seed article', () => {
    it('renders exactly its text in each part', async () => {
      const el = await fixture<NewsCard>(html`<news-card article=${await seedJson()}></news-card>`);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal(SEED_HEADLINE);
      expect(partText(el, 'dek')).to.equal(SEED_DEK);
      expect(partText(el, 'authors')).to.equal('By News Desk');
      expect(partText(el, 'author')).to.equal('News Desk');
      expect(partText(el, 'publisher')).to.equal('The Cradle');
      expect(partText(el, 'time')).to.equal(dayText('2021-12-27'));
      expect(partText(el, 'caption')).to.equal(SEED_CAPTION);
      expect(partText(el, 'credit')).to.equal('REUTERS/Ari Jalal');
      expect($$(el, '[part~="related-link"]').map((a) => a.textContent)).to.deep.equal([
        'Another US military convoy attacked in the same region',
        'Iraq’s parliament passes resolution demanding the departure of all US troops',
        'Iraq’s national security advisor says the US combat mission has ended',
      ]);
      expect(consoleRecord.warnings).to.have.length(0);
    });

    it('uses real semantics: article, heading, link, time, figure, labelled list', async () => {
      const seed = await loadSeed();
      const el = await fixture<NewsCard>(html`<news-card .article=${seed}></news-card>`);
      const article = $(el, 'article')!;
      expect(article).to.not.equal(null);
      const heading = $(el, 'h2')!;
      expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.querySelector('a')!.getAttribute('href')).to.equal(seed.url);
      const time = $(el, 'time[part="time"]')!;
      expect(time.getAttribute('datetime')).to.equal('2021-12-27');
      const figure = $(el, 'figure')!;
      expect(figure.querySelector('img')).to.not.equal(null);
      expect(figure.querySelector('figcaption [part="caption"]')).to.not.equal(null);
      expect(figure.querySelector('figcaption [part="credit"]')).to.not.equal(null);
      const list = $(el, 'ul')!;
      expect(list.getAttribute('aria-labelledby')).to.equal($(el, '[part="related-heading"]')!.id);
      expect($(el, '[part="related-heading"]')!.localName).to.equal('h3');
      const links = Array.from(list.querySelectorAll('li > a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(seed.related!.map((r) => r.url));
      expect(Array.from(list.querySelectorAll('li time')).map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2021-12-26',
        '2020-01-05',
        '2021-12-09',
      ]);
    });

    it('keeps the photo box reserved: width/height hint, lazy, async, caption describes the image', async () => {
      const el = await fixture<NewsCard>(html`<news-card .article=${await loadSeed()}></news-card>`);
      const img = $(el, 'img') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('https://media.thecradle.co/wp-content/uploads/2021/12/US-convoy.jpg');
      expect(img.getAttribute('width')).to.equal('1600');
      expect(img.getAttribute('height')).to.equal('900');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('alt')).to.equal('');
      const frame = $(el, '[part="frame"]')!;
      const { width, height } = frame.getBoundingClientRect();
      expect(width / height).to.be.closeTo(16 / 9, 0.02);
    });

    it('is accessible', async () => {
      const el = await fixture<NewsCard>(html`<news-card article=${await seedJson()}></news-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders <h${level}> for heading-level="${level}"`, async () => {
        const el = await fixture<NewsCard>(
          html`<news-card heading-level=${level} .article=${await loadSeed()}></news-card>`,
        );
        expect($(el, '[part="headline"]')!.localName).to.equal(`h${level}`);
        expect($(el, '[part="related-heading"]')!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      });
    }

    it('defaults to 2, and invalid values fall back to 2', async () => {
      for (const value of [null, '0', '7', 'abc', '2.5', '']) {
        const el = document.createElement('news-card');
        if (value !== null) el.setAttribute('heading-level', value);
        el.article = await loadSeed();
        document.body.append(el);
        await el.updateComplete;
        expect($(el, '[part="headline"]')!.localName, `heading-level=${value}`).to.equal('h2');
        el.remove();
      }
    });
  });

  describe('bad input', () => {
    const cases: Array<[string, (el: NewsCard) => void]> = [
      ['invalid JSON in the attribute', (el) => el.setAttribute('article', '{"headline": "x"')],
      ['a JSON array', (el) => el.setAttribute('article', '[1, 2, 3]')],
      // @ts-expect-error: not article data, on purpose (the type rejects it too)
      ['a number property', (el) => (el.article = 42)],
      // @ts-expect-error: not article data, on purpose (the type rejects it too)
      ['a headline of the wrong type', (el) => (el.article = { headline: { text: 'x' } })],
      // @ts-expect-error: not article data, on purpose (the type rejects it too)
      ['no headline', (el) => (el.article = { description: 'A dek but no headline' })],
      ['a whitespace headline', (el) => el.setAttribute('article', '{"headline": "   "}')],
    ];
    for (const [name, apply] of cases) {
      it(`${name}: state="error", fallback, one news-card-error`, async () => {
        const el = document.createElement('news-card');
        apply(el);
        const record = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
        document.body.append(el);
        await el.updateComplete;
        await aTimeout(0);
        record.stop();
        expect(el.getAttribute('state')).to.equal('error');
        expect(record.events).to.have.length(1);
        const { detail } = record.events[0];
        expect(detail.problems).to.be.an('array').with.length.greaterThan(0);
        for (const problem of detail.problems) {
          expect(problem).to.have.keys(['path', 'message']);
        }
        expect(record.events[0].bubbles).to.equal(true);
        expect(record.events[0].composed).to.equal(true);
        expect(partText(el, 'error')).to.equal('This story could not be shown.');
        expect($(el, 'article')).to.equal(null);
        expect(consoleRecord.warnings).to.have.length(1);
        expect(consoleRecord.errors).to.have.length(0);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }

    it('warns once per element, but fires once per bad input', async () => {
      const el = await fixture<NewsCard>(html`<news-card article="{bad"></news-card>`);
      expect(el.state).to.equal('error');
      const next = oneEvent(el, 'news-card-error');
      el.setAttribute('article', '{"headline": 1, "oops"');
      await next;
      // @ts-expect-error: not article data, on purpose
      el.article = { nope: true };
      await oneEvent(el, 'news-card-error');
      expect(consoleRecord.warnings).to.have.length(1);
      // Re-rendering the same bad input (a locale change) fires nothing new.
      const record = recordEvents(el, 'news-card-error');
      el.locale = 'fr';
      await el.updateComplete;
      await aTimeout(0);
      record.stop();
      expect(record.events).to.have.length(0);
      expect(partText(el, 'error')).to.equal('Cet article ne peut pas être affiché.');
    });

    it('recovers when good input replaces bad input', async () => {
      const el = await fixture<NewsCard>(html`<news-card article="not json"></news-card>`);
      expect(el.state).to.equal('error');
      el.setAttribute('article', await seedJson());
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal(SEED_HEADLINE);
    });

    it('a dropped image URL still renders, warns once, and fires no error', async () => {
      const seed = await loadSeed();
      seed.image!.url = 'javascript:alert(1)';
      const record = recordEvents(document, 'news-card-error');
      const el = await fixture<NewsCard>(html`<news-card .article=${seed}></news-card>`);
      await aTimeout(0);
      record.stop();
      expect(el.state).to.equal('ready');
      expect($(el, 'img')).to.equal(null);
      expect(record.events).to.have.length(0);
      expect(consoleRecord.warnings).to.have.length(1);
      expect(String(consoleRecord.warnings[0][0])).to.contain('image');
    });

    it('a photo with neither alt nor caption warns, except in the compact layout, which shows no photo', async () => {
      const { caption: _caption, ...image } = (await loadSeed()).image!;
      const article = { ...(await loadSeed()), image };
      const stacked = await fixture<NewsCard>(html`<news-card .article=${article}></news-card>`);
      expect($(stacked, 'img')).to.not.equal(null);
      expect(consoleRecord.warnings).to.have.length(1);
      expect(String(consoleRecord.warnings[0][0])).to.contain('image.alt');
      const compact = await fixture<NewsCard>(html`<news-card layout="compact" .article=${article}></news-card>`);
      expect(compact.state).to.equal('ready');
      expect($(compact, 'img')).to.equal(null);
      expect(consoleRecord.warnings, 'no second warning').to.have.length(1);
    });

    it('one bad card does not affect another', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div><news-card article="{bad"></news-card><news-card article=${await seedJson()}></news-card></div>`,
      );
      const [bad, good] = Array.from(wrap.querySelectorAll('news-card'));
      await Promise.all([bad.updateComplete, good.updateComplete]);
      expect(bad.state).to.equal('error');
      expect(good.state).to.equal('ready');
    });
  });

  describe('no input', () => {
    it('renders nothing, has no state and fires nothing', async () => {
      const record = recordEvents(document, 'news-card-error');
      const el = await fixture<NewsCard>(html`<news-card></news-card>`);
      await aTimeout(0);
      record.stop();
      expect(el.hasAttribute('state')).to.equal(false);
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(record.events).to.have.length(0);
      expect(consoleRecord.warnings).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  it('an empty article attribute counts as no input', async () => {
    const el = await fixture<NewsCard>(html`<news-card article=""></news-card>`);
    expect(el.hasAttribute('state')).to.equal(false);
    expect(consoleRecord.warnings).to.have.length(0);
  });

  describe('time-style', () => {
    it('absolute by default; relative once upgraded', async () => {
      const seconds = Math.floor((Date.now() - 3 * 3_600_000 - 60_000) / 1000) * 1000;
      const threeHoursAgo = new Date(seconds).toISOString().replace('.000Z', 'Z');
      const absolute = await fixture<NewsCard>(html`<news-card .article=${{ headline: 'x', datePublished: threeHoursAgo }}></news-card>`);
      expect(partText(absolute, 'time')).to.not.contain('ago');
      const relative = await fixture<NewsCard>(
        html`<news-card time-style="relative" .article=${{ headline: 'x', datePublished: threeHoursAgo }}></news-card>`,
      );
      await relative.updateComplete;
      expect(partText(relative, 'time')).to.equal('3 hours ago');
      expect($(relative, 'time')!.getAttribute('datetime')).to.equal(threeHoursAgo);
    });
  });

  describe('input channels', () => {
    it('the article property wins over the attribute', async () => {
      const el = await fixture<NewsCard>(html`<news-card article='{"headline":"From the attribute"}'></news-card>`);
      expect(partText(el, 'headline')).to.equal('From the attribute');
      el.article = { headline: 'From the property' };
      await el.updateComplete;
      expect(partText(el, 'headline')).to.equal('From the property');
      el.setAttribute('article', '{"headline":"A newer attribute"}');
      await el.updateComplete;
      expect(partText(el, 'headline')).to.equal('From the property');
      el.article = undefined;
      await el.updateComplete;
      expect(partText(el, 'headline')).to.equal('A newer attribute');
    });

    it('the article property also takes a JSON string', async () => {
      const el = await fixture<NewsCard>(html`<news-card .article=${'{"headline":"As a string"}'}></news-card>`);
      expect(partText(el, 'headline')).to.equal('As a string');
    });

    it('reads a child JSON script at upgrade', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card><script type="application/json">${await seedJson()}</script></news-card>`,
      );
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal(SEED_HEADLINE);
    });

    it('reads a child JSON-LD script', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card
          ><script type="application/ld+json">
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"From JSON-LD"}
          </script></news-card
        >`,
      );
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal('From JSON-LD');
    });

    it('re-reads the script when its text or the children change', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card><script type="application/json">{"headline":"First"}</script></news-card>`,
      );
      expect(partText(el, 'headline')).to.equal('First');
      const script = el.querySelector('script')!;
      script.textContent = '{"headline":"Second"}';
      await waitUntil(() => partText(el, 'headline') === 'Second', 'script text change not picked up');
      script.firstChild!.nodeValue = '{"headline":"Third"}';
      await waitUntil(() => partText(el, 'headline') === 'Third', 'characterData change not picked up');
      script.remove();
      await waitUntil(() => !el.hasAttribute('state'), 'script removal not picked up');
      const added = document.createElement('script');
      added.type = 'application/json';
      added.textContent = '{"headline":"Added later"}';
      el.append(added);
      await waitUntil(() => partText(el, 'headline') === 'Added later', 'added script not picked up');
    });

    it('uses the first of several scripts, reports the others, and still renders', async () => {
      const record = recordEvents(document, 'news-card-error');
      const el = await fixture<NewsCard>(
        html`<news-card
          ><script type="application/json">{"headline":"First one"}</script
          ><script type="application/json">{"headline":"Second one"}</script></news-card
        >`,
      );
      await aTimeout(0);
      record.stop();
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal('First one');
      expect(record.events).to.have.length(0);
      expect(consoleRecord.warnings).to.have.length(1);
      expect(String(consoleRecord.warnings[0][0])).to.contain('script[1]');
    });

    it('invalid JSON in the script is an error', async () => {
      const errored = oneEvent(document, 'news-card-error');
      const el = await fixture<NewsCard>(html`<news-card><script type="application/json">{oops</script></news-card>`);
      await errored;
      expect(el.state).to.equal('error');
    });

    it('the attribute wins over the script', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card article='{"headline":"Attribute"}'
          ><script type="application/json">{"headline":"Script"}</script></news-card
        >`,
      );
      expect(partText(el, 'headline')).to.equal('Attribute');
      el.removeAttribute('article');
      await el.updateComplete;
      expect(partText(el, 'headline')).to.equal('Script');
    });

    it('the script wins over src, and no request is made', async () => {
      const key = `script-over-src-${Math.random()}`;
      const el = await fixture<NewsCard>(
        html`<news-card src="/fault/seed?key=${key}"
          ><script type="application/json">{"headline":"Script"}</script></news-card
        >`,
      );
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal('Script');
      const count = await (await fetch(`/fault/count?of=${key}`)).json();
      expect(count.count).to.equal(0);
    });
  });

  describe('src', () => {
    it('shows a skeleton while loading, then renders and fires news-card-load', async () => {
      const el = document.createElement('news-card');
      el.src = '/fault/seed?delay=300';
      document.body.append(el);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('loading');
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      const { detail } = (await oneEvent(el, 'news-card-load')) as CustomEvent<NewsCardLoadDetail>;
      expect(detail.article.headline).to.equal(SEED_HEADLINE);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(partText(el, 'headline')).to.equal(SEED_HEADLINE);
      el.remove();
    });

    it('the skeleton has about the size of the finished card', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div style="inline-size: 360px"><news-card src="/fault/seed?delay=300"></news-card></div>`,
      );
      const el = wrap.querySelector('news-card')!;
      await el.updateComplete;
      const loadingMedia = $(el, '.skeleton-media')!.getBoundingClientRect().height;
      await oneEvent(el, 'news-card-load');
      await el.updateComplete;
      const readyMedia = $(el, '[part="frame"]')!.getBoundingClientRect().height;
      expect(loadingMedia).to.be.closeTo(readyMedia, 1);
    });

    // The skeleton cannot know the text that is coming, but for the reference article it has the
    // finished card's height to within one line of text, in every layout and at narrow and wide sizes.
    for (const layout of ['stacked', 'horizontal', 'compact', 'hero']) {
      for (const width of [320, 600, 900]) {
        it(`the skeleton is the finished card's height within a line: ${layout}, ${width}px`, async () => {
          const src = `/fault/seed?delay=300&key=skeleton-${layout}-${width}-${Math.random()}`;
          const wrap = await fixture<HTMLElement>(
            html`<div style="inline-size: ${width}px"><news-card layout=${layout} src=${src}></news-card></div>`,
          );
          const el = wrap.querySelector('news-card')!;
          await el.updateComplete;
          expect(el.getAttribute('state')).to.equal('loading');
          const loading = el.getBoundingClientRect().height;
          await oneEvent(el, 'news-card-load');
          await el.updateComplete;
          const ready = el.getBoundingClientRect().height;
          expect(Math.abs(ready - loading), `loading ${loading}px, ready ${ready}px`).to.be.at.most(28);
        });
      }
    }

    it('the skeleton is silent filler: assistive technology hears only the loading label', async () => {
      const el = document.createElement('news-card');
      el.src = `/fault/never?key=skeleton-silent-${Math.random()}`;
      document.body.append(el);
      await el.updateComplete;
      const skeleton = $(el, '[part="skeleton"]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      const exposed = [...skeleton.children].filter((child) => child.getAttribute('aria-hidden') !== 'true');
      expect(exposed.map((child) => child.textContent)).to.deep.equal(['Loading story…']);
      expect(skeleton.querySelectorAll('a, h1, h2, h3, h4, h5, h6, time, img')).to.have.length(0);
      el.remove();
    });

    it('a failed fetch ends in error with the HTTP status', async () => {
      const el = document.createElement('news-card');
      el.src = '/fault/status?code=404';
      const errored = oneEvent(el, 'news-card-error');
      document.body.append(el);
      const { detail } = (await errored) as CustomEvent<NewsCardErrorDetail>;
      expect(detail.status).to.equal(404);
      expect(detail.problems).to.be.an('array').with.length.greaterThan(0);
      await el.updateComplete;
      expect(el.getAttribute('state')).to.equal('error');
      expect($(el, '[part="error"]')).to.not.equal(null);
      el.remove();
    });

    it('refuses a src outside the URL policy without fetching', async () => {
      const el = document.createElement('news-card');
      el.src = 'javascript:alert(1)';
      const errored = oneEvent(el, 'news-card-error');
      document.body.append(el);
      const { detail } = (await errored) as CustomEvent<NewsCardErrorDetail>;
      expect(detail.status).to.equal(-1);
      el.remove();
    });

    it('a higher channel appearing aborts the fetch; its result never renders', async () => {
      const el = document.createElement('news-card');
      el.src = '/fault/article?headline=Stale&delay=300';
      const loads = recordEvents(el, 'news-card-load');
      document.body.append(el);
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      el.article = { headline: 'Property' };
      await el.updateComplete;
      expect(partText(el, 'headline')).to.equal('Property');
      await aTimeout(500);
      expect(partText(el, 'headline')).to.equal('Property');
      expect(loads.events).to.have.length(0);
      el.remove();
    });

    it('the last src wins', async () => {
      const el = document.createElement('news-card');
      el.src = '/fault/article?headline=A&delay=400';
      document.body.append(el);
      await el.updateComplete;
      el.src = '/fault/article?headline=B&delay=50';
      const loaded = (await oneEvent(el, 'news-card-load')) as CustomEvent<NewsCardLoadDetail>;
      expect(loaded.detail.article.headline).to.equal('B');
      await aTimeout(500);
      expect(partText(el, 'headline')).to.equal('B');
      el.remove();
    });

    it('disconnecting aborts; reconnecting loads again', async () => {
      const el = document.createElement('news-card');
      el.src = '/fault/seed?delay=200';
      const events = recordEvents(el, 'news-card-load');
      document.body.append(el);
      await el.updateComplete;
      el.remove();
      await aTimeout(400);
      expect(events.events).to.have.length(0);
      expect(el.state).to.equal('loading');
      document.body.append(el);
      await oneEvent(el, 'news-card-load');
      expect(el.state).to.equal('ready');
      el.remove();
    });
  });

  describe('states are accessible', () => {
    it('no image', async () => {
      const seed = await loadSeed();
      delete seed.image;
      const el = await fixture<NewsCard>(html`<news-card .article=${seed}></news-card>`);
      expect($(el, 'figure')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('no author', async () => {
      const seed = await loadSeed();
      delete seed.author;
      const el = await fixture<NewsCard>(html`<news-card .article=${seed}></news-card>`);
      expect($(el, '[part="authors"]')).to.equal(null);
      expect(partText(el, 'publisher')).to.equal('The Cradle');
      await expect(el).to.be.accessible();
    });

    it('three linked authors, kicker, flags and an update', async () => {
      const seed = await loadSeed();
      const el = await fixture<NewsCard>(
        html`<news-card
          .article=${{
            ...seed,
            author: [
              { name: 'Ada Example', url: 'https://example.com/ada' },
              { name: 'Ben Example', url: 'mailto:ben@example.com' },
              { name: 'Cy Example' },
            ],
            kicker: { text: 'Iraq', url: 'https://example.com/iraq' },
            flags: { live: true, breaking: true, sponsored: true, opinion: true },
            dateModified: '2021-12-28T09:30:00Z',
          }}
        ></news-card>`,
      );
      expect(partText(el, 'authors')).to.equal('By Ada Example, Ben Example and Cy Example');
      expect($$(el, '[part~="flag"]').map((f) => f.textContent)).to.deep.equal([
        'Live',
        'Breaking',
        'Sponsored',
        'Opinion',
      ]);
      expect($(el, '[part~="kicker-link"]')!.getAttribute('href')).to.equal('https://example.com/iraq');
      expect(partText(el, 'updated')).to.match(/^Updated /);
      await expect(el).to.be.accessible();
    });

    it('right-to-left Arabic', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card
          .article=${{
            inLanguage: 'ar',
            headline: 'قافلة عسكرية تتعرض لهجوم في محافظة البصرة',
            description: 'ثاني قافلة تستهدف خلال 24 ساعة',
            author: [{ name: 'مكتب الأخبار' }],
            publisher: { name: 'The Cradle' },
            datePublished: '2021-12-27',
            flags: { breaking: true },
          }}
        ></news-card>`,
      );
      const article = $(el, 'article')!;
      expect(article.getAttribute('dir')).to.equal('rtl');
      expect(article.getAttribute('lang')).to.equal('ar');
      expect(partText(el, 'authors')).to.equal('بقلم مكتب الأخبار');
      expect(partText(el, 'flag')).to.equal('عاجل');
      expect(getComputedStyle($(el, '.body')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  describe('locale and direction', () => {
    it('follows the nearest lang in the document, through shadow roots', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="fr"><div></div></div>`);
      const inner = host.querySelector('div')!;
      const shadow = inner.attachShadow({ mode: 'open' });
      const el = document.createElement('news-card');
      el.article = { headline: 'Titre', author: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] };
      shadow.append(el);
      await el.updateComplete;
      expect(partText(el, 'authors')).to.equal('Par A, B et C');
    });

    it('the locale attribute wins over inLanguage; a dir attribute on the host is respected', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card locale="de" dir="ltr" .article=${{ headline: 'x', inLanguage: 'ar', author: [{ name: 'A' }, { name: 'B' }] }}></news-card>`,
      );
      expect(partText(el, 'authors')).to.equal('Von A und B');
      expect($(el, 'article')!.hasAttribute('dir')).to.equal(false);
    });

    it('messages override labels', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card .messages=${{ by: 'Words: {authors}' }} .article=${await loadSeed()}></news-card>`,
      );
      expect(partText(el, 'authors')).to.equal('Words: News Desk');
    });

    it('shows Updated only when dateModified is later', async () => {
      const seed = await loadSeed();
      const same = await fixture<NewsCard>(html`<news-card .article=${{ ...seed, dateModified: '2021-12-27' }}></news-card>`);
      expect($(same, '[part="updated"]')).to.equal(null);
      const earlier = await fixture<NewsCard>(html`<news-card .article=${{ ...seed, dateModified: '2021-12-01' }}></news-card>`);
      expect($(earlier, '[part="updated"]')).to.equal(null);
      const later = await fixture<NewsCard>(html`<news-card .article=${{ ...seed, dateModified: '2021-12-29' }}></news-card>`);
      expect(partText(later, 'updated')).to.equal(`Updated ${dayText('2021-12-29')}`);
      expect($(later, '[part="updated-time"]')!.getAttribute('datetime')).to.equal('2021-12-29');
    });
  });

  describe('hostile data', () => {
    it('never puts a hostile URL into href or src', async () => {
      for (const bad of HOSTILE_URLS) {
        const seed = await loadSeed();
        const el = await fixture<NewsCard>(
          html`<news-card
            .article=${{
              ...seed,
              url: bad,
              kicker: { text: 'K', url: bad },
              author: [{ name: 'A', url: bad }],
              image: { ...seed.image, url: bad, sources: [{ url: bad, width: 400 }] },
              related: [{ url: bad, headline: 'R' }, ...seed.related!],
            }}
          ></news-card>`,
        );
        const urls = urlsIn(el);
        expect(urls.filter(isHostile), `for ${JSON.stringify(bad)}`).to.deep.equal([]);
        expect(el.state).to.equal('ready');
      }
    });

    it('renders markup in data as text', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card .article=${{ headline: '<img src=x onerror=alert(1)>Hi', description: '<b>bold</b>' }}></news-card>`,
      );
      expect(partText(el, 'headline')).to.equal('<img src=x onerror=alert(1)>Hi');
      expect($(el, 'b')).to.equal(null);
      expect($$(el, 'img')).to.have.length(0);
    });
  });

  describe('styling hooks', () => {
    it('reflects layout, theme and aspect; aspect sets the reserved ratio', async () => {
      const el = await fixture<NewsCard>(html`<news-card .article=${await loadSeed()}></news-card>`);
      el.layout = 'stacked';
      el.theme = 'light';
      el.aspect = '4/3';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('stacked');
      expect(el.getAttribute('theme')).to.equal('light');
      expect(el.getAttribute('aspect')).to.equal('4/3');
      const img = $(el, 'img')!;
      expect(img.getAttribute('width')).to.equal('1600');
      expect(img.getAttribute('height')).to.equal('1200');
      const { width, height } = $(el, '[part="frame"]')!.getBoundingClientRect();
      expect(width / height).to.be.closeTo(4 / 3, 0.02);
    });

    it('public custom properties reach the parts', async () => {
      const el = await fixture<NewsCard>(
        html`<news-card style="--news-kicker-color: rgb(1, 2, 3)" .article=${{ headline: 'x', articleSection: 'World' }}></news-card>`,
      );
      expect(getComputedStyle($(el, '[part="kicker"]')!).color).to.equal('rgb(1, 2, 3)');
    });
  });
});
