// No Lit dev-mode warnings from the elements, in any state: in particular no "scheduled an update after
// an update completed" (the News card docs page logged it for relative times: the first render was
// always absolute and a second one switched to relative, even with no server output to match).
// Lit issues each warning once per page, so this file renders every case before it looks.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { loadSeed, recordConsole } from './helpers.js';

describe('Lit dev-mode warnings', () => {
  it('none, for every time style, layout, input channel and failure', async () => {
    const record = recordConsole();
    try {
      const seed = await loadSeed();
      const recent = { ...seed, datePublished: new Date(Date.now() - 3 * 3600_000).toISOString() };
      for (const timeStyle of ['absolute', 'relative', 'auto']) {
        for (const layout of ['stacked', 'horizontal', 'compact', 'hero']) {
          await fixture(html`<news-card time-style=${timeStyle} layout=${layout} .article=${recent}></news-card>`);
        }
        await fixture(html`<news-headline time-style=${timeStyle} .article=${recent}></news-headline>`);
        await fixture(html`<news-byline time-style=${timeStyle} .article=${recent}></news-byline>`);
        await fixture(html`<news-photo time-style=${timeStyle} .article=${recent}></news-photo>`);
        await fixture(html`<news-related time-style=${timeStyle} .article=${recent}></news-related>`);
      }
      await fixture(html`<news-card time-style="relative" src="/fault/seed?delay=50"></news-card>`);
      await fixture(html`<news-card article="{bad"></news-card>`);
      await fixture(html`<news-photo src="/missing.jpg" alt="A photo that does not load"></news-photo>`);
      await aTimeout(300);
    } finally {
      record.restore();
    }
    const lit = record.warnings.map((args) => String(args[0])).filter((text) => !text.startsWith('<news-'));
    expect(lit).to.deep.equal([]);
  });

  it('relative times show from the first render when there is no server output to match', async () => {
    const seed = await loadSeed();
    const recent = { ...seed, datePublished: new Date(Date.now() - 3 * 3600_000).toISOString() };
    const el = await fixture(html`<news-byline time-style="relative" .article=${recent}></news-byline>`);
    const time = el.shadowRoot?.querySelector('time');
    expect(time?.textContent).to.match(/3 hours ago/);
  });
});
