import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RenderContext } from './context.js';

/** `dir` and `lang` for a template's root element, when it is the element's root. */
export interface RootAttributes {
  dir?: string;
  lang?: string;
}

/**
 * The fallback for input that cannot be shown: a short localized line that takes little room and
 * keeps the page's layout. Not a live region: a page of failed cards must not chatter.
 */
export function errorTemplate(ctx: RenderContext, root: RootAttributes = {}) {
  return html`<p part="error" class="error" dir=${ifDefined(root.dir)} lang=${ifDefined(root.lang)}>${ctx.messages.error}</p>`;
}

export interface SkeletonOptions extends RootAttributes {
  /** The compact layout: no photo, dek or related stories, as in the finished compact card. Default false. */
  compact?: boolean;
}

/** Placeholder prose: its letters are about as wide, on average, as a news text's. */
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.';

/**
 * Invisible stand-in text of `length` characters, so that it wraps the way real text of that length
 * does. The skeleton draws a bar behind each of its lines.
 */
const filler = (length: number): string => LOREM.slice(0, length).trim();

// The lengths of a typical card's texts (those of the reference article): a 60-character headline, an
// 80-character dek, a 120-character caption, a byline of author, publisher and date, and three related
// stories. Built once, on first use.
let ghosts: Record<'headline' | 'dek' | 'caption' | 'credit' | 'author' | 'publisher' | 'date' | 'label', string> & {
  related: string[];
};
const ghostTexts = () =>
  (ghosts ??= {
    headline: filler(61),
    dek: filler(82),
    caption: filler(121),
    credit: filler(24),
    author: filler(12),
    publisher: filler(10),
    date: filler(17),
    label: filler(7),
    related: [filler(54), filler(76), filler(69)],
  });

const bar = (text: string) => html`<span class="skeleton-text">${text}</span>`;

/**
 * A placeholder with the structure and classes of the finished card, so it takes the same layout in
 * every `layout` and at every width: the photo box exactly, and text boxes the size of a typical
 * article's. Its text is invisible filler drawn as bars, hidden from assistive technology, which
 * hears only the loading label. A real article with longer or shorter text still changes the
 * card's height below the photo.
 */
export function skeletonTemplate(ctx: RenderContext, options: SkeletonOptions = {}) {
  const g = ghostTexts();
  const compact = options.compact === true;
  const media = compact
    ? nothing
    : html`<div class="media skeleton-figure" aria-hidden="true"><div class="frame skeleton-media skeleton-block"></div><div class="figcaption skeleton-caption"><span class="caption">${bar(g.caption)}</span><span class="credit-line">${bar(g.credit)}</span></div></div>`;
  const related = compact
    ? nothing
    : html`<div class="related" aria-hidden="true"><div class="related-heading">${bar(g.label)}</div><div class="related-list">${g.related.map(
        (text) => html`<div class="related-item"><span class="related-link">${bar(text)}</span><span class="related-time">${bar(g.date)}</span></div>`,
      )}</div></div>`;
  return html`<div part="skeleton" class=${compact ? 'skeleton card' : 'skeleton card has-media'} aria-busy="true" dir=${ifDefined(options.dir)} lang=${ifDefined(options.lang)}><span class="visually-hidden">${ctx.messages.loading}</span>${media}<div class="body skeleton-body" aria-hidden="true"><div class="headline">${bar(g.headline)}</div>${compact
      ? nothing
      : html`<p class="dek">${bar(g.dek)}</p>`}<p class="byline"><span class="byline-items"><span class="authors">${bar(g.author)}</span><span class="publisher">${bar(g.publisher)}</span><span>${bar(g.date)}</span></span></p></div>${related}</div>`;
}
