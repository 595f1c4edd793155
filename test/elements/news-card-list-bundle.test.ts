// The CDN file on its own, as a page with one script tag uses it: dist/news-card-list.bundle.js (built by
// `npm run build`) shows an accessible rail from a feed, loading the feed reader from beside itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const BUNDLE = '/dist/news-card-list.bundle.js';

describe('dist/news-card-list.bundle.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('<news-card-list src="…feed.xml" layout="rail"> shows an accessible rail of cards', async () => {
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith('/news-card.feed.js'))).to.equal(false);
    const list = await fixture(html`<news-card-list src="/test/fixtures/feeds/seed.rss.xml" layout="rail" heading="Latest"></news-card-list>`);
    await waitUntil(() => list.getAttribute('state') === 'ready', 'ready', { timeout: 5000 });
    const cards = [...(list.shadowRoot?.querySelectorAll('li > news-card') ?? [])];
    expect(cards).to.have.length(4);
    await Promise.all(cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    expect(cards[0].shadowRoot?.querySelector('h3')?.textContent).to.equal('US occupation forces convoy attacked in Iraq’s Basra province');
    expect(list.shadowRoot?.querySelectorAll('button')).to.have.length(2);
    // The feed reader came on demand, from beside the bundle.
    expect(performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/news-card.feed.js'))).to.equal(true);
    await expect(list).to.be.accessible();
  });
});
