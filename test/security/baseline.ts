// What the templates make from benign data: the yardstick the security tests hold hostile renders to.
import '../../src/define.js';
import { collect, emptyRendered, PageGuard, type Rendered } from './inspect.js';

export const TAGS = ['news-card', 'news-headline', 'news-byline', 'news-photo', 'news-related'];

export type ArticleHost = HTMLElement & { article?: unknown; updateComplete: Promise<unknown> };

let seedCache: Record<string, unknown> | undefined;

/** The seed article in canonical shape (a fresh copy each time). */
export async function loadSeed(): Promise<Record<string, unknown>> {
  seedCache ??= (await (await fetch('/test/fixtures/seed-article.json')).json()) as Record<string, unknown>;
  return structuredClone(seedCache);
}

/** Benign data that reaches every branch of the templates: the seed plus every optional field. */
export async function richArticles(): Promise<unknown[]> {
  const seed = await loadSeed();
  const rich = {
    ...seed,
    alternativeHeadline: 'Alternative headline',
    kicker: { text: 'Iraq', url: 'https://example.com/news/iraq' },
    articleSection: 'News',
    author: [
      { name: 'News Desk', url: 'https://example.com/authors/news-desk' },
      { name: 'Second Author', url: 'mailto:desk@example.com' },
      { name: 'Third Author' },
    ],
    publisher: { name: 'The Cradle', url: 'https://example.com/', logo: 'https://example.com/logo.png' },
    datePublished: '2021-12-27T10:30:00Z',
    dateModified: '2021-12-28T08:00:00Z',
    image: {
      url: '/test/fixtures/none.jpg',
      width: 1200,
      height: 800,
      alt: 'A convoy of vehicles',
      caption: 'A caption',
      creditText: 'REUTERS/Ari Jalal',
      sources: [
        { url: 'https://example.com/a-480.jpg', width: 480 },
        { url: 'https://example.com/a-960.jpg', width: 960 },
      ],
      focalPoint: { x: 0.5, y: 0.5 },
    },
    flags: { live: true, breaking: true, sponsored: true, opinion: true },
  };
  return [
    seed,
    rich,
    { ...rich, inLanguage: 'ar', image: { url: '/a.jpg', decorative: true } },
    { ...rich, kicker: undefined, url: undefined, image: { url: 'https://example.com/a.jpg' } },
    { ...rich, author: 'Just a name', datePublished: '2021-12-27', dateModified: undefined },
    'not json at all',
    { headline: 42 },
  ];
}

export function newElement(tag: string): ArticleHost {
  return document.createElement(tag) as ArticleHost;
}

/** Everything each tag makes from benign data, including its error fallback. */
export async function baselines(container: HTMLElement, tags: readonly string[] = TAGS): Promise<Map<string, Rendered>> {
  const result = new Map<string, Rendered>();
  const quiet = new PageGuard().recordConsole();
  for (const tag of tags) {
    const rendered = emptyRendered();
    for (const data of await richArticles()) {
      for (const channel of ['property', 'attribute'] as const) {
        const el = newElement(tag);
        if (channel === 'property') el.article = data;
        else el.setAttribute('article', typeof data === 'string' ? data : JSON.stringify(data));
        container.append(el);
        await el.updateComplete;
        collect(el, rendered);
        el.remove();
      }
    }
    if (tag === 'news-card') {
      // The loading skeleton, while a request that never answers is in flight.
      const el = newElement(tag);
      el.setAttribute('src', `/fault/never?key=baseline-skeleton-${Math.random().toString(36).slice(2)}`);
      container.append(el);
      await el.updateComplete;
      collect(el, rendered);
      el.remove();
    }
    result.set(tag, rendered);
  }
  quiet.stop();
  return result;
}

