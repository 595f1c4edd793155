/** Shared pieces of the element stories: arg types, the `article` attribute and play-function checks. */
import type { ArgTypes } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';

/** Args every element story shares. Keys are attribute names, so each control maps to one attribute. */
export interface CommonArgs {
  /** An article object (sent as the JSON `article` attribute) or a raw string (sent as it is). */
  article?: unknown;
  'heading-level'?: number;
  locale?: string;
  'time-style'?: 'absolute' | 'relative' | 'auto';
  theme?: 'light' | 'dark' | 'auto';
  dir?: 'ltr' | 'rtl';
  /** The `messages` property: overrides for the built-in labels. */
  messages?: Record<string, string>;
}

export const LOCALES = ['en', 'ar', 'fr', 'es', 'de'];

export const commonArgTypes: Partial<ArgTypes<CommonArgs>> = {
  // An object control; the stories send it as the `article` attribute (a JSON string).
  article: { control: 'object' },
  'heading-level': { control: { type: 'range', min: 1, max: 6, step: 1 } },
  messages: { control: 'object' },
  locale: { control: 'select', options: [undefined, ...LOCALES] },
  'time-style': { control: 'inline-radio', options: ['absolute', 'relative', 'auto'] },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark', 'auto'],
    description: 'Colour theme (`light`, `dark`, `auto`). The Theme toolbar overrides it for every story.',
    table: { category: 'attributes' },
  },
  dir: {
    control: 'inline-radio',
    options: [undefined, 'ltr', 'rtl'],
    description: 'The global `dir` attribute. Unset, the element follows the language. The Direction toolbar overrides it.',
    table: { category: 'attributes' },
  },
} as Partial<ArgTypes<CommonArgs>>;

/** Arg types for a story whose `article` is a raw (invalid) string rather than an object. */
export const rawArticleArgTypes = { article: { control: 'text' } } as const;

/** The `article` attribute for an arg: objects become JSON, strings go through untouched. */
export function articleAttribute(article: unknown): string | undefined {
  if (article === undefined || article === null) return undefined;
  return typeof article === 'string' ? article : JSON.stringify(article);
}

/** The first element with `tag` in the story, failing the story when there is none. */
export function elementIn<K extends keyof HTMLElementTagNameMap>(root: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const el = root.querySelector(tag);
  if (!el) throw new Error(`No <${tag}> in the story`);
  return el;
}

/** Waits until `el` reflects `state`, then until its render has settled. */
export async function expectState(el: HTMLElement & { updateComplete?: Promise<unknown> }, state: string): Promise<void> {
  await waitFor(() => expect(el.getAttribute('state')).toBe(state), { timeout: 5000 });
  await el.updateComplete;
}

/** The elements in `el`'s shadow root whose `part` list holds `name`. */
export function parts(el: Element, name: string): Element[] {
  return Array.from(el.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? []);
}

/** The text of the first `name` part, whitespace collapsed. */
export function partText(el: Element, name: string): string {
  return (parts(el, name)[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The three authors, in order; joined the English way ("A, B and C") unless a toolbar locale is set. */
export async function expectThreeAuthors(text: string, locale: unknown): Promise<void> {
  await expect(text).toMatch(/News Desk.*Second Author.*Third Author/);
  if (!locale || locale === 'en') await expect(text).toMatch(/News Desk, Second Author,? and Third Author/);
}
