/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import '../src/news-card-list.js';
import type { Article } from '../src/article/types.js';
import type { NewsCardList } from '../src/elements/news-card-list/news-card-list.js';
import atomFeed from '../test/fixtures/feeds/seed.atom.xml?raw';
import jsonFeed from '../test/fixtures/feeds/seed.feed.json?raw';
import rssFeed from '../test/fixtures/feeds/seed.rss.xml?raw';
import wordpressPosts from '../test/fixtures/feeds/seed.wordpress-posts.json?raw';
import { STUB_ORIGIN, stubFetch } from './fetch-stub.js';
import { arabic, relatedAsArticles, seedCopy, withLocalPhoto } from './fixtures.js';
import { elementIn, expectState } from './helpers.js';

interface ListArgs {
  articles?: unknown[];
  src?: string;
  layout?: 'list' | 'grid' | 'rail';
  'card-layout'?: 'stacked' | 'horizontal' | 'compact' | 'hero';
  limit?: number;
  heading?: string;
  'heading-level'?: number;
  'more-href'?: string;
  'more-label'?: string;
  theme?: 'light' | 'dark' | 'auto';
  locale?: string;
  dir?: 'ltr' | 'rtl';
}

/** The seed and its related stories, each a card: the catalog's stand-in photo on the seed. */
const stories = (): Article[] => [seedCopy(), ...structuredClone(relatedAsArticles)];

const render = (args: ListArgs) => html`
  <news-card-list
    .articles=${args.articles}
    src=${ifDefined(args.src)}
    layout=${ifDefined(args.layout)}
    card-layout=${ifDefined(args['card-layout'])}
    limit=${ifDefined(args.limit)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    more-href=${ifDefined(args['more-href'])}
    more-label=${ifDefined(args['more-label'])}
    theme=${ifDefined(args.theme)}
    locale=${ifDefined(args.locale)}
    dir=${ifDefined(args.dir)}
  ></news-card-list>
`;

const meta = {
  title: 'Elements/News card list',
  component: 'news-card-list',
  tags: ['autodocs'],
  render,
  args: { articles: stories(), heading: 'Latest from Iraq', 'more-href': 'https://example.com/news/iraq' },
  argTypes: {
    articles: { control: 'object' },
    src: { control: 'text' },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'rail'] },
    'card-layout': { control: 'inline-radio', options: [undefined, 'stacked', 'horizontal', 'compact', 'hero'] },
    limit: { control: { type: 'number', min: 1, step: 1 } },
    'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    dir: { control: 'inline-radio', options: [undefined, 'ltr', 'rtl'] },
  },
  parameters: { actions: { handles: ['news-card-list-load', 'news-card-error', 'news-card-click', 'news-card-impression'] } },
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

/** Waits for the list to be ready with `count` cards, each ready (a feed: after its reader has loaded). */
async function expectCards(canvasElement: HTMLElement, count: number): Promise<NewsCardList> {
  const list = elementIn(canvasElement, 'news-card-list');
  await waitFor(() => expect(list.getAttribute('state')).toBe('ready'), { timeout: 15_000 });
  await list.updateComplete;
  const cards = [...(list.shadowRoot?.querySelectorAll('news-card') ?? [])];
  await expect(cards.length).toBe(count);
  await Promise.all(cards.map((card) => expectState(card as HTMLElement, 'ready')));
  return list;
}

/** One column of cards, each with its position; the section is labelled by its heading. */
export const List: Story = {
  play: async ({ canvasElement }) => {
    const list = await expectCards(canvasElement, 4);
    await expect(list.shadowRoot?.querySelector('h2')?.textContent).toBe('Latest from Iraq');
  },
};

/** Columns from the list's own width (16rem at least). */
export const Grid: Story = {
  args: { layout: 'grid' },
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 4);
  },
};

/** One row that scrolls and snaps, with previous and next buttons; arrow keys move between cards. */
export const Rail: Story = {
  args: { layout: 'rail' },
  play: async ({ canvasElement }) => {
    const list = await expectCards(canvasElement, 4);
    await expect(list.shadowRoot?.querySelectorAll('button').length).toBe(2);
  },
};

/** Compact cards in a grid, at most three. */
export const CompactGridWithLimit: Story = {
  args: { layout: 'grid', 'card-layout': 'compact', limit: 3 },
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 3);
  },
};

/** The dark theme, passed to every card. */
export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid' },
  decorators: [(story) => html`<div style="background: #0b0c0e; padding: 1rem">${story()}</div>`],
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 4);
  },
};

/** Right to left: an Arabic rail starts at the right, and its arrows point the other way. */
export const RightToLeft: Story = {
  args: { layout: 'rail', heading: 'آخر الأخبار', locale: 'ar', dir: 'rtl', articles: [arabic, arabic, arabic].map((a, i) => ({ ...a, id: `${a.id}-${i}` })) },
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 3);
  },
};

/** One bad item is dropped and reported (`news-card-error`); the others stay. */
export const WithABadItem: Story = {
  // Bad input on purpose: the list warns, and the static catalog check expects it to.
  tags: ['warns'],
  args: { articles: [seedCopy(), { headline: '   ' }, ...structuredClone(relatedAsArticles)] },
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 4);
  },
};

/** With no usable item: the error state and its fallback. */
export const NoUsableItem: Story = {
  // Bad input on purpose: the list warns, and the static catalog check expects it to.
  tags: ['warns'],
  args: { articles: [{}, { headline: '' }] },
  play: async ({ canvasElement }) => {
    const list = elementIn(canvasElement, 'news-card-list');
    await expectState(list, 'error');
  },
};

/** While `src` loads (this one never answers). */
export const Loading: Story = {
  args: { articles: undefined, src: `${STUB_ORIGIN}never-answers.xml` },
  decorators: [stubFetch(`${STUB_ORIGIN}never-answers.xml`, { kind: 'never' })],
  play: async ({ canvasElement }) => {
    await expectState(elementIn(canvasElement, 'news-card-list'), 'loading');
  },
};

/** A `src` that fails: the error state, and `news-card-error` with the HTTP status. */
export const FailedFetch: Story = {
  // Bad input on purpose: the list warns, and the static catalog check expects it to.
  tags: ['warns'],
  args: { articles: undefined, src: `${STUB_ORIGIN}missing-feed.xml` },
  decorators: [stubFetch(`${STUB_ORIGIN}missing-feed.xml`, { kind: 'text', status: 404, body: 'Not found' })],
  play: async ({ canvasElement }) => {
    await expectState(elementIn(canvasElement, 'news-card-list'), 'error');
  },
};

/** Cards already in the page (server-rendered ones too) are enhanced in place. */
export const ChildCards: Story = {
  args: { articles: undefined, layout: 'grid', heading: 'More from Iraq' },
  render: (args) => html`
    <news-card-list layout=${ifDefined(args.layout)} heading=${ifDefined(args.heading)} theme=${ifDefined(args.theme)}>
      ${stories().map((article) => html`<news-card .article=${article}></news-card>`)}
    </news-card-list>
  `,
  play: async ({ canvasElement }) => {
    const list = elementIn(canvasElement, 'news-card-list');
    await expectState(list, 'ready');
    await waitFor(() => expect([...list.querySelectorAll('news-card')].map((c) => c.getAttribute('position'))).toEqual(['1', '2', '3', '4']));
  },
};

const feed = (name: string, body: string, contentType: string): Story => ({
  args: { articles: undefined, src: `${STUB_ORIGIN}${name}`, layout: 'rail' },
  decorators: [stubFetch(`${STUB_ORIGIN}${name}`, { kind: 'text', body: withLocalPhoto(body), contentType })],
  play: async ({ canvasElement }) => {
    await expectCards(canvasElement, 4);
  },
});

/** An RSS 2.0 feed (`media:content`, `dc:creator`, relative links). The feed reader loads only now. */
export const RssFeed: Story = feed('seed.rss.xml', rssFeed, 'application/rss+xml');

/** An Atom 1.0 feed. */
export const AtomFeed: Story = feed('seed.atom.xml', atomFeed, 'application/atom+xml');

/** A JSON Feed 1.1. */
export const JsonFeed: Story = {
  ...feed('seed.feed.json', jsonFeed, 'application/feed+json'),
  // JSON Feed has no field for an image's alt text or caption: the card warns, and the check expects it to.
  tags: ['warns'],
};

/** A WordPress `/wp/v2/posts?_embed` answer: an array, read without the feed reader. */
export const WordPressPosts: Story = feed('posts.json', wordpressPosts, 'application/json');

/** 10,000 stories: the first 12 as cards at once, the rest as light rows that become cards near the view. */
export const TenThousand: Story = {
  args: {
    heading: 'Archive',
    'card-layout': 'compact',
    articles: Array.from({ length: 10_000 }, (_, i) => {
      const story = relatedAsArticles[i % relatedAsArticles.length];
      return { ...story, id: `${story.id}-${i + 1}`, headline: `${story.headline} (${i + 1})`, url: `${story.url}?n=${i + 1}` };
    }),
  },
  play: async ({ canvasElement }) => {
    const list = await expectCards(canvasElement, 12);
    await expect(list.shadowRoot?.querySelector('[role="listitem"]')?.getAttribute('aria-setsize')).toBe('10000');
  },
};
