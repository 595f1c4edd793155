import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import { STUB_ORIGIN, stubFetch } from './fetch-stub.js';
import {
  arabic,
  badJson,
  brokenImage,
  longHeadline,
  noAuthor,
  noHeadline,
  noImage,
  noRelated,
  oneWordHeadline,
  relatedAsArticles,
  seed,
  seedCopy,
  threeAuthors,
  twelveRelated,
  updated,
  withFlag,
} from './fixtures.js';
import { renderCard, type CardArgs } from './render.js';
import {
  commonArgTypes,
  elementIn,
  expectState,
  partText,
  expectThreeAuthors,
  parts,
  rawArticleArgTypes,
} from './helpers.js';

const meta = {
  title: 'Elements/News card',
  component: 'news-card',
  tags: ['autodocs'],
  render: renderCard,
  args: { article: seedCopy() },
  argTypes: {
    ...commonArgTypes,
    src: { control: 'text' },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    credentials: { control: 'inline-radio', options: [undefined, 'omit', 'same-origin', 'include'] },
    layout: { control: 'inline-radio', options: ['stacked', 'horizontal', 'compact', 'hero'] },
    aspect: { control: 'inline-radio', options: ['16/9', '4/3', '1/1', 'auto'] },
    position: { control: { type: 'number', min: 1, step: 1 } },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** Checks a ready card shows the seed's headline, dek and byline. */
async function expectSeedCard(canvasElement: HTMLElement, headline = seed.headline) {
  const card = elementIn(canvasElement, 'news-card');
  await expectState(card, 'ready');
  await expect(partText(card, 'headline')).toBe(headline);
  return card;
}

const playSeed: Story['play'] = async ({ canvasElement }) => {
  await expectSeedCard(canvasElement);
};

export const Seed: Story = {
  name: 'Seed article',
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(partText(card, 'dek')).toBe(seed.description);
    await expect(partText(card, 'authors')).toContain('News Desk');
    await expect(partText(card, 'publisher')).toBe('The Cradle');
    await expect(parts(card, 'time')[0]?.getAttribute('datetime')).toMatch(/^2021-12-27/);
    await expect(partText(card, 'credit')).toContain('REUTERS/Ari Jalal');
    await expect(parts(card, 'related-link')).toHaveLength(3);
  },
};

// Layouts

export const Stacked: Story = { args: { layout: 'stacked' }, play: playSeed };

export const Horizontal: Story = {
  args: { layout: 'horizontal' },
  render: (args) => html`<div style="max-inline-size: 48rem">${renderCard(args)}</div>`,
  play: playSeed,
};

export const Compact: Story = { args: { layout: 'compact' }, play: playSeed };

export const Hero: Story = { args: { layout: 'hero' }, play: playSeed };

/** The four layouts side by side, each in a column of its own width. */
export const AllLayouts: Story = {
  name: 'All layouts',
  render: (args) => html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
    ${(['stacked', 'horizontal', 'compact', 'hero'] as const).map((layout) => renderCard({ ...args, layout }))}
  </div>`,
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll('news-card');
    await expect(cards).toHaveLength(4);
    for (const card of cards) await expectState(card, 'ready');
  },
};

// Input states

/** `src` that never answers: the card keeps its skeleton and `state="loading"`. */
export const Loading: Story = {
  args: { article: undefined, src: `${STUB_ORIGIN}never-answers.json`, timeout: 24 * 60 * 60 * 1000 },
  decorators: [stubFetch(`${STUB_ORIGIN}never-answers.json`, { kind: 'never' })],
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'news-card');
    await expectState(card, 'loading');
    await expect(parts(card, 'skeleton')).toHaveLength(1);
  },
};

/** `src` answers with the seed after a moment: `news-card-load` fires (see the Actions panel). */
export const LoadedFromSrc: Story = {
  name: 'Loaded from src',
  args: { article: undefined, src: `${STUB_ORIGIN}seed.json` },
  decorators: [stubFetch(`${STUB_ORIGIN}seed.json`, { kind: 'json', body: seed, delay: 600 })],
  play: playSeed,
};

/** `src` answers 404: the error fallback, and `news-card-error` with `detail.status` 404. */
export const SrcFails: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: src answers 404',
  args: { article: undefined, src: `${STUB_ORIGIN}missing.json` },
  decorators: [stubFetch(`${STUB_ORIGIN}missing.json`, { kind: 'text', status: 404, body: 'Not found' })],
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'news-card');
    await expectState(card, 'error');
    await expect(parts(card, 'error')).toHaveLength(1);
  },
};

/** The article attribute is not JSON: a small fallback that keeps the layout, and `news-card-error`. */
export const BadJson: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: bad JSON',
  args: { article: badJson },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'news-card');
    await expectState(card, 'error');
    await expect(parts(card, 'error')).toHaveLength(1);
    await expect(parts(card, 'headline')).toHaveLength(0);
  },
};

export const NoHeadline: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: no headline',
  args: { article: noHeadline },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const card = elementIn(canvasElement, 'news-card');
    await expectState(card, 'error');
    await expect(parts(card, 'error')).toHaveLength(1);
  },
};

/** The article in a child `<script type="application/json">`, the way a CMS template embeds it. */
export const ScriptChild: Story = {
  name: 'From a script child',
  args: { article: undefined },
  render: (args) => {
    const card = document.createElement('news-card');
    for (const [name, value] of Object.entries({ theme: args.theme, locale: args.locale, dir: args.dir, layout: args.layout })) {
      if (value) card.setAttribute(name, String(value));
    }
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(seed);
    card.append(script);
    card.style.maxInlineSize = '36rem';
    return card;
  },
  play: playSeed,
};

// Content variants

/** The image URL answers 404: the box keeps its size and shows a neutral placeholder. */
export const BrokenImage: Story = {
  name: 'Image fails to load',
  args: { article: brokenImage },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'frame')).toHaveLength(1);
    await expect(partText(card, 'caption')).toBe(seed.image?.caption);
  },
};

export const NoImage: Story = {
  name: 'No image',
  args: { article: noImage },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'media')).toHaveLength(0);
  },
};

export const NoAuthor: Story = {
  name: 'No author',
  args: { article: noAuthor },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'author')).toHaveLength(0);
    await expect(partText(card, 'publisher')).toBe('The Cradle');
  },
};

export const ThreeAuthors: Story = {
  name: 'Three authors',
  args: { article: threeAuthors },
  play: async ({ canvasElement, globals }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'author')).toHaveLength(3);
    await expectThreeAuthors(partText(card, 'authors'), globals.locale);
  },
};

export const LongHeadline: Story = {
  name: 'Very long headline',
  args: { article: longHeadline },
  play: async ({ canvasElement }) => {
    await expectSeedCard(canvasElement, longHeadline.headline);
  },
};

export const OneWordHeadline: Story = {
  name: 'One-word headline',
  args: { article: oneWordHeadline },
  play: async ({ canvasElement }) => {
    await expectSeedCard(canvasElement, 'Basra');
  },
};

export const Updated: Story = {
  name: 'Updated later',
  args: { article: updated },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'updated-time')[0]?.getAttribute('datetime')).toMatch(/^2021-12-28/);
  },
};

// Related stories

export const NoRelated: Story = {
  name: 'Related: 0',
  args: { article: noRelated },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'related')).toHaveLength(0);
  },
};

export const ThreeRelated: Story = {
  name: 'Related: 3',
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'related-link')).toHaveLength(3);
  },
};

export const TwelveRelated: Story = {
  name: 'Related: 12',
  args: { article: twelveRelated },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(parts(card, 'related-link')).toHaveLength(12);
  },
};

// Language and direction

/** The seed in Arabic: `inLanguage: "ar"` sets the locale (labels, dates) and right-to-left direction. */
export const Arabic: Story = {
  name: 'Arabic (RTL)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement, arabic.headline);
    const root = parts(card, 'card')[0];
    await waitFor(() => expect(root && getComputedStyle(root).direction).toBe('rtl'));
  },
};

/** Labels and dates in every shipped locale, the seed's data unchanged. */
export const Locales: Story = {
  name: 'Locales',
  render: (args) => html`<div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
    ${(['en', 'fr', 'es', 'de', 'ar'] as const).map((locale) => renderCard({ ...args, locale, layout: 'compact' }))}
  </div>`,
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll('news-card');
    await expect(cards).toHaveLength(5);
    for (const card of cards) await expectState(card, 'ready');
  },
};

/** The `messages` property overrides built-in labels, here "By" and the related-stories heading. */
export const CustomLabels: Story = {
  name: 'Custom labels',
  args: { messages: { by: 'Reported by {authors}', related: 'More on this story' } },
  play: async ({ canvasElement }) => {
    const card = await expectSeedCard(canvasElement);
    await expect(partText(card, 'authors')).toBe('Reported by News Desk');
    await expect(partText(card, 'related-heading')).toBe('More on this story');
  },
};

/** Dates as "… ago" once the element has upgraded in the browser. */
export const RelativeTime: Story = {
  name: 'Relative time',
  args: { 'time-style': 'relative' },
  play: playSeed,
};

// Themes

export const Light: Story = { args: { theme: 'light' }, play: playSeed };

export const Dark: Story = { args: { theme: 'dark' }, play: playSeed };

/** Follows the reader's `prefers-color-scheme`. */
export const AutoTheme: Story = {
  name: 'Auto theme',
  args: { theme: 'auto' },
  play: playSeed,
};

// Flags

function flagStory(flag: 'live' | 'breaking' | 'sponsored' | 'opinion'): Story {
  return {
    args: { article: withFlag(flag) },
    play: async ({ canvasElement }) => {
      const card = await expectSeedCard(canvasElement);
      await expect(parts(card, `flag-${flag}`)).toHaveLength(1);
      await expect(partText(card, `flag-${flag}`)).not.toBe('');
    },
  };
}

export const Live = flagStory('live');
export const Breaking = flagStory('breaking');
export const Sponsored = flagStory('sponsored');
export const Opinion = flagStory('opinion');

// Images

export const Aspect4x3: Story = { name: 'Aspect 4/3', args: { aspect: '4/3' }, play: playSeed };

export const Aspect1x1: Story = { name: 'Aspect 1/1', args: { aspect: '1/1' }, play: playSeed };

// Lists

/**
 * A list of cards numbered with `position`, as a front page would have it: the seed, then its
 * related stories as compact cards. Clicks and impressions carry the position (Actions panel).
 */
export const NumberedList: Story = {
  name: 'List with positions',
  render: (args) => html`<ol style="display: grid; gap: 1rem; max-inline-size: 36rem; margin: 0; padding: 0; list-style: none">
    <li>${renderCard({ ...args, position: 1 })}</li>
    ${relatedAsArticles.map(
      (article, i) => html`<li>${renderCard({ ...args, article, layout: 'compact', position: i + 2 })}</li>`,
    )}
  </ol>`,
  play: async ({ canvasElement }) => {
    const cards = canvasElement.querySelectorAll('news-card');
    await expect(cards).toHaveLength(1 + relatedAsArticles.length);
    for (const card of cards) await expectState(card, 'ready');
  },
};
