import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/news-photo.js';
import type { NewsPhoto } from '../../src/elements/news-photo/news-photo.js';
import type { NewsCardErrorDetail } from '../../src/internal/article-element.js';
import { $, HOSTILE_URLS, isHostile, loadSeed, partText, recordConsole, recordEvents, seedJson, urlsIn, mountWithArticleAttribute } from './helpers.js';

// A 4×3 PNG as a data: URL, which the URL policy refuses.
const PNG_4x3 =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAYAAAC09K7GAAAAEklEQVR4nGNgYGD4z4AFMA4hAQD8iQH/Y1TpGgAAAABJRU5ErkJggg==';

describe('<news-photo>', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => {
    consoleRecord.restore();
  });

  it('renders the seed photo: figure, img, caption and credit in separate elements', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo article=${await seedJson()}></news-photo>`);
    expect(el.getAttribute('state')).to.equal('ready');
    const figure = $(el, 'figure')!;
    const img = figure.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://media.thecradle.co/wp-content/uploads/2021/12/US-convoy.jpg');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('alt')).to.equal('');
    const caption = figure.querySelector('figcaption [part="caption"]')!;
    const credit = figure.querySelector('figcaption [part="credit"]')!;
    expect(caption.textContent).to.equal(
      'A convoy of US vehicles seen after the withdrawal from northern Syria, on the outskirts of Dohuk, Iraq, 21 October, 2019.',
    );
    expect(credit.textContent).to.equal('REUTERS/Ari Jalal');
    expect(caption.contains(credit)).to.equal(false);
    expect(credit.parentElement!.textContent).to.equal('Photo: REUTERS/Ari Jalal');
    expect(consoleRecord.warnings).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('uses the image dimensions when known, else a ratio hint from aspect', async () => {
    const seed = await loadSeed();
    const known = await fixture<NewsPhoto>(html`<news-photo .article=${{ ...seed, image: { ...seed.image, width: 1200, height: 800 } }}></news-photo>`);
    expect($(known, 'img')!.getAttribute('width')).to.equal('1200');
    expect($(known, 'img')!.getAttribute('height')).to.equal('800');
    for (const [aspect, height] of [
      [null, '900'],
      ['16/9', '900'],
      ['4/3', '1200'],
      ['1/1', '1600'],
      ['auto', '900'],
      ['3/2', '900'],
    ] as const) {
      const el = document.createElement('news-photo');
      if (aspect) el.setAttribute('aspect', aspect);
      el.article = seed;
      document.body.append(el);
      await el.updateComplete;
      expect($(el, 'img')!.getAttribute('width'), String(aspect)).to.equal('1600');
      expect($(el, 'img')!.getAttribute('height'), String(aspect)).to.equal(height);
      el.remove();
    }
  });

  it('reserves the box before the image loads', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px"><news-photo aspect="4/3" src="/never-loads.jpg" alt="A test"></news-photo></div>`,
    );
    const el = wrap.querySelector('news-photo')!;
    await el.updateComplete;
    const { width, height } = $(el, '[part="frame"]')!.getBoundingClientRect();
    expect(width).to.equal(320);
    expect(height).to.equal(240);
  });

  it('builds srcset and sizes from image.sources', async () => {
    const seed = await loadSeed();
    const el = await fixture<NewsPhoto>(
      html`<news-photo
        .article=${{
          ...seed,
          image: {
            ...seed.image,
            sources: [
              { url: 'https://example.com/a-480.jpg', width: 480 },
              { url: 'https://example.com/a-960.jpg', width: 960 },
            ],
          },
        }}
      ></news-photo>`,
    );
    const img = $(el, 'img')!;
    expect(img.getAttribute('srcset')).to.equal('https://example.com/a-480.jpg 480w, https://example.com/a-960.jpg 960w');
    expect(img.getAttribute('sizes')).to.be.a('string').and.not.equal('');
  });

  it('omits srcset when any candidate fails the policy', async () => {
    const article = {
      headline: 'x',
      image: {
        url: 'https://example.com/a.jpg',
        alt: 'A',
        sources: [
          { url: 'https://example.com/a-480.jpg', width: 480 },
          { url: 'javascript:alert(1)', width: 960 },
        ],
      },
    };
    const el = await fixture<NewsPhoto>(html`<news-photo .article=${article}></news-photo>`);
    const img = $(el, 'img')!;
    expect(img.hasAttribute('srcset')).to.equal(false);
    expect(img.hasAttribute('sizes')).to.equal(false);
    expect(img.getAttribute('src')).to.equal('https://example.com/a.jpg');
    expect(consoleRecord.warnings).to.have.length(1);
  });

  describe('alt text', () => {
    it('uses alt from data', async () => {
      const el = await fixture<NewsPhoto>(html`<news-photo .article=${{ headline: 'x', image: { url: '/a.jpg', alt: 'Trucks on a road' } }}></news-photo>`);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('Trucks on a road');
      await expect(el).to.be.accessible();
    });

    it('decorative gives alt="" even when alt is given', async () => {
      const el = await fixture<NewsPhoto>(html`<news-photo .article=${{ headline: 'x', image: { url: '/a.jpg', alt: 'Trucks', decorative: true } }}></news-photo>`);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
      expect(consoleRecord.warnings).to.have.length(0);
    });

    it('no alt but a caption gives alt="" without a warning', async () => {
      const el = await fixture<NewsPhoto>(html`<news-photo .article=${{ headline: 'x', image: { url: '/a.jpg', caption: 'Trucks on a road' } }}></news-photo>`);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
      expect(consoleRecord.warnings).to.have.length(0);
    });

    it('no alt and no caption gives alt="" and warns once', async () => {
      const el = await fixture<NewsPhoto>(html`<news-photo .article=${{ headline: 'x', image: { url: '/a.jpg' } }}></news-photo>`);
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
      expect(el.state).to.equal('ready');
      expect(consoleRecord.warnings).to.have.length(1);
      expect(String(consoleRecord.warnings[0][0])).to.contain('alt');
      el.article = { headline: 'y', image: { url: '/b.jpg' } };
      await el.updateComplete;
      expect(consoleRecord.warnings).to.have.length(1);
    });
  });

  it('keeps the box and hides the broken image on a load error', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="inline-size: 320px"><news-photo src="/does-not-exist.png" alt="Missing"></news-photo></div>`,
    );
    const el = wrap.querySelector('news-photo')!;
    await el.updateComplete;
    const frame = $(el, '[part="frame"]')!;
    const before = frame.getBoundingClientRect().height;
    const img = $(el, 'img') as HTMLImageElement;
    img.loading = 'eager';
    await waitUntil(() => frame.classList.contains('failed'), 'the error was not handled', { timeout: 5000 });
    expect(frame.getBoundingClientRect().height).to.equal(before);
    expect(getComputedStyle(img).visibility).to.equal('hidden');
    await expect(el).to.be.accessible();
  });

  it('refuses a data: image URL', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo src=${PNG_4x3} alt="Tiny"></news-photo>`);
    expect(el.state).to.equal('error');
    expect($(el, 'img')).to.equal(null);
  });

  describe('focused attributes', () => {
    it('render on their own', async () => {
      const el = await fixture<NewsPhoto>(
        html`<news-photo src="/photo.jpg" alt="Trucks" caption="A caption" credit="REUTERS/Ari Jalal" width="1200" height="800"></news-photo>`,
      );
      const img = $(el, 'img')!;
      expect(img.getAttribute('src')).to.equal('/photo.jpg');
      expect(img.getAttribute('alt')).to.equal('Trucks');
      expect(img.getAttribute('width')).to.equal('1200');
      expect(img.getAttribute('height')).to.equal('800');
      expect(partText(el, 'caption')).to.equal('A caption');
      expect(partText(el, 'credit')).to.equal('REUTERS/Ari Jalal');
      await expect(el).to.be.accessible();
    });

    it('decorative and alt="" give an empty alt', async () => {
      const decorative = await fixture<NewsPhoto>(html`<news-photo src="/p.jpg" alt="Trucks" decorative></news-photo>`);
      expect($(decorative, 'img')!.getAttribute('alt')).to.equal('');
      const empty = await fixture<NewsPhoto>(html`<news-photo src="/p.jpg" alt=""></news-photo>`);
      expect($(empty, 'img')!.getAttribute('alt')).to.equal('');
      expect(consoleRecord.warnings).to.have.length(0);
    });

    it('override the article image', async () => {
      const el = await fixture<NewsPhoto>(html`<news-photo credit="Someone" article=${await seedJson()}></news-photo>`);
      expect(partText(el, 'credit')).to.equal('Someone');
      expect($(el, 'img')!.getAttribute('src')).to.contain('US-convoy.jpg');
    });

    it('a hostile src never reaches the img, and without an image it is an error', async () => {
      for (const bad of HOSTILE_URLS) {
        const record = recordEvents<CustomEvent<NewsCardErrorDetail>>(document, 'news-card-error');
        const el = await fixture<NewsPhoto>(html`<news-photo src=${bad} alt="x"></news-photo>`);
        await aTimeout(0);
        record.stop();
        expect(urlsIn(el).filter(isHostile), bad).to.deep.equal([]);
        expect($(el, 'img'), bad).to.equal(null);
        expect(el.state, bad).to.equal('error');
        expect(record.events, bad).to.have.length(1);
        expect(record.events[0].detail.problems.map((p) => p.path)).to.include('src');
      }
    });
  });

  it('renders nothing for an article without an image', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo article='{"headline":"x"}'></news-photo>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.children).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('bad input', () => {
    for (const [name, value] of [
      ['invalid JSON', '{"image":'],
      ['wrong types', '{"headline": true}'],
      ['missing headline', '{"image":{"url":"/a.jpg","alt":"x"}}'],
    ] as const) {
      it(`${name}: error state, fallback and event`, async () => {
        const { el, events } = await mountWithArticleAttribute('news-photo', value);
        expect(el.getAttribute('state')).to.equal('error');
        expect(events).to.have.length(1);
        expect($(el, '[part="error"]')).to.not.equal(null);
        expect(consoleRecord.warnings).to.have.length(1);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }
  });

  it('localizes the credit label', async () => {
    const el = await fixture<NewsPhoto>(html`<news-photo locale="es" src="/p.jpg" caption="Pie" credit="AP"></news-photo>`);
    expect($(el, '[part="credit"]')!.parentElement!.textContent).to.equal('Foto: AP');
  });
});
