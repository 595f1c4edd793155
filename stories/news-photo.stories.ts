import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import '../src/define.js';
import { arabic, badJson, brokenImage, seed, seedCopy } from './fixtures.js';
import { commonArgTypes, elementIn, expectState, partText, parts, rawArticleArgTypes } from './helpers.js';
import { renderPhoto, type PhotoArgs } from './render.js';

const meta = {
  title: 'Elements/News photo',
  component: 'news-photo',
  tags: ['autodocs'],
  render: renderPhoto,
  args: { article: seedCopy() },
  argTypes: {
    ...commonArgTypes,
    src: { control: 'text' },
    alt: { control: 'text' },
    caption: { control: 'text' },
    credit: { control: 'text' },
    width: { control: { type: 'number', min: 1 } },
    height: { control: { type: 'number', min: 1 } },
    decorative: { control: 'boolean' },
    aspect: { control: 'inline-radio', options: ['16/9', '4/3', '1/1', 'auto'] },
  },
} satisfies Meta<PhotoArgs>;

export default meta;
type Story = StoryObj<PhotoArgs>;

async function readyPhoto(canvasElement: HTMLElement) {
  const el = elementIn(canvasElement, 'news-photo');
  await expectState(el, 'ready');
  return el;
}

export const Seed: Story = {
  name: 'Seed article',
  play: async ({ canvasElement }) => {
    const el = await readyPhoto(canvasElement);
    const img = parts(el, 'image')[0];
    await expect(img?.getAttribute('src')).toBe(seed.image?.url);
    await expect(img?.getAttribute('loading')).toBe('lazy');
    await expect(partText(el, 'caption')).toBe(seed.image?.caption);
    await expect(partText(el, 'credit')).toContain('REUTERS/Ari Jalal');
  },
};

/** The image URL answers 404: the box keeps its size and shows a neutral placeholder. */
export const BrokenImage: Story = {
  name: 'Image fails to load',
  args: { article: brokenImage },
  play: async ({ canvasElement }) => {
    const el = await readyPhoto(canvasElement);
    await expect(parts(el, 'frame')).toHaveLength(1);
    await expect(partText(el, 'caption')).toBe(seed.image?.caption);
  },
};

/** Only the focused attributes, no article. */
export const FocusedAttributes: Story = {
  name: 'Focused attributes',
  args: {
    article: undefined,
    src: seed.image?.url,
    caption: seed.image?.caption,
    credit: seed.image?.creditText,
    width: 1600,
    height: 900,
  },
  play: async ({ canvasElement }) => {
    const el = await readyPhoto(canvasElement);
    await expect(parts(el, 'image')[0]?.getAttribute('width')).toBe('1600');
    await expect(parts(el, 'image')[0]?.getAttribute('height')).toBe('900');
  },
};

/** `decorative`: the picture adds nothing the text does not say, so `alt=""`. */
export const Decorative: Story = {
  args: { decorative: true },
  play: async ({ canvasElement }) => {
    const el = await readyPhoto(canvasElement);
    await expect(parts(el, 'image')[0]?.getAttribute('alt')).toBe('');
  },
};

export const Aspect4x3: Story = {
  name: 'Aspect 4/3',
  args: { aspect: '4/3' },
  play: async ({ canvasElement }) => {
    await readyPhoto(canvasElement);
  },
};

export const Aspect1x1: Story = {
  name: 'Aspect 1/1',
  args: { aspect: '1/1' },
  play: async ({ canvasElement }) => {
    await readyPhoto(canvasElement);
  },
};

/**
 * `image.focalPoint` keeps the subject in view when `aspect` crops the picture: here the left third
 * of the frame, cropped square.
 */
export const FocalPoint: Story = {
  name: 'Focal point, cropped 1/1',
  args: { article: { ...seedCopy(), image: { ...seed.image!, focalPoint: { x: 0.3, y: 0.5 } } }, aspect: '1/1' },
  play: async ({ canvasElement }) => {
    await readyPhoto(canvasElement);
  },
};

export const Arabic: Story = {
  name: 'Arabic caption (RTL)',
  args: { article: arabic },
  play: async ({ canvasElement }) => {
    const el = await readyPhoto(canvasElement);
    await expect(partText(el, 'caption')).toBe(arabic.image?.caption);
  },
};

export const BadJson: Story = {
  // Bad input on purpose: the element warns, and the static catalog check expects it to.
  tags: ['warns'],
  name: 'Error: bad JSON',
  args: { article: badJson },
  argTypes: rawArticleArgTypes,
  play: async ({ canvasElement }) => {
    const el = elementIn(canvasElement, 'news-photo');
    await expectState(el, 'error');
    await expect(parts(el, 'error')).toHaveLength(1);
  },
};
