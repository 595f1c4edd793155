// Screenshot tests: the seed card in each layout, in dark, and right to left, compared with the
// baselines under screenshots/Chrome/baseline/ (failure threshold in web-test-runner.config.mjs).
// Deterministic by construction: a same-origin abstract image, decoded before the shot; the Noto
// fonts of fonts-noto-core through the card's font tokens; calendar-day dates (no "now").
// Chromium only: web-test-runner.config.mjs leaves this file out of the other engines' runs, and
// the tests skip there if named with --files.
// Update the baselines with: NEWS_CARD_ENGINES=chromium npx wtr --files 'test/visual/*.test.ts' --update-visual-baseline
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/news-card.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import type { Article } from '../../src/article/types.js';
import { imagesReady, loadArabicSeed, loadSeed, withTestImage } from '../elements/helpers.js';
import { CHROMIUM_BASELINES, itWhere } from '../engine.js';

const FONTS =
  "--news-font-sans: 'Noto Sans', 'Noto Sans Arabic', sans-serif; --news-font-headline: 'Noto Serif', 'Noto Naskh Arabic', serif;";

async function shot(name: string, article: Article, width: number, attrs: { layout?: string; theme?: string } = {}) {
  const dark = attrs.theme === 'dark';
  const stage = await fixture<HTMLElement>(html`
    <div style="padding: 16px; inline-size: ${width}px; background: ${dark ? '#0b0c0e' : '#f4f5f7'}; ${FONTS}">
      <news-card layout=${attrs.layout ?? 'stacked'} theme=${attrs.theme ?? 'light'} .article=${article}></news-card>
    </div>
  `);
  const card = stage.querySelector('news-card') as NewsCard;
  await card.updateComplete;
  await imagesReady(card);
  await document.fonts.ready;
  await visualDiff(stage, name);
}

describe('news-card screenshots', () => {
  let seed: Article;
  let arabic: Article;
  before(async () => {
    // The seed as a teaser: a section label derived from the story (Basra is in Iraq).
    seed = withTestImage({ ...(await loadSeed()), kicker: { text: 'Iraq', url: 'https://example.com/news/iraq' } });
    arabic = withTestImage({ ...(await loadArabicSeed()), kicker: { text: 'العراق', url: 'https://example.com/ar/news/iraq' } });
  });

  itWhere(CHROMIUM_BASELINES, 'stacked', async () => {
    await shot('stacked', seed, 360);
  });

  itWhere(CHROMIUM_BASELINES, 'horizontal', async () => {
    await shot('horizontal', seed, 720, { layout: 'horizontal' });
  });

  itWhere(CHROMIUM_BASELINES, 'compact', async () => {
    await shot('compact', seed, 360, { layout: 'compact' });
  });

  itWhere(CHROMIUM_BASELINES, 'hero', async () => {
    await shot('hero', seed, 720, { layout: 'hero' });
  });

  itWhere(CHROMIUM_BASELINES, 'hero, narrow: the headline keeps the scrim when the text is taller than the photo', async () => {
    await shot('hero-narrow', seed, 360, { layout: 'hero' });
  });

  itWhere(CHROMIUM_BASELINES, 'stacked, dark', async () => {
    await shot('stacked-dark', { ...seed, flags: { live: true } }, 360, { theme: 'dark' });
  });

  itWhere(CHROMIUM_BASELINES, 'hero, dark', async () => {
    await shot('hero-dark', seed, 720, { layout: 'hero', theme: 'dark' });
  });

  itWhere(CHROMIUM_BASELINES, 'stacked, right to left', async () => {
    await shot('stacked-rtl', arabic, 360);
  });

  itWhere(CHROMIUM_BASELINES, 'horizontal, right to left', async () => {
    await shot('horizontal-rtl', arabic, 720, { layout: 'horizontal' });
  });
});
