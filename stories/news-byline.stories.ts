import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { arabic, badJson, noAuthor, seed, seedCopy, threeAuthors, updated } from './fixtures.js';
import { commonArgTypes, elementIn, expectState, expectThreeAuthors, partText, parts, rawArticleArgTypes } from './helpers.js';
import { renderByline, type BylineArgs } from './render.js';

const meta = {
  title: 'Elements/News byline',
  component: 'news-byline',
  tags: ['autodocs'],
  render: renderByline,
  args: { article: seedCopy() },
  argTypes: {
    ...commonArgTypes,
    authors: { control: 'text' },
    publisher: { control: 'text' },
    'date-published': { control: 'text' },
    'date-modified': { control: 'text' },
  },
} satisfies Meta<BylineArgs>;

export default meta;
type Story = StoryObj<BylineArgs>;

async function readyByline(canvasElement: HTMLElement) {
  const el = elementIn(canvasElement, 'news-byline');
  await expectState(el, 'ready');
  return el;
}

export const Seed: Story = {
  name: 'Seed article',
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(partText(el, 'authors')).toContain('News Desk');
    await expect(partText(el, 'publisher')).toBe('The Cradle');
    await expect(parts(el, 'time')[0]?.getAttribute('datetime')).toMatch(/^2021-12-27/);
  },
};

export const ThreeAuthors: Story = {
  name: 'Three authors',
  args: { article: threeAuthors },
  play: async ({ canvasElement, globals }) => {
    const el = await readyByline(canvasElement);
    await expect(parts(el, 'author')).toHaveLength(3);
    await expectThreeAuthors(partText(el, 'authors'), globals.locale);
  },
};

export const NoAuthor: Story = {
  name: 'No author',
  args: { article: noAuthor },
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(parts(el, 'author')).toHaveLength(0);
    await expect(partText(el, 'publisher')).toBe('The Cradle');
  },
};

export const Updated: Story = {
  name: 'Updated later',
  args: { article: updated },
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(parts(el, 'updated-time')[0]?.getAttribute('datetime')).toMatch(/^2021-12-28/);
  },
};

/** Only the focused attributes, no article. */
export const FocusedAttributes: Story = {
  name: 'Focused attributes',
  args: {
    article: undefined,
    authors: JSON.stringify(['News Desk']),
    publisher: seed.publisher?.name,
    'date-published': seed.datePublished,
  },
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(partText(el, 'authors')).toContain('News Desk');
    await expect(partText(el, 'publisher')).toBe('The Cradle');
  },
};

export const RelativeTime: Story = {
  name: 'Relative time',
  args: { 'time-style': 'relative' },
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(parts(el, 'time')[0]?.getAttribute('datetime')).toMatch(/^2021-12-27/);
  },
};

export const Arabic: Story = {
  name: 'Arabic (RTL)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const el = await readyByline(canvasElement);
    await expect(partText(el, 'authors')).toContain('قسم الأخبار');
  },
};

export const BadJson: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: bad JSON',
  args: { article: badJson },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement, 'news-byline');
    await expectState(el, 'error');
    await expect(parts(el, 'error')).toHaveLength(1);
  },
};
