/// <reference types="vite/client" />
/**
 * Paste any article (canonical JSON, schema.org JSON-LD, a WordPress REST post, an Open Graph
 * record, or a whole HTML page) and see the card and the problems `normalizeArticle` reports.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';
import { articleFromDocument } from '../src/article/adapters/open-graph.js';
import { detectFormat } from '../src/article/detect.js';
import { normalizeArticle } from '../src/article/normalize.js';
import type { Problem } from '../src/article/types.js';
import jsonLd from '../test/fixtures/formats/seed.jsonld.json';
import wordpress from '../test/fixtures/formats/seed.wordpress.json';
import openGraphHtml from '../test/fixtures/formats/seed.opengraph.html?raw';
import { seed } from './fixtures.js';
import { commonArgTypes, expectState, partText, type CommonArgs } from './helpers.js';

/** The Open Graph page's meta tags as a record (`property` or `name` → `content`). */
function openGraphRecord(page: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const doc = new DOMParser().parseFromString(page, 'text/html');
  for (const meta of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? '';
    const value = meta.getAttribute('content') ?? '';
    const existing = record[key];
    record[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return record;
}

const EXAMPLES: Record<string, string> = {
  'Canonical JSON': JSON.stringify(seed, null, 2),
  'JSON-LD': JSON.stringify(jsonLd, null, 2),
  'WordPress REST': JSON.stringify(wordpress, null, 2),
  'Open Graph record': JSON.stringify(openGraphRecord(openGraphHtml), null, 2),
  'HTML page': openGraphHtml,
};

interface PlaygroundArgs extends CommonArgs {
  /** The text the playground starts with. */
  json: string;
  layout?: 'stacked' | 'horizontal' | 'compact' | 'hero';
}

interface Reading {
  format: string;
  /** What the card is given: the parsed input, or the raw text when it is not JSON. */
  property?: unknown;
  attribute?: string;
  problems: readonly Problem[];
}

function read(text: string): Reading {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) {
    // A whole page: read its JSON-LD and meta tags. DOMParser never runs the page's scripts.
    const { article, problems } = articleFromDocument(new DOMParser().parseFromString(trimmed, 'text/html'));
    return { format: 'HTML page', property: article ?? undefined, attribute: article ? undefined : trimmed, problems };
  }
  const { problems } = normalizeArticle(trimmed);
  try {
    const data: unknown = JSON.parse(trimmed);
    return { format: detectFormat(data) ?? 'not an article object', property: data, problems };
  } catch {
    return { format: 'not JSON', attribute: trimmed, problems };
  }
}

function playground(text: string, args: PlaygroundArgs, redraw: (text: string) => void): TemplateResult {
  const reading = read(text);
  return html`<div class="sb-side-by-side">
    <section aria-labelledby="playground-input-heading">
      <h2 id="playground-input-heading">Article input</h2>
      <p class="sb-examples">
        Examples:
        ${Object.entries(EXAMPLES).map(
          ([name, example]) => html`<button type="button" @click=${() => redraw(example)}>${name}</button> `,
        )}
      </p>
      <label for="playground-input" class="sb-label">Paste canonical JSON, JSON-LD, a WordPress REST post, an Open Graph record or an HTML page</label>
      <textarea
        id="playground-input"
        class="sb-input sb-textarea"
        spellcheck="false"
        .value=${live(text)}
        @input=${(event: Event) => redraw((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </section>
    <section aria-labelledby="playground-output-heading">
      <h2 id="playground-output-heading">Card</h2>
      <p class="sb-format">Detected format: <strong>${reading.format}</strong></p>
      <news-card
        .article=${reading.property}
        article=${ifDefined(reading.attribute)}
        layout=${ifDefined(args.layout)}
        theme=${ifDefined(args.theme)}
        locale=${ifDefined(args.locale)}
        dir=${ifDefined(args.dir)}
        time-style=${ifDefined(args['time-style'])}
        heading-level="3"
      ></news-card>
      <section class="sb-problems" aria-labelledby="playground-problems" aria-live="polite">
        <h3 id="playground-problems">Problems</h3>
        ${reading.problems.length === 0
          ? html`<p>None.</p>`
          : html`<ul>
              ${reading.problems.map((p) => html`<li><code>${p.path || '(input)'}</code>: ${p.message}</li>`)}
            </ul>`}
      </section>
    </section>
  </div>`;
}

const meta = {
  title: 'Playground',
  args: { json: EXAMPLES['Canonical JSON'] },
  argTypes: {
    json: { control: 'text', description: 'The text the playground starts with.' },
    theme: commonArgTypes.theme,
    locale: commonArgTypes.locale,
    dir: commonArgTypes.dir,
    'time-style': commonArgTypes['time-style'],
    layout: { control: 'inline-radio', options: ['stacked', 'horizontal', 'compact', 'hero'] },
  },
  render: (args) => {
    const root = document.createElement('div');
    const redraw = (text: string) => render(playground(text, args, redraw), root);
    redraw(args.json);
    return root;
  },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<PlaygroundArgs>;

export const Playground: Story = {
  // Input typed or pasted in is incomplete along the way: the element warns, and the check expects it to.
  tags: ['warns'],
  play: async ({ canvasElement, step }) => {
    const card = canvasElement.querySelector('news-card')!;
    const textarea = canvasElement.querySelector('textarea')!;
    const problems = () => canvasElement.querySelector('.sb-problems')?.textContent ?? '';

    await step('the seed renders', async () => {
      await expectState(card, 'ready');
      await expect(partText(card, 'headline')).toBe(seed.headline);
    });

    await step('broken JSON shows the error state and the problem', async () => {
      await userEvent.clear(textarea);
      await userEvent.type(textarea, '{{"headline": 1');
      await expectState(card, 'error');
      await waitFor(() => expect(problems()).toContain('Invalid JSON'));
    });

    await step('each example renders the seed', async () => {
      for (const button of canvasElement.querySelectorAll<HTMLButtonElement>('.sb-examples button')) {
        await userEvent.click(button);
        await expectState(card, 'ready');
        await waitFor(() => expect(partText(card, 'headline')).toBe(seed.headline));
      }
    });
  },
};
