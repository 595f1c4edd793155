// Presentation of <news-card>: layouts and their geometry, the hero scrim, theming and dark mode,
// style isolation, direction, the whole-card link, focus, reduced motion and the accessibility of
// every layout × theme × direction.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { Article } from '../../src/article/types.js';
import { NewsCard } from '../../src/elements/news-card/news-card.js';
import { NewsHeadline } from '../../src/elements/news-headline/news-headline.js';
import { NewsByline } from '../../src/elements/news-byline/news-byline.js';
import { NewsPhoto } from '../../src/elements/news-photo/news-photo.js';
import { NewsRelated } from '../../src/elements/news-related/news-related.js';
import { $, $$, imagesReady, loadArabicSeed, loadSeed, withTestImage } from './helpers.js';
import { itWhere, MEDIA_EMULATION, missingHere } from '../engine.js';

type Layout = 'stacked' | 'horizontal' | 'compact' | 'hero';
const LAYOUTS: Layout[] = ['stacked', 'horizontal', 'compact', 'hero'];

interface CardOptions {
  layout?: Layout;
  theme?: string;
  width?: number;
  stageStyle?: string;
}

/** A card in a stage of a fixed width, with its image decoded. */
async function card(article: Article, options: CardOptions = {}): Promise<NewsCard> {
  const stage = await fixture<HTMLElement>(html`
    <div style="inline-size: ${options.width ?? 360}px; ${options.stageStyle ?? ''}">
      <news-card layout=${options.layout ?? 'stacked'} theme=${options.theme ?? 'light'} .article=${article}></news-card>
    </div>
  `);
  const el = stage.querySelector('news-card')!;
  await el.updateComplete;
  await imagesReady(el);
  return el;
}

const box = (el: Element, selector: string) => $(el, selector)!.getBoundingClientRect();

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

// WCAG relative luminance and contrast, for colours read from computed styles.
type RGBA = [number, number, number, number];

function parseColor(value: string): RGBA {
  const rgb = value.match(/^rgba?\(([^)]+)\)$/);
  if (rgb) {
    const [r, g, b, a = 1] = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  }
  const srgb = value.match(/^color\(srgb ([^)]+)\)$/);
  if (srgb) {
    const [r, g, b, a = 1] = srgb[1].split(/[\s/]+/).filter(Boolean).map(Number);
    return [r * 255, g * 255, b * 255, a];
  }
  throw new Error(`Unparsed colour ${value}`);
}

const over = (top: RGBA, bottom: RGBA): RGBA => [
  top[0] * top[3] + bottom[0] * (1 - top[3]),
  top[1] * top[3] + bottom[1] * (1 - top[3]),
  top[2] * top[3] + bottom[2] * (1 - top[3]),
  1,
];

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every non-blank text node under `root`, with its element. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode.textContent ?? '').trim()) nodes.push(walker.currentNode as Text);
  return nodes;
}

describe('<news-card> presentation', () => {
  let seed: Article;
  let arabic: Article;
  before(async () => {
    seed = withTestImage({ ...(await loadSeed()), kicker: { text: 'Iraq', url: 'https://example.com/news/iraq' } });
    arabic = withTestImage(await loadArabicSeed());
  });
  afterEach(async () => {
    if (!missingHere(MEDIA_EMULATION)) await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  describe('layouts follow the card’s own width', () => {
    it('horizontal at 720px: the image is left of the text', async () => {
      const el = await card(seed, { layout: 'horizontal', width: 720 });
      const frame = box(el, '[part="frame"]');
      const headline = box(el, '[part="headline"]');
      expect(frame.right).to.be.at.most(headline.left);
      expect(frame.top).to.be.below(headline.bottom);
      expect(frame.width).to.be.closeTo(0.4 * (720 - 2) - 16, 2);
    });

    it('horizontal at 720px right to left: the image is right of the text', async () => {
      const el = await card(arabic, { layout: 'horizontal', width: 720 });
      expect($(el, 'article')!.getAttribute('dir')).to.equal('rtl');
      const frame = box(el, '[part="frame"]');
      const headline = box(el, '[part="headline"]');
      expect(frame.left).to.be.at.least(headline.right);
    });

    it('horizontal at 320px: stacks, the image above the text, in the same viewport', async () => {
      const wide = await card(seed, { layout: 'horizontal', width: 720 });
      const narrow = await card(seed, { layout: 'horizontal', width: 320 });
      const frame = box(narrow, '[part="frame"]');
      const headline = box(narrow, '[part="headline"]');
      expect(frame.bottom).to.be.at.most(headline.top);
      expect(frame.width).to.be.closeTo(318, 1);
      // The wide card next to it is still horizontal: the viewport did not decide.
      expect(box(wide, '[part="frame"]').right).to.be.at.most(box(wide, '[part="headline"]').left);
    });

    it('stacked: the image above the text at any width', async () => {
      for (const width of [320, 720]) {
        const el = await card(seed, { width });
        expect(box(el, '[part="frame"]').bottom).to.be.at.most(box(el, '[part="headline"]').top);
      }
    });

    it('compact: no image, no dek and no related stories in the shadow DOM', async () => {
      const el = await card(seed, { layout: 'compact' });
      expect($(el, 'img')).to.equal(null);
      expect($(el, 'figure')).to.equal(null);
      expect($(el, '[part="dek"]')).to.equal(null);
      expect($(el, '[part="related"]')).to.equal(null);
      expect($(el, '[part~="kicker"]')!.textContent).to.equal('Iraq');
      expect($(el, '[part="headline"]')!.textContent).to.equal(seed.headline);
      expect($(el, '[part="byline"]')).to.not.equal(null);
      expect(el.shadowRoot!.textContent).to.not.contain(seed.description!);
    });

    it('hero: the headline box lies over the image box', async () => {
      for (const width of [720, 320]) {
        const el = await card(seed, { layout: 'hero', width });
        const frame = box(el, '[part="frame"]');
        const headline = box(el, '[part="headline"]');
        expect(overlaps(headline, frame), `at ${width}px`).to.equal(true);
        expect(headline.bottom).to.be.at.most(frame.bottom);
        // The figcaption stays below the photo, readable on the card's surface.
        expect(box(el, '[part="figcaption"]').top).to.be.at.least(frame.bottom);
      }
    });

    it('hero: text on the scrim is AA over the lightest and the darkest image', async () => {
      for (const width of [720, 320]) {
        const el = await card({ ...seed, flags: { opinion: true, sponsored: true } }, { layout: 'hero', width });
        const body = $(el, '[part="body"]')!;
        const background = getComputedStyle(body).backgroundImage;
        const solid = background.match(/(rgba?\([^)]+\)|color\([^)]+\))\s+([\d.]+)px\)$/);
        expect(solid, background).to.not.equal(null);
        const scrim = parseColor(solid![1]);
        const solidFrom = body.getBoundingClientRect().top + Number(solid![2]);
        const nodes = textNodes(body);
        expect(nodes.length).to.be.greaterThan(5);
        for (const node of nodes) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const parent = node.parentElement!;
          expect(range.getBoundingClientRect().top, `"${node.textContent}" starts on the solid scrim`).to.be.at.least(solidFrom - 0.5);
          // A flag with its own background is judged against that background.
          const ownBackground = parseColor(getComputedStyle(parent).backgroundColor);
          for (const image of [[255, 255, 255, 1], [0, 0, 0, 1]] as RGBA[]) {
            const behind = ownBackground[3] === 1 ? ownBackground : over(scrim, image);
            const text = over(parseColor(getComputedStyle(parent).color), behind);
            expect(contrast(text, behind), `"${node.textContent}" over ${image[0] ? 'white' : 'black'}`).to.be.at.least(4.5);
          }
        }
      }
    });

    it('hero is accessible over a white and over a black image', async () => {
      for (const url of ['/test/fixtures/images/white.svg', '/test/fixtures/images/black.svg']) {
        const el = await card(withTestImage(seed, url), { layout: 'hero', width: 720 });
        await expect(el).to.be.accessible();
      }
    });

    it('hero without an image falls back to the stacked look', async () => {
      const { image: _image, ...noImage } = seed;
      const el = await card(noImage, { layout: 'hero', width: 720 });
      expect(getComputedStyle($(el, '[part="headline"]')!).color).to.equal('rgb(21, 23, 27)');
    });

    it('the size container is an inner wrapper, so the host sizes like a block in a flex row', async () => {
      const row = await fixture<HTMLElement>(html`
        <div style="display: flex; gap: 20px; inline-size: 820px">
          <news-card style="flex: 1" .article=${seed}></news-card><news-card style="flex: 1" .article=${seed}></news-card>
        </div>
      `);
      const cards = Array.from(row.querySelectorAll('news-card'));
      await Promise.all(cards.map((c) => c.updateComplete));
      for (const c of cards) {
        expect(c.getBoundingClientRect().width).to.equal(400);
        expect(getComputedStyle(c).containerType).to.equal('normal');
        expect(getComputedStyle($(c, '.root')!).containerType).to.equal('inline-size');
      }
    });

    it('a very long headline is clamped to six lines, and stays whole in the DOM', async () => {
      const long = Array.from({ length: 8 }, () => seed.headline).join(' ');
      const el = await card({ ...seed, headline: long });
      const heading = $(el, '[part="headline"]')!;
      const style = getComputedStyle(heading);
      const lineHeight = parseFloat(style.lineHeight);
      // The lines' height, without the padding that makes room for the focus ring where the engine has no
      // overflow-clip-margin (WebKit).
      const linesHeight = () => heading.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      // Counted in lines: WebKit puts each line on whole pixels (26px for a 26.4px line height).
      expect(Math.round(linesHeight() / lineHeight)).to.equal(6);
      expect(heading.textContent).to.equal(long);
      // The clamp does not clip the whole-card overlay, which belongs to the card.
      const dek = box(el, '[part="dek"]');
      expect(el.shadowRoot!.elementFromPoint(dek.left + 5, dek.top + 5)).to.equal($(el, '[part="headline-link"]'));
      el.style.setProperty('--news-headline-max-lines', '2');
      expect(linesHeight()).to.be.closeTo(2 * lineHeight, 2);
    });

    it('an unknown layout is stacked', async () => {
      const el = await card(seed, { layout: 'diagonal' as Layout, width: 720 });
      expect(box(el, '[part="frame"]').bottom).to.be.at.most(box(el, '[part="headline"]').top);
      expect($(el, '[part="dek"]')).to.not.equal(null);
    });

    it('switching layout re-renders: compact drops the photo, stacked brings it back', async () => {
      const el = await card(seed);
      el.layout = 'compact';
      await el.updateComplete;
      expect($(el, 'img')).to.equal(null);
      el.layout = 'stacked';
      await el.updateComplete;
      expect($(el, 'img')).to.not.equal(null);
    });
  });

  describe('images', () => {
    it('aspect crops with object-fit: cover to 16/9, 4/3, 1/1, or the intrinsic ratio', async () => {
      const ratios: Array<[string, number]> = [
        ['16/9', 16 / 9],
        ['4/3', 4 / 3],
        ['1/1', 1],
      ];
      for (const [aspect, ratio] of ratios) {
        const stage = await fixture<HTMLElement>(
          html`<div style="inline-size: 400px"><news-card aspect=${aspect} .article=${seed}></news-card></div>`,
        );
        const el = stage.querySelector('news-card')!;
        await el.updateComplete;
        const { width, height } = box(el, '[part="frame"]');
        expect(width / height, aspect).to.be.closeTo(ratio, 0.02);
        expect(getComputedStyle($(el, 'img')!).objectFit).to.equal('cover');
      }
      const portrait = withTestImage(seed, '/test/fixtures/images/portrait.svg');
      portrait.image = { ...portrait.image!, width: 600, height: 900 };
      const stage = await fixture<HTMLElement>(
        html`<div style="inline-size: 400px"><news-card aspect="auto" .article=${portrait}></news-card></div>`,
      );
      const el = stage.querySelector('news-card')!;
      await el.updateComplete;
      // Reserved from width/height before the image arrives, and the same once it has.
      expect(box(el, '[part="frame"]').width / box(el, '[part="frame"]').height).to.be.closeTo(600 / 900, 0.02);
      await imagesReady(el);
      const { width, height } = box(el, '[part="frame"]');
      expect(width / height).to.be.closeTo(600 / 900, 0.02);
    });

    it('the focal point sets object-position through quantised data attributes, never a style', async () => {
      const focused = { ...seed, image: { ...seed.image!, focalPoint: { x: 0.33, y: 0.9 } } };
      const el = await card(focused);
      const img = $(el, 'img')!;
      expect(img.dataset.fx).to.equal('35');
      expect(img.dataset.fy).to.equal('90');
      expect(getComputedStyle(img).objectPosition).to.equal('35% 90%');
      expect($$(el, '[style]')).to.have.length(0);
      const centred = await card(seed);
      expect($(centred, 'img')!.hasAttribute('data-fx')).to.equal(false);
      expect(getComputedStyle($(centred, 'img')!).objectPosition).to.equal('50% 50%');
    });

    it('decorative gives alt=""', async () => {
      const el = await card({ ...seed, image: { ...seed.image!, alt: 'Vehicles on a road', decorative: true } });
      expect($(el, 'img')!.getAttribute('alt')).to.equal('');
    });

    it('a placeholder colour fills the box while loading and after an error, with no broken image', async () => {
      const el = await card({ ...seed, image: { ...seed.image!, url: '/fault/status?code=404' } });
      const frame = $(el, '[part="frame"]')!;
      const { height } = frame.getBoundingClientRect();
      expect(getComputedStyle(frame).backgroundColor).to.equal('rgb(233, 235, 238)');
      await waitUntil(() => frame.classList.contains('failed'), 'the load error was not handled');
      expect(getComputedStyle($(el, 'img')!).visibility).to.equal('hidden');
      expect(frame.getBoundingClientRect().height).to.equal(height);
    });
  });

  describe('themes', () => {
    const surface = (el: Element) => getComputedStyle($(el, '[part="card"]')!).backgroundColor;
    const text = (el: Element) => getComputedStyle($(el, '[part="headline"]')!).color;

    it('light by default; theme="dark" switches to the dark palette', async () => {
      const light = await card(seed, { theme: '' });
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
      const dark = await card(seed, { theme: 'dark' });
      expect(surface(dark)).to.equal('rgb(23, 25, 29)');
      expect(text(dark)).to.equal('rgb(236, 238, 241)');
      expect(getComputedStyle(dark).colorScheme).to.equal('dark');
    });

    itWhere(MEDIA_EMULATION, 'follows prefers-color-scheme unless theme says otherwise', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const auto = await card(seed, { theme: '' });
      const explicitAuto = await card(seed, { theme: 'auto' });
      const light = await card(seed, { theme: 'light' });
      expect(surface(auto)).to.equal('rgb(23, 25, 29)');
      expect(surface(explicitAuto)).to.equal('rgb(23, 25, 29)');
      expect(surface(light)).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'light' });
      expect(surface(auto)).to.equal('rgb(255, 255, 255)');
      const dark = await card(seed, { theme: 'dark' });
      expect(surface(dark)).to.equal('rgb(23, 25, 29)');
    });

    itWhere(MEDIA_EMULATION, 'standalone parts, which have no surface, follow the scheme only with theme="auto"', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const plain = await fixture<NewsHeadline>(html`<news-headline .article=${seed}></news-headline>`);
      const auto = await fixture<NewsHeadline>(html`<news-headline theme="auto" .article=${seed}></news-headline>`);
      const dark = await fixture<NewsHeadline>(html`<news-headline theme="dark" .article=${seed}></news-headline>`);
      expect(text(plain)).to.equal('rgb(21, 23, 27)');
      expect(text(auto)).to.equal('rgb(236, 238, 241)');
      expect(text(dark)).to.equal('rgb(236, 238, 241)');
    });

    it('the dark palette is AA for every text colour and flag', async () => {
      const rich = {
        ...seed,
        flags: { live: true, breaking: true, sponsored: true, opinion: true },
        author: [{ name: 'News Desk', url: 'https://example.com/authors/news-desk' }],
        dateModified: '2021-12-28',
      };
      const el = await card(rich, { theme: 'dark' });
      const cardBackground = parseColor(surface(el));
      for (const node of textNodes(el.shadowRoot!)) {
        const parent = node.parentElement!;
        if (parent.closest('.visually-hidden')) continue;
        let behind = cardBackground;
        const own = parseColor(getComputedStyle(parent.closest('.flag') ?? parent).backgroundColor);
        if (own[3] === 1) behind = own;
        const color = over(parseColor(getComputedStyle(parent).color), behind);
        expect(contrast(color, behind), `"${node.textContent}"`).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });

    it('public tokens reach the card; per-element tokens win over global ones', async () => {
      const el = await card(seed, {
        stageStyle: '--news-color-surface: rgb(250, 240, 230); --news-color-text: rgb(10, 20, 30); --news-headline-color: rgb(40, 0, 0); --news-card-radius: 3px;',
      });
      expect(surface(el)).to.equal('rgb(250, 240, 230)');
      expect(text(el)).to.equal('rgb(40, 0, 0)');
      expect(getComputedStyle($(el, '[part="dek"]')!).color).to.not.equal('rgb(10, 20, 30)');
      expect(getComputedStyle($(el, '[part="authors"]')!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle($(el, '[part="card"]')!).borderTopLeftRadius).to.equal('3px');
    });

    it('::part() reaches each meaningful piece', async () => {
      const style = document.createElement('style');
      style.textContent = 'news-card.parted::part(headline) { color: rgb(0, 128, 0); } news-card.parted::part(frame) { border-radius: 7px; }';
      document.head.append(style);
      try {
        const el = await card(seed);
        el.classList.add('parted');
        expect(text(el)).to.equal('rgb(0, 128, 0)');
        expect(getComputedStyle($(el, '[part="frame"]')!).borderTopLeftRadius).to.equal('7px');
        for (const part of ['card', 'media', 'frame', 'image', 'figcaption', 'caption', 'credit', 'body', 'eyebrow', 'kicker', 'headline', 'headline-link', 'dek', 'byline', 'authors', 'author', 'publisher', 'time', 'related', 'related-heading', 'related-list', 'related-item', 'related-link', 'related-time']) {
          expect($(el, `[part~="${part}"]`), part).to.not.equal(null);
        }
      } finally {
        style.remove();
      }
    });
  });

  describe('no style leaks', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = `
        h2 { color: rgb(255, 0, 0); font-size: 50px; }
        a { color: rgb(0, 255, 0) !important; }
        .headline, .body, .card { border: 5px solid rgb(255, 0, 0); padding: 40px; }
        * { letter-spacing: 7px; text-transform: uppercase; font-weight: 100; font-style: italic; text-align: center; }
        .leak-stage { font-family: monospace; }
      `;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('page styles do not reach into the card, except the inherited font family by design', async () => {
      const el = await card(seed, { stageStyle: 'font-family: monospace' });
      const heading = $(el, 'h2')!;
      const headingStyle = getComputedStyle(heading);
      expect(headingStyle.color).to.equal('rgb(21, 23, 27)');
      expect(headingStyle.fontSize).to.equal('22px');
      expect(headingStyle.borderTopWidth).to.equal('0px');
      expect(headingStyle.letterSpacing).to.not.equal('7px');
      expect(headingStyle.textTransform).to.equal('none');
      expect(headingStyle.fontStyle).to.equal('normal');
      expect(headingStyle.textAlign).to.equal('start');
      expect(getComputedStyle($(el, '[part="headline-link"]')!).color).to.equal('rgb(21, 23, 27)');
      expect(getComputedStyle($(el, '[part="dek"]')!).fontWeight).to.equal('400');
      // The page's font is inherited unless the font tokens are set.
      expect(headingStyle.fontFamily).to.equal('monospace');
      expect(getComputedStyle($(el, '[part="dek"]')!).fontFamily).to.equal('monospace');
      el.style.setProperty('--news-font-sans', "'Noto Sans'");
      el.style.setProperty('--news-font-headline', "'Noto Serif'");
      expect(getComputedStyle(heading).fontFamily).to.equal('"Noto Serif"');
      expect(getComputedStyle($(el, '[part="dek"]')!).fontFamily).to.equal('"Noto Sans"');
    });

    it('card styles do not reach the page', async () => {
      const wrap = await fixture<HTMLElement>(html`
        <div>
          <h2 class="headline outside">Outside</h2>
          <p class="dek outside">Outside dek</p>
          <news-card .article=${seed}></news-card>
        </div>
      `);
      await wrap.querySelector('news-card')!.updateComplete;
      const outside = getComputedStyle(wrap.querySelector('h2')!);
      expect(outside.color).to.equal('rgb(255, 0, 0)');
      expect(outside.fontSize).to.equal('50px');
      expect(outside.borderTopWidth).to.equal('5px');
      expect(getComputedStyle(wrap.querySelector('p')!).marginTop).to.not.equal('8px');
    });
  });

  describe('direction and text', () => {
    it('uses logical properties only, so right to left mirrors', () => {
      const sheets = [NewsCard, NewsHeadline, NewsByline, NewsPhoto, NewsRelated].flatMap((ctor) =>
        ctor.elementStyles.map((s) => ('cssText' in s ? s.cssText : '')),
      );
      const css = sheets.join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
      expect(css.length).to.be.greaterThan(1000);
      const physical = css.match(
        /(?:^|[\s;{])(?:(?:margin|padding|border|inset)-(?:left|right|top|bottom)|left|right|top|bottom|float|clear|width|height|min-width|max-width|min-height|max-height)\s*:|text-align\s*:\s*(?:left|right)/gm,
      );
      expect(physical).to.equal(null);
    });

    it('isolates every text from the data (dir="auto" or <bdi>)', async () => {
      const el = await card({
        ...seed,
        author: [{ name: 'News Desk', url: 'https://example.com/a' }, { name: 'مكتب الأخبار' }],
      });
      const dataTexts = [
        '[part="headline"]',
        '[part~="kicker"]',
        '[part="dek"]',
        '[part="author"]',
        '[part="caption"]',
        '[part="credit"]',
        '[part="related-link"]',
      ];
      for (const selector of dataTexts) {
        for (const node of $$(el, selector)) expect(node.getAttribute('dir'), selector).to.equal('auto');
      }
      expect($(el, '[part="publisher"] > bdi')!.textContent).to.equal('The Cradle');
    });

    it('right to left comes from the language: ar, he, fa, ur', async () => {
      for (const language of ['ar', 'he', 'fa', 'ur']) {
        const el = await card({ headline: 'x', inLanguage: language });
        expect($(el, 'article')!.getAttribute('dir'), language).to.equal('rtl');
      }
      const ltr = await card({ headline: 'x', inLanguage: 'de' });
      expect($(ltr, 'article')!.getAttribute('dir')).to.equal('ltr');
    });

    it('re-renders when the host’s own dir, lang or locale changes', async () => {
      const el = await card({ headline: 'x', author: [{ name: 'A' }, { name: 'B' }] });
      expect($(el, 'article')!.getAttribute('dir')).to.equal('ltr');
      el.setAttribute('lang', 'ar');
      await el.updateComplete;
      expect($(el, 'article')!.getAttribute('dir')).to.equal('rtl');
      expect($(el, '[part="authors"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('بقلم A وB');
      el.setAttribute('dir', 'ltr');
      await el.updateComplete;
      expect($(el, 'article')!.hasAttribute('dir')).to.equal(false);
      el.setAttribute('locale', 'de');
      await el.updateComplete;
      expect($(el, '[part="authors"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Von A und B');
    });

    it('labels every flag and the related heading in the five shipped locales', async () => {
      const expected: Record<string, string[]> = {
        en: ['Live', 'Breaking', 'Sponsored', 'Opinion', 'Related'],
        ar: ['مباشر', 'عاجل', 'محتوى مموَّل', 'رأي', 'أخبار ذات صلة'],
        fr: ['En direct', 'Alerte info', 'Contenu sponsorisé', 'Opinion', 'À lire aussi'],
        es: ['En directo', 'Última hora', 'Patrocinado', 'Opinión', 'Noticias relacionadas'],
        de: ['Live', 'Eilmeldung', 'Anzeige', 'Meinung', 'Mehr zum Thema'],
      };
      for (const [locale, labels] of Object.entries(expected)) {
        const stage = await fixture<HTMLElement>(html`<div>
          <news-card locale=${locale} .article=${{ ...seed, flags: { live: true, breaking: true, sponsored: true, opinion: true } }}></news-card>
        </div>`);
        const el = stage.querySelector('news-card')!;
        await el.updateComplete;
        const shown = [...$$(el, '[part~="flag"]').map((f) => f.textContent), $(el, '[part="related-heading"]')!.textContent];
        expect(shown, locale).to.deep.equal(labels);
      }
    });
  });

  describe('whole-card link', () => {
    it('the headline link covers the card; author, kicker and related links stay on top', async () => {
      const el = await card({ ...seed, author: [{ name: 'News Desk', url: 'https://example.com/authors/news-desk' }] });
      const root = el.shadowRoot!;
      const at = (rect: DOMRect) => root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(at(box(el, '[part="dek"]'))).to.equal($(el, '[part="headline-link"]'));
      expect(at(box(el, '[part="frame"]'))).to.equal($(el, '[part="headline-link"]'));
      expect(at(box(el, '[part="caption"]'))).to.equal($(el, '[part="headline-link"]'));
      expect(at(box(el, '[part="author"]'))).to.equal($(el, '[part="author"]'));
      expect(at(box(el, '[part~="kicker-link"]'))).to.equal($(el, '[part~="kicker-link"]'));
      const related = $$(el, '[part="related-link"]');
      // elementFromPoint sees only the viewport; with Firefox's and WebKit's font metrics this link is below it.
      related[1].scrollIntoView({ block: 'center' });
      expect(at(related[1].getBoundingClientRect())).to.equal(related[1]);
    });

    it('hero: the overlay covers the photo and the text, and the inner links stay on top', async () => {
      const el = await card(seed, { layout: 'hero', width: 720 });
      const root = el.shadowRoot!;
      const at = (rect: DOMRect) => root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      expect(at(box(el, '[part="frame"]'))).to.equal($(el, '[part="headline-link"]'));
      expect(at(box(el, '[part="dek"]'))).to.equal($(el, '[part="headline-link"]'));
      expect(at(box(el, '[part~="kicker-link"]'))).to.equal($(el, '[part~="kicker-link"]'));
      const related = $(el, '[part="related-link"]')!;
      related.scrollIntoView({ block: 'center' });
      expect(at(related.getBoundingClientRect())).to.equal(related);
    });

    it('has one accessible name: the article is labelled by its headline', async () => {
      const el = await card(seed);
      const article = $(el, 'article')!;
      const labelledBy = article.getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelledBy)).to.equal($(el, '[part="headline"]'));
      expect(article.hasAttribute('aria-label')).to.equal(false);
      expect($$(el, 'a').filter((a) => a.hasAttribute('aria-label'))).to.have.length(0);
    });

    it('keyboard focus on the headline link draws a visible ring around the card', async () => {
      const stage = await fixture<HTMLElement>(html`<div><button>before</button><news-card .article=${{ ...seed, kicker: { text: 'Iraq' } }}></news-card></div>`);
      const el = stage.querySelector('news-card')!;
      await el.updateComplete;
      stage.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const link = $(el, '[part="headline-link"]')!;
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const ring = getComputedStyle(link, '::after');
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineWidth).to.equal('2px');
      expect(ring.outlineColor).to.equal('rgb(11, 87, 208)');
      const ringBox = { width: parseFloat(ring.width), height: parseFloat(ring.height) };
      const cardBox = box(el, '[part="card"]');
      expect(ringBox.width).to.be.closeTo(cardBox.width - 2, 1);
      expect(ringBox.height).to.be.closeTo(cardBox.height - 2, 1);
      link.blur();
      expect(getComputedStyle(link, '::after').outlineStyle).to.equal('none');
    });

    itWhere(MEDIA_EMULATION, 'honours prefers-reduced-motion: no shimmer, no pulse', async () => {
      const loading = document.createElement('news-card');
      loading.src = '/fault/never';
      document.body.append(loading);
      const live = await card({ ...seed, flags: { live: true } });
      await loading.updateComplete;
      const block = $(loading, '.skeleton-block')!;
      expect(getComputedStyle(block).animationName).to.equal('news-shimmer');
      expect(getComputedStyle($(live, '.flag-live')!, '::before').animationName).to.equal('news-live-pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(block).animationName).to.equal('none');
      expect(getComputedStyle($(live, '.flag-live')!, '::before').animationName).to.equal('none');
      loading.remove();
    });

    it('the skeleton takes the layout’s shape: compact has no photo box', async () => {
      const loading = document.createElement('news-card');
      loading.layout = 'compact';
      loading.src = '/fault/never';
      document.body.append(loading);
      await loading.updateComplete;
      expect($(loading, '[part="skeleton"]')).to.not.equal(null);
      expect($(loading, '.skeleton-media')).to.equal(null);
      loading.remove();
    });
  });

  describe('every layout, light and dark, left to right and right to left, is accessible', () => {
    for (const layout of LAYOUTS) {
      for (const theme of ['light', 'dark']) {
        for (const dir of ['ltr', 'rtl']) {
          it(`${layout}, ${theme}, ${dir}`, async () => {
            const base = dir === 'rtl' ? arabic : seed;
            const article: Article = {
              ...base,
              flags: { live: true, opinion: true },
              author: [{ name: base.author![0].name, url: 'https://example.com/authors/news-desk' }],
            };
            const el = await card(article, { layout, theme, width: layout === 'compact' ? 360 : 720 });
            expect($(el, 'article')!.getAttribute('dir')).to.equal(dir);
            await expect(el).to.be.accessible();
          });
        }
      }
    }
  });
});
