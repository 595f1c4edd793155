/// <reference types="vite/client" />
/**
 * The seed article in the four input formats `normalizeArticle` understands, each rendered by a
 * `<news-card>` beside the input it was given.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import '../src/define.js';
import { articleFromDocument } from '../src/extract/index.js';
import { normalizeArticle } from '../src/article/normalize.js';
import type { Problem } from '../src/article/types.js';
import jsonLdFile from '../test/fixtures/formats/seed.jsonld.json';
import wordpressFile from '../test/fixtures/formats/seed.wordpress.json';
import openGraphFile from '../test/fixtures/formats/seed.opengraph.html?raw';
import { seed, withLocalPhoto } from './fixtures.js';
import { commonArgTypes, elementIn, expectState, partText, type CommonArgs } from './helpers.js';

interface FormatArgs extends CommonArgs {
  layout?: 'stacked' | 'horizontal' | 'compact' | 'hero';
}

/** The problems `normalizeArticle` reported, as text. */
function problemsTemplate(problems: readonly Problem[], id: string) {
  return html`<section class="sb-problems" aria-labelledby=${id}>
    <h3 id=${id}>Problems</h3>
    ${problems.length === 0
      ? html`<p>None: every field was used.</p>`
      : html`<ul>
          ${problems.map((p) => html`<li><code>${p.path || '(input)'}</code>: ${p.message}</li>`)}
        </ul>`}
  </section>`;
}

/**
 * Input on one side, the card on the other. `article` is what the card is given (raw input, which
 * it normalizes itself); `problems` are what `normalizeArticle` reports for the same input.
 */
function sideBySide(name: string, input: string, article: unknown, problems: readonly Problem[], args: FormatArgs) {
  const id = name.toLowerCase().replace(/\W+/g, '-');
  return html`<div class="sb-side-by-side">
    <section aria-labelledby="${id}-input">
      <h2 id="${id}-input">${name} input</h2>
      <pre class="sb-input" tabindex="0" aria-label="${name} input"><code>${input}</code></pre>
    </section>
    <section aria-labelledby="${id}-card">
      <h2 id="${id}-card">Rendered card</h2>
      <news-card
        .article=${article}
        layout=${ifDefined(args.layout)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        dir=${ifDefined(args.dir)}
        time-style=${ifDefined(args['time-style'])}
        heading-level="3"
      ></news-card>
      ${problemsTemplate(problems, `${id}-problems`)}
    </section>
  </div>`;
}

// The fixtures as they are, except the photo: the catalog's own copy, so the page works offline.
const jsonLd = withLocalPhoto(jsonLdFile);
const wordpress = withLocalPhoto(wordpressFile);
const openGraphHtml = withLocalPhoto(openGraphFile);

const meta = {
  title: 'Data formats',
  argTypes: {
    theme: commonArgTypes.theme,
    locale: commonArgTypes.locale,
    dir: commonArgTypes.dir,
    'time-style': commonArgTypes['time-style'],
    layout: { control: 'inline-radio', options: ['stacked', 'horizontal', 'compact', 'hero'] },
  },
} satisfies Meta<FormatArgs>;

export default meta;
type Story = StoryObj<FormatArgs>;

async function expectSeedHeadline(canvasElement: HTMLElement) {
  const card = elementIn(canvasElement, 'news-card');
  await expectState(card, 'ready');
  await expect(partText(card, 'headline')).toBe(seed.headline);
}

export const Canonical: Story = {
  name: 'Canonical JSON',
  render: (args) => sideBySide('Canonical JSON', JSON.stringify(seed, null, 2), seed, normalizeArticle(seed).problems, args),
  play: async ({ canvasElement }) => expectSeedHeadline(canvasElement),
};

export const JsonLd: Story = {
  name: 'schema.org JSON-LD',
  render: (args) => sideBySide('JSON-LD', JSON.stringify(jsonLd, null, 2), jsonLd, normalizeArticle(jsonLd).problems, args),
  play: async ({ canvasElement }) => expectSeedHeadline(canvasElement),
};

export const WordPress: Story = {
  name: 'WordPress REST',
  render: (args) =>
    sideBySide('WordPress REST', JSON.stringify(wordpress, null, 2), wordpress, normalizeArticle(wordpress).problems, args),
  play: async ({ canvasElement }) => expectSeedHeadline(canvasElement),
};

/** The page, read with the extraction engine's `articleFromDocument` (DOMParser never runs the page's scripts). */
export const OpenGraph: Story = {
  // The record names no alt text for its image: the element warns about it, and the check expects that.
  tags: ['warns'],
  name: 'Open Graph',
  render: (args) => {
    const { article, problems } = articleFromDocument(new DOMParser().parseFromString(openGraphHtml, 'text/html'));
    return sideBySide('Open Graph', openGraphHtml, article, problems, args);
  },
  play: async ({ canvasElement }) => expectSeedHeadline(canvasElement),
};
