/// <reference types="vite/client" />
/**
 * Live controls for every public CSS custom property. The list comes from custom-elements.json
 * (the `@cssprop` tags of the five elements), so it is always the documented API, with its defaults.
 */
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect } from 'storybook/test';
import '../src/define.js';
import { seedCopy, withFlag } from './fixtures.js';
import { commonArgTypes, expectState, type CommonArgs } from './helpers.js';
import { renderByline, renderCard, renderHeadline } from './render.js';

interface CssProperty {
  name: string;
  default?: string;
  description?: string;
}

interface ManifestLike {
  modules?: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
}

const manifests = import.meta.glob<ManifestLike>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];

/** Every `--news-*` property any element documents, first documentation wins. */
const cssProperties: CssProperty[] = (() => {
  const byName = new Map<string, CssProperty>();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      for (const prop of declaration.cssProperties ?? []) {
        if (prop.name.startsWith('--news-') && !byName.has(prop.name)) byName.set(prop.name, prop);
      }
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
})();

function category(name: string): string {
  const match = /^--news-(color|font|space|radius|line)/.exec(name);
  if (match) return match[1] === 'line' ? 'font tokens' : match[1] === 'radius' ? 'space tokens' : `${match[1]} tokens`;
  const element = /^--news-([a-z]+)-/.exec(name)?.[1] ?? 'other';
  return `${element} properties`;
}

const isColour = (name: string) => /color|background|placeholder/.test(name);

type ThemingArgs = CommonArgs & Record<string, string | undefined>;

const tokenArgTypes: Partial<ArgTypes<ThemingArgs>> = Object.fromEntries(
  cssProperties.map((prop) => [
    prop.name,
    {
      name: prop.name,
      description: prop.description,
      control: isColour(prop.name) ? { type: 'color' } : { type: 'text' },
      table: { category: category(prop.name), defaultValue: { summary: prop.default ?? '' } },
    },
  ]),
);

/** The custom properties that have a value, for a style map on the wrapper (they inherit into shadow roots). */
function customProperties(args: ThemingArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] => entry[0].startsWith('--news-') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

function specimen(args: ThemingArgs) {
  const shared = { theme: args.theme, locale: args.locale, dir: args.dir };
  return html`<div style=${styleMap(customProperties(args))}>
    ${cssProperties.length === 0
      ? html`<p>custom-elements.json is missing: run <code>npm run analyze</code> to list the custom properties.</p>`
      : ''}
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); align-items: start">
      ${renderCard({ ...shared, article: seedCopy() })}
      <div style="display: grid; gap: 1.5rem">
        ${renderCard({ ...shared, article: withFlag('live'), layout: 'compact' })}
        ${renderCard({ ...shared, article: withFlag('opinion'), layout: 'compact' })}
        <div>${renderHeadline({ ...shared, article: seedCopy(), 'heading-level': 3 })} ${renderByline({ ...shared, article: seedCopy() })}</div>
      </div>
    </div>
  </div>`;
}

const meta = {
  title: 'Theming',
  render: specimen,
  argTypes: { theme: commonArgTypes.theme, locale: commonArgTypes.locale, dir: commonArgTypes.dir, ...tokenArgTypes },
  parameters: { controls: { expanded: true, sort: 'none' } },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

async function expectAllReady(canvasElement: HTMLElement) {
  const elements = canvasElement.querySelectorAll('news-card, news-headline, news-byline');
  await expect(elements.length).toBeGreaterThan(0);
  for (const el of elements) await expectState(el as HTMLElement, 'ready');
}

/** Every property at its default. Change any control to see it apply. */
export const Tokens: Story = {
  name: 'Live tokens',
  play: async ({ canvasElement }) => {
    await expect(cssProperties.length).toBeGreaterThan(0);
    await expectAllReady(canvasElement);
  },
};

/**
 * A site's theme in its own stylesheet (the CSS is on the Theming page): shape and type for every
 * theme, and an accent per theme, so the accent keeps its contrast on light and dark cards.
 */
export const CustomTheme: Story = {
  name: 'A custom theme',
  render: (args) => html`<div class="sb-custom-theme">${specimen(args)}</div>`,
  play: async ({ canvasElement }) => {
    await expectAllReady(canvasElement);
    const card = canvasElement.querySelector('news-card')!;
    // The site's tokens reach the element through inheritance.
    await expect(getComputedStyle(card).getPropertyValue('--news-radius').trim()).toBe('0');
    await expect(getComputedStyle(card).getPropertyValue('--news-font-headline').trim()).toBe('Georgia, serif');
  },
};

/** The font tokens, with their defaults from custom-elements.json, and the font each one resolves to on the card. */
function fontTable() {
  const fonts = cssProperties.filter((prop) => /^--news-(font|line-height)/.test(prop.name));
  return html`<table class="sb-tokens">
    <caption class="sb-label">The card's font tokens</caption>
    <thead>
      <tr>
        <th scope="col">Token</th>
        <th scope="col">Default</th>
        <th scope="col">What it sets</th>
      </tr>
    </thead>
    <tbody>
      ${fonts.map(
        (prop) => html`<tr>
          <td><code>${prop.name}</code></td>
          <td><code>${prop.default ?? ''}</code></td>
          <td>${prop.description ?? ''}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The font tokens. Unset, `--news-font-sans` is `inherit`: the card takes the font of the page around it
 * (here, the catalog's sans-serif stack). Set them to give cards a font of their own.
 */
export const Fonts: Story = {
  name: 'Fonts',
  render: (args) => html`${fontTable()}${specimen(args)}`,
  play: async ({ canvasElement }) => {
    await expectAllReady(canvasElement);
    const names = [...canvasElement.querySelectorAll('.sb-tokens code')].map((code) => code.textContent);
    for (const token of ['--news-font-sans', '--news-font-headline', '--news-font-size-m', '--news-line-height']) {
      await expect(names).toContain(token);
    }
    // The card follows the page's font: the canvas's sans-serif stack, not the browser's serif default.
    const card = canvasElement.querySelector('news-card')!;
    const headline = card.shadowRoot!.querySelector('[part~="headline"]')!;
    const page = getComputedStyle(canvasElement.querySelector('.sb-tokens')!).fontFamily;
    await expect(page).toMatch(/sans-serif$/);
    await expect(getComputedStyle(headline).fontFamily).toBe(page);
  },
};
