import { css } from 'lit';
import { tokens, base, themeStyles } from '../../internal/styles/tokens.js';
import { bylineStyles } from '../../internal/styles/byline.js';
import { headlineStyles } from '../../internal/styles/headline.js';
import { photoStyles } from '../../internal/styles/photo.js';
import { relatedStyles } from '../../internal/styles/related.js';
import { errorStyles } from '../../internal/styles/state.js';

// The build minifies css`` templates (scripts/vite-minify-css.ts); source formatting costs nothing shipped.

/**
 * The card frame. Layouts answer to the card's own width: `.root` is an inline-size container (the
 * wrapper, not the host, so that page styles on the host cannot turn it off). Only logical
 * properties, so RTL mirrors. The byline is pushed to the bottom: in a row of equal-height cards
 * the bylines line up. The body's top padding is `--_body-start` where a photo stands above it, else
 * the card's padding.
 *
 * Whole-card link: the headline link's ::after covers the card (the nearest positioned ancestor),
 * so a click anywhere follows it; the other links sit above it. Focus draws the ring on the card,
 * two-tone so that it shows on the photo too.
 */
const card = css`
  :host {
    --_color-surface: var(--news-color-surface, #ffffff);
    --_shadow: 0 1px 2px rgb(16 24 40 / 0.06);
    --_card-background: var(--news-card-background, var(--_color-surface));
    --_card-border: var(--news-card-border, 1px solid var(--_color-border));
    --_card-radius: var(--news-card-radius, var(--_radius));
    --_card-padding: var(--news-card-padding, var(--_space-l));
    --_card-gap: var(--news-card-gap, var(--_space-s));
    --_card-shadow: var(--news-card-shadow, var(--_shadow));
    --_media-size: var(--news-card-media-size, 40%);
    --_scrim: var(--news-card-scrim-color, rgb(0 0 0 / 0.75));
    --_on-scrim: var(--news-card-scrim-text-color, #ffffff);
    --_dek-color: var(--news-dek-color, var(--_color-text-secondary));
    --_dek-size: var(--news-dek-font-size, 0.9375rem);
    --_space-xl: var(--news-space-xl, 1.5rem);
  }

  .root {
    container: news-card / inline-size;
    block-size: 100%;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    margin: 0;
    overflow: hidden;
    border: var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
    box-shadow: var(--_card-shadow);
    color: var(--_color-text);
  }

  .has-media {
    --_body-start: var(--_space-m);
  }

  /* Where the card is a grid (horizontal from 30rem, hero), the photo takes rows 1 and 2 of the first
     column. A flex card ignores it. */
  .has-media > .media {
    grid-area: 1 / 1 / 3;
  }

  .card .figcaption {
    padding-inline: var(--_card-padding);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    padding: var(--_body-start, var(--_card-padding)) var(--_card-padding) var(--_card-padding);
  }

  .body > .eyebrow {
    margin-block-end: var(--_space-s);
  }

  .dek {
    margin: var(--_card-gap) 0 0;
    color: var(--_dek-color);
    font-size: var(--_dek-size);
    line-height: 1.45;
    overflow-wrap: break-word;
  }

  .body > .byline {
    margin-block-start: auto;
    padding-block-start: var(--_space-m);
  }

  .card > .related {
    margin-inline: var(--_card-padding);
    padding-block: var(--_space-m) var(--_card-padding);
    border-block-start: 1px solid var(--_color-border);
  }

  .headline-link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: calc(var(--_card-radius) - 1px);
  }

  .headline-link:focus-visible {
    outline: none;
  }

  .headline-link:focus-visible::after {
    outline: 2px solid var(--_color-focus);
    outline-offset: -2px;
    box-shadow: inset 0 0 0 4px var(--_card-background);
  }

  .card a.author,
  .card a.kicker,
  .card .related-link {
    position: relative;
    z-index: 2;
  }

  .error {
    block-size: 100%;
    background: var(--_card-background);
  }
`;

/**
 * compact: kicker, headline and byline for dense lists (the template leaves out the rest).
 *
 * horizontal: the photo beside the text once the card is 30rem wide; stacked below that.
 *
 * hero: the body lies over the photo's frame (a subgrid keeps the figcaption below it) on a scrim.
 * The scrim fades in over the body's top padding (4rem) and is solid behind all of its text: at the
 * default 0.75 black, white text is 7:1 even over a white image (4.5:1 needs 0.55). The body is
 * painted above the positioned frame by z-index alone, so it does not become the overlay's
 * containing block; its top margin keeps some photo in sight when the text is taller than the photo.
 * The body's text colours are all the scrim's text colour: its colour tokens are set again there.
 */
const layouts = css`
  :host([layout='compact']) .body {
    padding-block: var(--_space-m);
  }

  :host([layout='compact']) .headline {
    font-size: calc(var(--_headline-size) * 0.8);
  }

  :host([layout='compact']) .body > .byline {
    padding-block-start: var(--_space-s);
  }

  @container news-card (min-width: 30rem) {
    :host([layout='horizontal']) .has-media {
      /* The photo is beside the text: the body's top padding falls back to the card's. */
      --_body-start: initial;
      --_photo-radius: calc(var(--_card-radius) / 2);
      display: grid;
      grid-template: 1fr auto / minmax(0, var(--_media-size)) minmax(0, 1fr);
    }

    :host([layout='horizontal']) .has-media > .media {
      padding-block: var(--_card-padding);
      padding-inline-start: var(--_card-padding);
    }

    :host([layout='horizontal']) .has-media > .body {
      grid-area: 1 / 2;
    }

    :host([layout='horizontal']) .has-media > .related {
      grid-area: 2 / 2;
    }

    :host([layout='horizontal']) .has-media .figcaption {
      padding-inline: 0;
    }
  }

  :host([layout='hero']) .has-media {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  :host([layout='hero']) .has-media > .media {
    display: grid;
    grid-template-rows: subgrid;
  }

  :host([layout='hero']) .has-media .frame {
    align-self: stretch;
  }

  :host([layout='hero']) .has-media > .body {
    --_headline-color: var(--_on-scrim);
    --_kicker-color: var(--_on-scrim);
    --_dek-color: var(--_on-scrim);
    --_byline-color: color-mix(in srgb, var(--_on-scrim) 85%, transparent);
    --_color-text: var(--_on-scrim);
    --_color-muted: var(--_on-scrim);
    --_color-accent: var(--_on-scrim);
    grid-area: 1 / 1;
    align-self: end;
    margin-block-start: 5rem;
    z-index: 1;
    padding-block-start: 4rem;
    background: var(--_scrim);
    color: var(--_on-scrim);
  }

  /* The scrim fades in where color-mix() exists; older engines (Chrome 105–110, Firefox 110–112) get the
     solid scrim above, never white text without one. */
  @supports (color: color-mix(in srgb, red, blue)) {
    :host([layout='hero']) .has-media > .body {
      background: linear-gradient(
        to bottom,
        transparent,
        color-mix(in srgb, var(--_scrim) 40%, transparent) 1.75rem,
        var(--_scrim) 4rem
      );
    }
  }

  :host([layout='hero']) .has-media .figcaption {
    padding-block-end: var(--_space-m);
  }

  :host([layout='hero']) .has-media > .related {
    grid-area: 3 / 1;
  }

  @container news-card (min-width: 40rem) {
    :host([layout='hero']) .has-media .headline {
      font-size: calc(var(--_headline-size) * 1.4);
    }

    :host([layout='hero']) .has-media > .body {
      padding-inline: var(--_space-xl);
    }

    :host([layout='hero']) .has-media .dek {
      font-size: calc(var(--_dek-size) * 1.1);
    }
  }
`;

/**
 * The loading skeleton has the card's own classes (`.media`, `.body`, `.headline`, `.related`…), so
 * every rule above lays it out like the finished card; here only its filler text turns into bars, and
 * its frame shimmers. The loading label is for assistive technology only.
 */
const skeleton = css`
  .skeleton [aria-hidden] *,
  .skeleton [aria-hidden] ::before {
    color: transparent;
    user-select: none;
  }

  .skeleton-text {
    border-radius: 0.25rem;
    background: var(--_color-placeholder);
    box-decoration-break: clone;
  }

  .skeleton-block {
    background: var(--_color-placeholder);
    animation: news-shimmer 1.4s linear infinite;
  }

  @supports (color: color-mix(in srgb, red, blue)) {
    .skeleton-block {
      background: linear-gradient(
          90deg,
          transparent 0%,
          color-mix(in srgb, var(--_color-surface) 55%, transparent) 50%,
          transparent 100%
        )
        var(--_color-placeholder);
      background-size: 200% 100%;
    }
  }

  @keyframes news-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

export const newsCardStyles = [
  tokens,
  themeStyles,
  base,
  photoStyles,
  headlineStyles,
  bylineStyles,
  relatedStyles,
  errorStyles,
  card,
  layouts,
  skeleton,
];
