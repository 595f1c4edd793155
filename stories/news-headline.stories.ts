import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/define.js';
import { arabic, badJson, longHeadline, oneWordHeadline, seed, seedCopy, withFlag } from './fixtures.js';
import { commonArgTypes, elementIn, expectState, partText, parts, rawArticleArgTypes } from './helpers.js';
import { renderHeadline, type HeadlineArgs } from './render.js';

const meta = {
  title: 'Elements/News headline',
  component: 'news-headline',
  tags: ['autodocs'],
  render: renderHeadline,
  args: { article: seedCopy() },
  argTypes: {
    ...commonArgTypes,
    headline: { control: 'text' },
    url: { control: 'text' },
    kicker: { control: 'text' },
  },
} satisfies Meta<HeadlineArgs>;

export default meta;
type Story = StoryObj<HeadlineArgs>;

async function expectHeadline(canvasElement: HTMLElement, text: string) {
  const el = elementIn(canvasElement, 'news-headline');
  await expectState(el, 'ready');
  await expect(partText(el, 'headline')).toBe(text);
  return el;
}

export const Seed: Story = {
  name: 'Seed article',
  play: async ({ canvasElement }) => {
    const el = await expectHeadline(canvasElement, seed.headline);
    await expect(parts(el, 'headline')[0]?.localName).toBe('h2');
    await expect(parts(el, 'headline-link')[0]?.getAttribute('href')).toBe(seed.url);
  },
};

/** Every level from `<h1>` to `<h6>`: pick the one that fits the page's outline. */
export const HeadingLevels: Story = {
  name: 'Heading levels 1–6',
  render: (args) => html`${[1, 2, 3, 4, 5, 6].map((level) => renderHeadline({ ...args, 'heading-level': level }))}`,
  play: async ({ canvasElement }) => {
    const els = canvasElement.querySelectorAll('news-headline');
    await expect(els).toHaveLength(6);
    for (const [i, el] of [...els].entries()) {
      await expectState(el, 'ready');
      await expect(parts(el, 'headline')[0]?.localName).toBe(`h${i + 1}`);
    }
  },
};

/** Only the focused attributes, no article: `headline`, `url` and `kicker`. */
export const FocusedAttributes: Story = {
  name: 'Focused attributes',
  args: { article: undefined, headline: seed.headline, url: seed.url, kicker: 'Iraq' },
  play: async ({ canvasElement }) => {
    const el = await expectHeadline(canvasElement, seed.headline);
    await expect(partText(el, 'kicker')).toBe('Iraq');
  },
};

export const WithoutLink: Story = {
  name: 'Without a link',
  args: { article: { ...seedCopy(), url: undefined } },
  play: async ({ canvasElement }) => {
    const el = await expectHeadline(canvasElement, seed.headline);
    await expect(parts(el, 'headline-link')).toHaveLength(0);
  },
};

export const LongHeadline: Story = {
  name: 'Very long headline',
  args: { article: longHeadline },
  play: async ({ canvasElement }) => {
    await expectHeadline(canvasElement, longHeadline.headline);
  },
};

export const OneWordHeadline: Story = {
  name: 'One-word headline',
  args: { article: oneWordHeadline },
  play: async ({ canvasElement }) => {
    await expectHeadline(canvasElement, 'Basra');
  },
};

/** The four flags, each with its own text label. */
export const Flags: Story = {
  render: (args) =>
    html`${(['live', 'breaking', 'sponsored', 'opinion'] as const).map((flag) =>
      renderHeadline({ ...args, article: withFlag(flag), 'heading-level': 3 }),
    )}`,
  play: async ({ canvasElement }) => {
    const els = [...canvasElement.querySelectorAll('news-headline')];
    await expect(els).toHaveLength(4);
    for (const [i, flag] of (['live', 'breaking', 'sponsored', 'opinion'] as const).entries()) {
      await expectState(els[i], 'ready');
      await expect(parts(els[i], `flag-${flag}`)).toHaveLength(1);
    }
  },
};

export const Arabic: Story = {
  name: 'Arabic (RTL)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    await expectHeadline(canvasElement, arabic.headline);
  },
};

export const BadJson: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: bad JSON',
  args: { article: badJson },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement, 'news-headline');
    await expectState(el, 'error');
    await expect(parts(el, 'error')).toHaveLength(1);
  },
};
