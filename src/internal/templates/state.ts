import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../messages.js';
import { html } from './html.js';

/** `dir` and `lang` for a template's root element. */
export interface RootAttributes {
  dir?: string;
  lang?: string;
}

/**
 * The fallback for input that cannot be shown: a short localized line that takes little room and
 * keeps the page's layout. Not a live region: a page of failed cards must not chatter.
 */
export const errorTemplate = (messages: Messages, root: RootAttributes) =>
  html`<p part="error" class="error" dir=${ifDefined(root.dir)} lang=${ifDefined(root.lang)}>${messages.error}</p>`;

/** Placeholder prose: its letters are about as wide, on average, as a news text's. */
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.';

/**
 * Invisible stand-in text of `length` characters, drawn as a bar, so that it wraps the way real text
 * of that length does. The lengths are those of a typical card's texts (the reference article's).
 */
const bar = (length: number) => html`<span class="skeleton-text">${LOREM.slice(0, length).trim()}</span>`;

/**
 * A placeholder with the structure and classes of the finished card, so it takes the same layout in
 * every `layout` and at every width: the photo box exactly, and text boxes the size of a typical
 * article's. Its text is invisible filler drawn as bars, hidden from assistive technology, which
 * hears only the loading label. A real article with longer or shorter text still changes the
 * card's height below the photo. `compact` leaves out the photo, the dek and the related stories,
 * as the compact card does.
 */
export function skeletonTemplate(messages: Messages, root: RootAttributes, compact: boolean) {
  return html`
    <div
      part="skeleton"
      class=${compact ? 'skeleton card' : 'skeleton card has-media'}
      aria-busy="true"
      dir=${ifDefined(root.dir)}
      lang=${ifDefined(root.lang)}
    >
      <span class="visually-hidden">${messages.loading}</span>
      ${compact
        ? nothing
        : html`
            <div class="media skeleton-figure" aria-hidden="true">
              <div class="frame skeleton-media skeleton-block"></div>
              <div class="figcaption skeleton-caption">
                <span class="caption">${bar(121)}</span><span class="credit-line">${bar(24)}</span>
              </div>
            </div>
          `}
      <div class="body skeleton-body" aria-hidden="true">
        <div class="headline">${bar(61)}</div>
        ${compact ? nothing : html`<p class="dek">${bar(82)}</p>`}
        <p class="byline">
          <span class="byline-items">
            <span class="authors">${bar(12)}</span><span class="publisher">${bar(10)}</span><span>${bar(17)}</span>
          </span>
        </p>
      </div>
      ${compact
        ? nothing
        : html`
            <div class="related" aria-hidden="true">
              <div class="related-heading">${bar(7)}</div>
              <div class="related-list">
                ${[54, 76, 69].map(
                  (length) => html`
                    <div class="related-item">
                      <span class="related-link">${bar(length)}</span><span class="related-time">${bar(17)}</span>
                    </div>
                  `,
                )}
              </div>
            </div>
          `}
    </div>
  `;
}
