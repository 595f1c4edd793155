// The card renders its whole article in one template; the standalone parts render their own. This
// checks that the two never drift apart: each part's markup equals the same piece of the card's.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Article } from '../../src/article/types.js';
import { loadSeed, recordConsole } from './helpers.js';

/** The markup of the first match of `selector` in `el`'s shadow root, without Lit's comment markers. */
function markup(el: Element, selector: string): string {
  const found = el.shadowRoot!.querySelector(selector);
  expect(found, `${el.localName} ${selector}`).to.not.equal(null);
  return found!.outerHTML.replace(/<!--[^]*?-->/g, '');
}

const RICH: Article = {
  headline: 'A headline with every part',
  url: 'https://example.com/a',
  kicker: { text: 'World', url: 'https://example.com/world' },
  flags: { live: true, opinion: true },
  description: 'A dek.',
  author: [{ name: 'Ada', url: 'https://example.com/ada' }, { name: 'Ben' }, { name: 'Cy', url: 'mailto:cy@example.com' }],
  publisher: { name: 'The Paper' },
  datePublished: '2021-12-27T10:00:00Z',
  dateModified: '2021-12-28T08:30:00+03:00',
  image: {
    url: 'https://example.com/a.jpg',
    width: 1200,
    height: 800,
    alt: 'A picture',
    caption: 'A caption.',
    creditText: 'Someone/Agency',
    sources: [
      { url: 'https://example.com/a-480.jpg', width: 480 },
      { url: 'https://example.com/a-960.jpg', width: 960 },
    ],
    focalPoint: { x: 0.3, y: 0.7 },
  },
  related: [
    { url: 'https://example.com/r1', headline: 'First related', datePublished: '2021-12-26' },
    { url: '/r2', headline: 'Second related' },
  ],
};

describe('the parts render the same markup as the card', () => {
  let consoleRecord: ReturnType<typeof recordConsole>;
  beforeEach(() => {
    consoleRecord = recordConsole();
  });
  afterEach(() => consoleRecord.restore());

  for (const [name, load] of [
    ['the seed', loadSeed],
    ['an article with every field', async () => structuredClone(RICH)],
  ] as const) {
    for (const locale of ['en', 'ar']) {
      it(`${name}, locale ${locale}`, async () => {
        const article = await load();
        const card = await fixture(html`<news-card locale=${locale} heading-level="3" .article=${article}></news-card>`);
        const headline = await fixture(html`<news-headline locale=${locale} heading-level="3" .article=${article}></news-headline>`);
        const byline = await fixture(html`<news-byline locale=${locale} .article=${article}></news-byline>`);
        const photo = await fixture(html`<news-photo locale=${locale} .article=${article}></news-photo>`);
        const related = await fixture(html`<news-related locale=${locale} heading-level="4" .article=${article}></news-related>`);

        expect(markup(headline, 'h3')).to.equal(markup(card, 'h3'));
        if (article.kicker || article.flags) expect(markup(headline, '[part="eyebrow"]')).to.equal(markup(card, '[part="eyebrow"]'));
        expect(markup(byline, '[part="byline"]')).to.equal(markup(card, '[part="byline"]'));
        expect(markup(photo, '[part="media"]')).to.equal(markup(card, '[part="media"]'));
        expect(markup(related, '[part="related"]')).to.equal(markup(card, '[part="related"]'));
      });
    }
  }
});
