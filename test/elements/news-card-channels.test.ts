// Every input channel and every foreign format renders the seed article the same way: the same visible
// text and the same link and image URLs. Foreign formats carry no related stories, and Open Graph carries
// no caption or credit, so those parts are compared only where the input has them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-card.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import type { Article } from '../../src/article/types.js';
import { metaTags } from '../article/adapters/helpers.js';
import { $, $$, loadSeed, partText } from './helpers.js';

interface Rendered {
  headline?: string;
  dek?: string;
  byline?: string;
  caption?: string;
  credit?: string;
  headlineHref?: string | null;
  imageSrc?: string | null;
  related: Array<{ text?: string; href: string | null }>;
}

/** What a reader sees and what the links point to. */
function rendered(card: NewsCard): Rendered {
  return {
    headline: partText(card, 'headline'),
    dek: partText(card, 'dek'),
    byline: partText(card, 'byline'),
    caption: partText(card, 'caption'),
    credit: partText(card, 'credit'),
    headlineHref: $(card, '[part~="headline-link"]')?.getAttribute('href'),
    imageSrc: $(card, '[part~="image"]')?.getAttribute('src'),
    related: $$(card, '[part~="related-link"]').map((a) => ({ text: a.textContent?.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') })),
  };
}

async function ready(card: NewsCard): Promise<NewsCard> {
  for (let i = 0; i < 200 && card.getAttribute('state') !== 'ready'; i++) {
    if (card.getAttribute('state') === 'error') break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await card.updateComplete;
  expect(card.getAttribute('state'), 'the card ends ready').to.equal('ready');
  return card;
}

async function fixtureJson(path: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/${path}`)).json();
}


describe('<news-card> renders the seed identically from every channel and format', () => {
  let seed: Article;
  let reference: Rendered;

  before(async () => {
    seed = await loadSeed();
    const card = await fixture<NewsCard>(html`<news-card .article=${seed}></news-card>`);
    reference = rendered(await ready(card));
    // The reference is real content, so the comparisons below cannot pass on empty cards.
    expect(reference.headline).to.equal('US occupation forces convoy attacked in Iraq’s Basra province');
    expect(reference.byline).to.contain('By News Desk');
    expect(reference.byline).to.contain('The Cradle');
    expect(reference.credit).to.contain('REUTERS/Ari Jalal');
    expect(reference.imageSrc).to.equal('https://media.thecradle.co/wp-content/uploads/2021/12/US-convoy.jpg');
    expect(reference.related).to.have.length(3);
  });

  const withoutRelated = (r: Rendered) => ({ ...r, related: [] });

  it('the article attribute', async () => {
    const card = await fixture<NewsCard>(html`<news-card article=${JSON.stringify(seed)}></news-card>`);
    expect(rendered(await ready(card))).to.deep.equal(reference);
  });

  it('a <script type="application/json"> child', async () => {
    const card = await fixture<NewsCard>(
      html`<news-card><script type="application/json">${JSON.stringify(seed)}</script></news-card>`,
    );
    expect(rendered(await ready(card))).to.deep.equal(reference);
  });

  it('src', async () => {
    const card = await fixture<NewsCard>(html`<news-card src="/test/fixtures/seed-article.json"></news-card>`);
    expect(rendered(await ready(card))).to.deep.equal(reference);
  });

  it('schema.org JSON-LD in a <script type="application/ld+json"> child', async () => {
    const jsonLd = await fixtureJson('formats/seed.jsonld.json');
    const card = await fixture<NewsCard>(
      html`<news-card><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></news-card>`,
    );
    expect(rendered(await ready(card))).to.deep.equal(withoutRelated(reference));
  });

  it('a WordPress REST post (with _embed) as the article property', async () => {
    const card = await fixture<NewsCard>(html`<news-card .article=${await fixtureJson('formats/seed.wordpress.json')}></news-card>`);
    // A post always carries a time of day (date_gmt) and its site's locale (en_US), so the byline shows
    // the date with that time where the seed has a calendar day only; everything else is the same.
    const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }).format(new Date('2021-12-27T00:00:00Z'));
    expect(rendered(await ready(card))).to.deep.equal({ ...withoutRelated(reference), byline: `By News DeskThe Cradle${dateTime}` });
  });

  it('an Open Graph record of the article page as the article property', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/test/fixtures/formats/seed.opengraph.html')).text(), 'text/html');
    const card = await fixture<NewsCard>(html`<news-card .article=${metaTags(page)}></news-card>`);
    // Open Graph has no caption or credit: everything else matches.
    expect(rendered(await ready(card))).to.deep.equal({ ...withoutRelated(reference), caption: undefined, credit: undefined });
  });
});
