import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/news-headline.js';
import type { NewsHeadline } from '../../src/elements/news-headline/news-headline.js';
import type { NewsCardErrorDetail } from '../../src/internal/article-element.js';
import { $, $$, HOSTILE_URLS, isHostile, loadSeed, partText, recordConsole, seedJson, urlsIn, mountWithArticleAttribute } from './helpers.js';

const SEED_HEADLINE = 'US occupation forces convoy attacked in Iraq’s Basra province';

describe('<news-headline>', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => {
    consoleRecord.restore();
  });

  it('renders the seed headline as an <h2> linked to the article url', async () => {
    const seed = await loadSeed();
    const el = await fixture<NewsHeadline>(html`<news-headline article=${await seedJson()}></news-headline>`);
    expect(el.getAttribute('state')).to.equal('ready');
    const heading = $(el, '[part="headline"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal(SEED_HEADLINE);
    expect($(el, '[part="headline-link"]')!.getAttribute('href')).to.equal(seed.url);
    expect($(el, '[part~="kicker"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const level of [1, 2, 3, 4, 5, 6]) {
    it(`honours heading-level="${level}"`, async () => {
      const el = await fixture<NewsHeadline>(
        html`<news-headline heading-level=${level} article='{"headline":"H"}'></news-headline>`,
      );
      expect($(el, '[part="headline"]')!.localName).to.equal(`h${level}`);
    });
  }

  it('falls back to <h2> for invalid levels', async () => {
    for (const value of ['0', '7', '-1', 'two', '3.5']) {
      const el = await fixture<NewsHeadline>(
        html`<news-headline heading-level=${value} article='{"headline":"H"}'></news-headline>`,
      );
      expect($(el, '[part="headline"]')!.localName, value).to.equal('h2');
    }
    const el = await fixture<NewsHeadline>(html`<news-headline article='{"headline":"H"}'></news-headline>`);
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, '[part="headline"]')!.localName).to.equal('h2');
  });

  it('has no link without a url', async () => {
    const el = await fixture<NewsHeadline>(html`<news-headline article='{"headline":"Plain"}'></news-headline>`);
    expect($(el, 'a')).to.equal(null);
    expect(partText(el, 'headline')).to.equal('Plain');
  });

  it('shows the kicker as a separate label: kicker.text (linked) or articleSection', async () => {
    const linked = await fixture<NewsHeadline>(
      html`<news-headline .article=${{ headline: 'H', kicker: { text: 'Iraq', url: 'https://example.com/iraq' }, articleSection: 'World' }}></news-headline>`,
    );
    const kicker = $(linked, '[part~="kicker"]')!;
    expect(kicker.localName).to.equal('a');
    expect(kicker.textContent).to.equal('Iraq');
    expect(kicker.getAttribute('href')).to.equal('https://example.com/iraq');
    expect(kicker.closest('h2')).to.equal(null);
    await expect(linked).to.be.accessible();

    const section = await fixture<NewsHeadline>(
      html`<news-headline .article=${{ headline: 'H', articleSection: 'World' }}></news-headline>`,
    );
    expect(partText(section, 'kicker')).to.equal('World');
    expect($(section, '[part~="kicker"]')!.localName).to.equal('span');
  });

  it('shows flags as text', async () => {
    const el = await fixture<NewsHeadline>(
      html`<news-headline .article=${{ headline: 'H', flags: { live: true, opinion: true } }}></news-headline>`,
    );
    expect($$(el, '[part~="flag"]').map((f) => f.textContent)).to.deep.equal(['Live', 'Opinion']);
    await expect(el).to.be.accessible();
  });

  describe('focused properties', () => {
    it('render on their own', async () => {
      const el = await fixture<NewsHeadline>(
        html`<news-headline headline="Focused" url="/story" kicker="Politics"></news-headline>`,
      );
      expect(el.state).to.equal('ready');
      expect(partText(el, 'headline')).to.equal('Focused');
      expect($(el, '[part="headline-link"]')!.getAttribute('href')).to.equal('/story');
      expect(partText(el, 'kicker')).to.equal('Politics');
      await expect(el).to.be.accessible();
    });

    it('override the article', async () => {
      const el = await fixture<NewsHeadline>(
        html`<news-headline headline="Override" article=${await seedJson()}></news-headline>`,
      );
      expect(partText(el, 'headline')).to.equal('Override');
    });

    it('pass the URL policy', async () => {
      for (const bad of HOSTILE_URLS) {
        const el = await fixture<NewsHeadline>(html`<news-headline headline="H" url=${bad}></news-headline>`);
        expect(urlsIn(el).filter(isHostile), bad).to.deep.equal([]);
        expect($(el, 'a')).to.equal(null);
      }
    });

    it('a url without a headline is an error', async () => {
      const errored = oneEvent(document, 'news-card-error');
      const el = await fixture<NewsHeadline>(html`<news-headline url="/x"></news-headline>`);
      const { detail } = (await errored) as CustomEvent<NewsCardErrorDetail>;
      expect(detail.problems.map((p) => p.path)).to.include('headline');
      expect(el.state).to.equal('error');
    });
  });

  describe('bad input', () => {
    for (const [name, value] of [
      ['invalid JSON', '{"headline":'],
      ['wrong types', '{"headline": ["a"]}'],
      ['missing headline', '{"description":"x"}'],
    ] as const) {
      it(`${name}: error state, fallback and event`, async () => {
        const { el, events } = await mountWithArticleAttribute('news-headline', value);
        expect(el.getAttribute('state')).to.equal('error');
        expect(events).to.have.length(1);
        expect(events[0].detail.problems).to.have.length.greaterThan(0);
        expect(partText(el, 'error')).to.equal('This story could not be shown.');
        expect(consoleRecord.warnings).to.have.length(1);
        expect(consoleRecord.errors).to.have.length(0);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }
  });

  it('renders nothing and has no state without input', async () => {
    const el = await fixture<NewsHeadline>(html`<news-headline></news-headline>`);
    expect(el.hasAttribute('state')).to.equal(false);
    expect(el.shadowRoot!.children).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('isolates right-to-left text and follows its direction', async () => {
    const el = await fixture<NewsHeadline>(
      html`<news-headline .article=${{ headline: 'عنوان الخبر', inLanguage: 'ar', articleSection: 'العراق' }}></news-headline>`,
    );
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, '[part="headline"]')!.getAttribute('dir')).to.equal('auto');
    await expect(el).to.be.accessible();
  });

  it('leaves room for the whole focus ring of the headline link inside the line clamp', async () => {
    const el = await fixture<NewsHeadline>(
      html`<news-headline .article=${{ headline: 'US occupation forces convoy attacked in Iraq’s Basra province', url: 'https://example.com/a' }}></news-headline>`,
    );
    const heading = $(el, '.headline') as HTMLElement;
    const link = $(el, 'a') as HTMLAnchorElement;
    link.focus();
    const style = getComputedStyle(link);
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset || '0');
    expect(ring, 'the link draws a focus ring').to.be.greaterThan(0);
    // What the clamp clips to: the heading's padding box, grown by overflow-clip-margin where the engine has it.
    const clipMargin = CSS.supports('overflow-clip-margin', '2px') ? parseFloat(getComputedStyle(heading).getPropertyValue('overflow-clip-margin')) || 0 : 0;
    const box = heading.getBoundingClientRect();
    const rects = [...link.getClientRects()];
    const first = rects[0];
    const last = rects[rects.length - 1];
    // Line starts and the first line's top and last line's bottom meet the heading's edges: the ring must fit there.
    expect(first.top - ring, 'top of the ring').to.be.at.least(box.top - clipMargin - 0.5);
    expect(last.bottom + ring, 'bottom of the ring').to.be.at.most(box.bottom + clipMargin + 0.5);
    for (const rect of rects) expect(rect.left - ring, 'start of the ring').to.be.at.least(box.left - clipMargin - 0.5);
  });
});
