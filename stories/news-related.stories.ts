import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { arabic, badJson, noRelated, seed, seedCopy, twelveRelated } from './fixtures.js';
import { commonArgTypes, elementIn, expectState, parts, rawArticleArgTypes } from './helpers.js';
import { renderRelated, type RelatedArgs } from './render.js';

const meta = {
  title: 'Elements/News related',
  component: 'news-related',
  tags: ['autodocs'],
  render: renderRelated,
  args: { article: seedCopy() },
  argTypes: {
    ...commonArgTypes,
    limit: { control: { type: 'number', min: 0, step: 1 } },
    items: { control: 'object', table: { category: 'properties' } },
  },
} satisfies Meta<RelatedArgs>;

export default meta;
type Story = StoryObj<RelatedArgs>;

async function links(canvasElement: HTMLElement, count: number) {
  const el = elementIn(canvasElement, 'news-related');
  await expectState(el, 'ready');
  await expect(parts(el, 'related-link')).toHaveLength(count);
  return el;
}

export const Seed: Story = {
  name: 'Related: 3 (seed)',
  play: async ({ canvasElement }) => {
    const el = await links(canvasElement, 3);
    await expect(parts(el, 'related-link')[0]?.getAttribute('href')).toBe(seed.related?.[0]?.url);
  },
};

/** No related stories: the element renders nothing at all. */
export const Zero: Story = {
  name: 'Related: 0',
  args: { article: noRelated },
  play: async ({ canvasElement }) => {
    const el = await links(canvasElement, 0);
    await expect(parts(el, 'related')).toHaveLength(0);
  },
};

export const Twelve: Story = {
  name: 'Related: 12',
  args: { article: twelveRelated },
  play: async ({ canvasElement }) => {
    await links(canvasElement, 12);
  },
};

export const Limit: Story = {
  name: 'Related: 12, limit 5',
  args: { article: twelveRelated, limit: 5 },
  play: async ({ canvasElement }) => {
    await links(canvasElement, 5);
  },
};

/** The `items` property alone, no article. */
export const ItemsProperty: Story = {
  name: 'Items property',
  args: { article: undefined, items: seed.related },
  play: async ({ canvasElement }) => {
    await links(canvasElement, seed.related?.length ?? 0);
  },
};

export const Arabic: Story = {
  name: 'Arabic (RTL)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    await links(canvasElement, 3);
  },
};

export const BadJson: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: bad JSON',
  args: { article: badJson },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement, 'news-related');
    await expectState(el, 'error');
    await expect(parts(el, 'error')).toHaveLength(1);
  },
};
