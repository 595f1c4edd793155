import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-related.js';
import type { NewsRelated } from '../../src/elements/news-related/news-related.js';
import { $, $$, HOSTILE_URLS, dayText, isHostile, loadSeed, recordConsole, seedJson, urlsIn, mountWithArticleAttribute } from './helpers.js';

describe('<news-related>', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => {
    consoleRecord.restore();
  });

  it('renders the seed: a labelled list of links with dates', async () => {
    const seed = await loadSeed();
    const el = await fixture<NewsRelated>(html`<news-related article=${await seedJson()}></news-related>`);
    expect(el.getAttribute('state')).to.equal('ready');
    const heading = $(el, '[part="related-heading"]')!;
    expect(heading.localName).to.equal('h2');
    expect(heading.textContent).to.equal('Related');
    const list = $(el, 'ul')!;
    expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
    const links = $$(el, 'li > a[part="related-link"]');
    expect(links.map((a) => a.textContent)).to.deep.equal(seed.related!.map((r) => r.headline));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(seed.related!.map((r) => r.url));
    const times = $$(el, 'li time');
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2021-12-26', '2020-01-05', '2021-12-09']);
    expect(times[0].textContent).to.equal(dayText('2021-12-26'));
    await expect(el).to.be.accessible();
  });

  it('limit shows at most that many; invalid limits show all', async () => {
    const json = await seedJson();
    const two = await fixture<NewsRelated>(html`<news-related limit="2" article=${json}></news-related>`);
    expect($$(two, 'li')).to.have.length(2);
    const zero = await fixture<NewsRelated>(html`<news-related limit="0" article=${json}></news-related>`);
    expect($(zero, 'ul')).to.equal(null);
    for (const value of ['-1', 'abc', '1.5', '']) {
      const el = await fixture<NewsRelated>(html`<news-related limit=${value} article=${json}></news-related>`);
      expect($$(el, 'li'), `limit=${value}`).to.have.length(3);
    }
  });

  it('honours heading-level for its heading', async () => {
    const el = await fixture<NewsRelated>(html`<news-related heading-level="4" article=${await seedJson()}></news-related>`);
    expect($(el, '[part="related-heading"]')!.localName).to.equal('h4');
  });

  it('renders nothing, not an empty list, without related stories', async () => {
    const el = await fixture<NewsRelated>(html`<news-related article='{"headline":"x"}'></news-related>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.children).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('takes items as a focused property and drops unusable ones', async () => {
    const el = await fixture<NewsRelated>(
      html`<news-related
        .items=${[
          { url: '/a', headline: 'A story', datePublished: '2021-12-26' },
          { url: 'javascript:alert(1)', headline: 'Hostile' },
          { url: '/c', headline: '  ' },
          { url: '/d', headline: 'D story' },
        ]}
      ></news-related>`,
    );
    expect($$(el, '[part="related-link"]').map((a) => a.textContent)).to.deep.equal(['A story', 'D story']);
    expect(consoleRecord.warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('never renders hostile URLs from article data', async () => {
    for (const bad of HOSTILE_URLS) {
      const el = await fixture<NewsRelated>(
        html`<news-related .article=${{ headline: 'x', related: [{ url: bad, headline: 'Bad' }, { url: '/ok', headline: 'OK' }] }}></news-related>`,
      );
      expect(urlsIn(el).filter(isHostile), bad).to.deep.equal([]);
    }
  });

  describe('bad input', () => {
    for (const [name, value] of [
      ['invalid JSON', '[{"url":'],
      ['wrong types', '42'],
      ['missing headline', '{"related":[{"url":"/a","headline":"A"}]}'],
    ] as const) {
      it(`${name}: error state, fallback and event`, async () => {
        const { el, events } = await mountWithArticleAttribute('news-related', value);
        expect(el.getAttribute('state')).to.equal('error');
        expect(events).to.have.length(1);
        expect($(el, '[part="error"]')).to.not.equal(null);
        expect(consoleRecord.warnings).to.have.length(1);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }
  });

  it('localizes the heading and is accessible right to left', async () => {
    const el = await fixture<NewsRelated>(
      html`<news-related .article=${{ headline: 'x', inLanguage: 'ar', related: [{ url: '/a', headline: 'خبر ذو صلة', datePublished: '2021-12-26' }] }}></news-related>`,
    );
    expect($(el, '[part="related-heading"]')!.textContent).to.equal('أخبار ذات صلة');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
