// Shared helpers for the element tests.
import type { Article } from '../../src/article/types.js';

let seedCache: Article | undefined;

/** The seed article in canonical shape (a fresh copy each time). */
export async function loadSeed(): Promise<Article> {
  if (!seedCache) {
    const response = await fetch('/test/fixtures/seed-article.json');
    seedCache = (await response.json()) as Article;
  }
  return structuredClone(seedCache);
}

/** The seed as the JSON string an `article` attribute would hold. */
export async function seedJson(): Promise<string> {
  return JSON.stringify(await loadSeed());
}

/** `querySelector` inside the element's shadow root. */
export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** `querySelectorAll` inside the element's shadow root. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
}

/** The text of a shadow part, with whitespace collapsed. */
export function partText(el: Element, part: string): string | undefined {
  return $(el, `[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** The same date text the elements should show: Intl, long date, in UTC for a calendar day. */
export function dayText(iso: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Replaces console.warn and console.error with recorders until `restore()`. */
export function recordConsole() {
  const warn = console.warn;
  const error = console.error;
  const warnings: unknown[][] = [];
  const errors: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(args);
  };
  console.error = (...args: unknown[]) => {
    errors.push(args);
  };
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Records every event of `type` that reaches `target`. */
export function recordEvents<T extends Event = CustomEvent>(target: EventTarget, type: string) {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  target.addEventListener(type, listener);
  return { events, stop: () => target.removeEventListener(type, listener) };
}

/** Hostile URLs that must never reach an `href` or `src`. */
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example.com/x',
];

/** Every href/src/srcset value in the element's shadow root. */
export function urlsIn(el: Element): string[] {
  const urls: string[] = [];
  for (const node of $$(el, '[href], [src], [srcset]')) {
    for (const name of ['href', 'src', 'srcset']) {
      const value = node.getAttribute(name);
      if (value !== null) urls.push(value);
    }
  }
  return urls;
}

/** True when a URL string could run script or leave the policy. */
export function isHostile(url: string): boolean {
  const squashed = url.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
  return /^(javascript|vbscript|data|file)[:&]/.test(squashed) || squashed.startsWith('//');
}

/**
 * The seed in Arabic: the same facts, translated, for right-to-left tests. Names that are written
 * in Latin script in the source (the publisher, the photo agency) stay as they are, so every render
 * mixes directions.
 */
export async function loadArabicSeed(): Promise<Article> {
  const seed = await loadSeed();
  return {
    ...seed,
    id: `${seed.id}-ar`,
    url: 'https://example.com/ar/news/us-occupation-forces-convoy-attacked-in-iraqs-basra-province',
    inLanguage: 'ar',
    headline: 'هجوم على قافلة لقوات الاحتلال الأمريكي في محافظة البصرة العراقية',
    description: 'القافلة الأمريكية هي الثانية التي تُستهدف بعبوة ناسفة خلال الساعات الأربع والعشرين الماضية',
    author: [{ name: 'مكتب الأخبار' }],
    image: {
      ...seed.image!,
      caption: 'قافلة من المركبات الأمريكية بعد الانسحاب من شمال سوريا، على مشارف دهوك، العراق، 21 أكتوبر 2019.',
    },
    related: [
      {
        url: 'https://example.com/ar/news/another-us-military-convoy-attacked-in-the-same-region',
        headline: 'هجوم على قافلة عسكرية أمريكية أخرى في المنطقة نفسها',
        datePublished: '2021-12-26',
      },
      {
        url: 'https://example.com/ar/news/iraqi-parliament-demands-departure-of-all-us-troops',
        headline: 'البرلمان العراقي يقرّ قراراً يطالب برحيل جميع القوات الأمريكية',
        datePublished: '2020-01-05',
      },
      {
        url: 'https://example.com/ar/news/iraq-says-us-combat-mission-has-ended',
        headline: 'مستشار الأمن الوطني العراقي: المهمة القتالية الأمريكية انتهت',
        datePublished: '2021-12-09',
      },
    ],
  };
}

/** A same-origin abstract test image (1600×900), so nothing depends on the network. */
export const TEST_IMAGE = '/test/fixtures/images/abstract.svg';

/** The seed with the test image in place of the remote photo (caption and credit kept). */
export function withTestImage(article: Article, url = TEST_IMAGE): Article {
  return { ...article, image: { ...article.image!, url, width: 1600, height: 900 } };
}

/**
 * Resolves when every `<img>` in the element's shadow root has loaded and decoded (or failed). A lazy
 * image below the fold would never load: the test asks for it now.
 */
export async function imagesReady(el: Element): Promise<void> {
  const images = $$(el, 'img') as HTMLImageElement[];
  for (const img of images) img.loading = 'eager';
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
}

/**
 * Appends a new `<tag article="json">` to the document and waits for it to settle, recording the
 * `news-card-error` events it fired on the way.
 */
export async function mountWithArticleAttribute(tag: string, json: string) {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('article', json);
  const record = recordEvents<CustomEvent<{ problems: Array<{ path: string; message: string }>; status?: number }>>(document, 'news-card-error');
  document.body.append(el);
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  record.stop();
  return { el, events: record.events };
}
