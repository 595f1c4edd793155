import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-byline.js';
import type { NewsByline } from '../../src/elements/news-byline/news-byline.js';
import { $, $$, HOSTILE_URLS, dayText, isHostile, partText, recordConsole, seedJson, urlsIn, mountWithArticleAttribute } from './helpers.js';

const THREE = [{ name: 'Ada' }, { name: 'Ben' }, { name: 'Cy' }];

describe('<news-byline>', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => {
    consoleRecord.restore();
  });

  it('renders the seed: By News Desk, The Cradle, the date in a <time>', async () => {
    const el = await fixture<NewsByline>(html`<news-byline article=${await seedJson()}></news-byline>`);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(partText(el, 'authors')).to.equal('By News Desk');
    expect(partText(el, 'publisher')).to.equal('The Cradle');
    const time = $(el, 'time[part="time"]')!;
    expect(time.getAttribute('datetime')).to.equal('2021-12-27');
    expect(time.textContent).to.equal(dayText('2021-12-27'));
    expect(time.textContent).to.contain('27');
    expect($(el, '[part="updated"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('joins three authors as "A, B and C" in English', async () => {
    const el = await fixture<NewsByline>(html`<news-byline .article=${{ headline: 'x', author: THREE }}></news-byline>`);
    expect(partText(el, 'authors')).to.equal('By Ada, Ben and Cy');
    expect($$(el, '[part="author"]').map((a) => a.textContent)).to.deep.equal(['Ada', 'Ben', 'Cy']);
    await expect(el).to.be.accessible();
  });

  it('joins authors in the locale: French and German', async () => {
    const fr = await fixture<NewsByline>(html`<news-byline locale="fr" .article=${{ headline: 'x', author: THREE }}></news-byline>`);
    expect(partText(fr, 'authors')).to.equal('Par Ada, Ben et Cy');
    const de = await fixture<NewsByline>(html`<news-byline locale="de" .article=${{ headline: 'x', author: THREE }}></news-byline>`);
    expect(partText(de, 'authors')).to.equal('Von Ada, Ben und Cy');
  });

  it('joins two authors without a comma', async () => {
    const el = await fixture<NewsByline>(
      html`<news-byline .article=${{ headline: 'x', author: [{ name: 'Ada' }, { name: 'Ben' }] }}></news-byline>`,
    );
    expect(partText(el, 'authors')).to.equal('By Ada and Ben');
  });

  it('links authors that have a url (http, https, relative, mailto)', async () => {
    const el = await fixture<NewsByline>(
      html`<news-byline
        .article=${{
          headline: 'x',
          author: [
            { name: 'Ada', url: 'https://example.com/ada' },
            { name: 'Ben', url: 'mailto:ben@example.com' },
            { name: 'Cy' },
          ],
        }}
      ></news-byline>`,
    );
    const authors = $$(el, '[part="author"]');
    expect(authors.map((a) => a.localName)).to.deep.equal(['a', 'a', 'span']);
    expect(authors[0].getAttribute('href')).to.equal('https://example.com/ada');
    expect(authors[1].getAttribute('href')).to.equal('mailto:ben@example.com');
    await expect(el).to.be.accessible();
  });

  it('shows "Updated" with its own <time> only when dateModified is later', async () => {
    const later = await fixture<NewsByline>(
      html`<news-byline .article=${{ headline: 'x', datePublished: '2021-12-27T08:00:00Z', dateModified: '2021-12-27T10:00:00Z' }}></news-byline>`,
    );
    const updated = $(later, '[part="updated"]')!;
    expect(updated.textContent).to.match(/^Updated /);
    expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2021-12-27T10:00:00Z');
    await expect(later).to.be.accessible();

    for (const modified of ['2021-12-27T08:00:00Z', '2021-12-26T08:00:00Z']) {
      const el = await fixture<NewsByline>(
        html`<news-byline .article=${{ headline: 'x', datePublished: '2021-12-27T08:00:00Z', dateModified: modified }}></news-byline>`,
      );
      expect($(el, '[part="updated"]'), modified).to.equal(null);
    }
  });

  it('formats a date-only value as that calendar day (UTC)', async () => {
    const el = await fixture<NewsByline>(html`<news-byline date-published="2021-12-27"></news-byline>`);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2021, 11, 27),
    );
    expect(partText(el, 'time')).to.equal(expected);
  });

  describe('focused properties', () => {
    it('authors as a string, an array and a JSON attribute', async () => {
      const single = await fixture<NewsByline>(html`<news-byline authors="News Desk"></news-byline>`);
      expect(partText(single, 'authors')).to.equal('By News Desk');
      const array = await fixture<NewsByline>(
        html`<news-byline .authors=${['Ada', { name: 'Ben', url: '/ben' }]}></news-byline>`,
      );
      expect(partText(array, 'authors')).to.equal('By Ada and Ben');
      expect($(array, 'a[part="author"]')!.getAttribute('href')).to.equal('/ben');
      const json = await fixture<NewsByline>(html`<news-byline authors='["Ada","Ben","Cy"]'></news-byline>`);
      expect(partText(json, 'authors')).to.equal('By Ada, Ben and Cy');
    });

    it('publisher and dates', async () => {
      const el = await fixture<NewsByline>(
        html`<news-byline publisher="The Cradle" date-published="2021-12-27" date-modified="2021-12-28"></news-byline>`,
      );
      expect(partText(el, 'publisher')).to.equal('The Cradle');
      expect($(el, '[part="time"]')!.getAttribute('datetime')).to.equal('2021-12-27');
      expect($(el, '[part="updated-time"]')!.getAttribute('datetime')).to.equal('2021-12-28');
      await expect(el).to.be.accessible();
    });

    it('override the article', async () => {
      const el = await fixture<NewsByline>(html`<news-byline authors="Someone Else" article=${await seedJson()}></news-byline>`);
      expect(partText(el, 'authors')).to.equal('By Someone Else');
      expect(partText(el, 'publisher')).to.equal('The Cradle');
    });

    it('drop invalid dates and hostile author URLs with a warning', async () => {
      const el = await fixture<NewsByline>(html`<news-byline authors="A" date-published="2024-02-30"></news-byline>`);
      expect($(el, 'time')).to.equal(null);
      expect(el.state).to.equal('ready');
      expect(consoleRecord.warnings).to.have.length(1);
      for (const bad of HOSTILE_URLS) {
        const linked = await fixture<NewsByline>(html`<news-byline .authors=${[{ name: 'A', url: bad }]}></news-byline>`);
        expect(urlsIn(linked).filter(isHostile), bad).to.deep.equal([]);
      }
    });
  });

  it('renders nothing for an article with no byline data', async () => {
    const el = await fixture<NewsByline>(html`<news-byline article='{"headline":"x"}'></news-byline>`);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.children).to.have.length(0);
  });

  describe('bad input', () => {
    for (const [name, value] of [
      ['invalid JSON', '{'],
      ['wrong types', '"just a string"'],
      ['missing headline', '{"author":[{"name":"A"}]}'],
    ] as const) {
      it(`${name}: error state, fallback and event`, async () => {
        const { el, events } = await mountWithArticleAttribute('news-byline', value);
        expect(el.getAttribute('state')).to.equal('error');
        expect(events).to.have.length(1);
        expect(events[0].detail.problems).to.have.length.greaterThan(0);
        expect($(el, '[part="error"]')).to.not.equal(null);
        expect(consoleRecord.warnings).to.have.length(1);
        await expect(el).to.be.accessible();
        el.remove();
      });
    }
  });

  it('is accessible in Arabic, right to left', async () => {
    const el = await fixture<NewsByline>(
      html`<news-byline .article=${{ headline: 'x', inLanguage: 'ar', author: [{ name: 'أحمد' }, { name: 'سارة' }], datePublished: '2021-12-27' }}></news-byline>`,
    );
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(partText(el, 'authors')).to.match(/^بقلم /);
    expect(partText(el, 'time')).to.equal('27 ديسمبر 2021'); // the same digits in every engine and on the server
    await expect(el).to.be.accessible();
  });
});
