/// <reference types="vite/client" />
/**
 * Paste any article (canonical JSON, schema.org JSON-LD, a WordPress REST post, an Open Graph
 * record, or a whole HTML page) and see the card and the problems `normalizeArticle` reports. A page
 * is read by the same function as a `<news-card src>` that answers with HTML (the page reader's
 * `readPage`, with the extraction engine), so the Playground shows what the card would.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define.js';
import { detectFormat } from '../src/article/detect.js';
import { normalizeArticle } from '../src/article/normalize.js';
import type { Problem } from '../src/article/types.js';
import { loadPageReader } from '../src/internal/extract-loader.js';
import jsonLdFile from '../test/fixtures/formats/seed.jsonld.json';
import wordpressFile from '../test/fixtures/formats/seed.wordpress.json';
import openGraphFile from '../test/fixtures/formats/seed.opengraph.html?raw';
import seedPageFile from '../test/fixtures/formats/seed.page.html?raw';
import { STUB_ORIGIN, stubFetch } from './fetch-stub.js';
import { seed, withLocalPhoto } from './fixtures.js';

// The fixtures as they are, except the photo: the catalog's own copy, so the examples work offline.
const jsonLd = withLocalPhoto(jsonLdFile);
const wordpress = withLocalPhoto(wordpressFile);
const openGraphHtml = withLocalPhoto(openGraphFile);
const seedPage = withLocalPhoto(seedPageFile);
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
  'HTML page': seedPage,
};

/** Where the agreement check's `<news-card src>` finds the example page, answered as text/html. */
const PAGE_URL = `${STUB_ORIGIN}seed.page.html`;

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

/** True for text that is an HTML page rather than JSON. */
const isPage = (text: string) => text.trim().startsWith('<');

/** A page, read as `<news-card src>` reads one: parsed inertly, then by the extraction engine. */
async function readPage(text: string): Promise<Reading> {
  const { article, problems } = await (await loadPageReader()).readPage(text.trim(), 'text/html');
  return { format: 'HTML page', property: article ?? undefined, attribute: article ? undefined : text.trim(), problems };
}

function read(text: string): Reading {
  const trimmed = text.trim();
  const { problems } = normalizeArticle(trimmed);
  try {
    const data: unknown = JSON.parse(trimmed);
    return { format: detectFormat(data) ?? 'not an article object', property: data, problems };
  } catch {
    return { format: 'not JSON', attribute: trimmed, problems };
  }
}

function playground(text: string, reading: Reading, args: PlaygroundArgs, redraw: (text: string) => void): TemplateResult {
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
    let latest = '';
    const redraw = (text: string) => {
      latest = text;
      if (!isPage(text)) {
        render(playground(text, read(text), args, redraw), root);
        return;
      }
      // A page is read asynchronously (the engine loads on demand): show the text now, the card when read.
      render(playground(text, { format: 'HTML page (reading…)', problems: [] }, args, redraw), root);
      void readPage(text).then((reading) => {
        if (text === latest) render(playground(text, reading, args, redraw), root);
      });
    };
    redraw(args.json);
    return root;
  },
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<PlaygroundArgs>;

export const Playground: Story = {
  // Input typed or pasted in is incomplete along the way: the element warns, and the check expects it to.
  tags: ['warns'],
  decorators: [stubFetch(PAGE_URL, { kind: 'text', body: seedPage, contentType: 'text/html; charset=utf-8' })],
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

    await step('a pasted page shows exactly what <news-card src> shows for the same page', async () => {
      const pageButton = [...canvasElement.querySelectorAll<HTMLButtonElement>('.sb-examples button')].find(
        (button) => button.textContent?.trim() === 'HTML page',
      )!;
      await userEvent.click(pageButton);
      await waitFor(() => expect(canvasElement.querySelector('.sb-format')?.textContent).toContain('HTML page'));
      await waitFor(() => expect(canvasElement.querySelector('.sb-format')?.textContent).not.toContain('reading'));
      await expectState(card, 'ready');
      const fetched = document.createElement('news-card');
      let loaded: unknown;
      fetched.addEventListener('news-card-load', (event) => (loaded = event.detail.article));
      // The same settings and the same place in the page (locale, direction and theme come from both).
      for (const name of card.getAttributeNames()) if (name !== 'state') fetched.setAttribute(name, card.getAttribute(name)!);
      fetched.setAttribute('src', PAGE_URL);
      card.after(fetched);
      try {
        await expectState(fetched, 'ready');
        await expect(loaded).toEqual(card.article);
        await expect(fetched.shadowRoot?.textContent).toBe(card.shadowRoot?.textContent);
        await expect(fetched.shadowRoot?.querySelector('[part~="headline-link"]')?.getAttribute('href')).toBe(seed.url);
      } finally {
        fetched.remove();
      }
    });
  },
};
