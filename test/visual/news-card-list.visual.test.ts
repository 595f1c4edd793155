// Screenshot tests of <news-card-list> in its three layouts: the seed and its related stories (the seed
// with the same-origin test image, the related stories as compact-free text cards), in the Noto fonts.
// Chromium only, like test/visual/news-card.visual.test.ts. Update the baselines with:
// NEWS_CARD_ENGINES=chromium npx wtr --files 'test/visual/news-card-list.visual.test.ts' --update-visual-baseline
import { fixture, html } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/news-card-list.js';
import type { Article } from '../../src/article/types.js';
import type { NewsCardList } from '../../src/elements/news-card-list/news-card-list.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import { imagesReady, loadSeed, withTestImage } from '../elements/helpers.js';
import { CHROMIUM_BASELINES, itWhere } from '../engine.js';

const FONTS = "--news-font-sans: 'Noto Sans', sans-serif; --news-font-headline: 'Noto Serif', serif;";

async function shot(name: string, articles: Article[], width: number, layout: string) {
  const stage = await fixture<HTMLElement>(html`
    <div style="padding: 16px; inline-size: ${width}px; background: #f4f5f7; ${FONTS}">
      <news-card-list layout=${layout} theme="light" heading="Latest from Iraq" more-href="https://example.com/news/iraq" .articles=${articles}></news-card-list>
    </div>
  `);
  const list = stage.querySelector('news-card-list') as NewsCardList;
  await list.updateComplete;
  const cards = [...(list.shadowRoot?.querySelectorAll('news-card') ?? [])] as NewsCard[];
  await Promise.all(cards.map((c) => c.updateComplete));
  await Promise.all(cards.map((c) => imagesReady(c)));
  await list.updateComplete;
  await document.fonts.ready;
  await visualDiff(stage, name);
}

describe('news-card-list screenshots', () => {
  let stories: Article[];
  before(async () => {
    const seed = await loadSeed();
    stories = [
      withTestImage({ ...seed, related: undefined }),
      ...seed.related!.map((s) => ({ headline: s.headline, url: s.url, datePublished: s.datePublished, publisher: seed.publisher })),
    ];
  });

  itWhere(CHROMIUM_BASELINES, 'list', async () => {
    await shot('list-list', stories, 420, 'list');
  });

  itWhere(CHROMIUM_BASELINES, 'grid', async () => {
    await shot('list-grid', stories, 900, 'grid');
  });

  itWhere(CHROMIUM_BASELINES, 'rail', async () => {
    await shot('list-rail', stories, 720, 'rail');
  });
});
