import { css } from 'lit';
import { tokens, base } from '../../internal/styles/tokens.js';
import { bylineStyles } from '../../internal/styles/byline.js';
import { flagStyles, headlineStyles } from '../../internal/styles/headline.js';
import { photoStyles } from '../../internal/styles/photo.js';
import { relatedStyles } from '../../internal/styles/related.js';
import { stateStyles } from '../../internal/styles/state.js';

/** The card frame (stacked layout), its dek, and the skeleton in the card's shape. */
const card = css`
  :host {
    --_card-background: var(--news-card-background, var(--_color-surface));
    --_card-border: var(--news-card-border, 1px solid var(--_color-border));
    --_card-radius: var(--news-card-radius, var(--_radius));
    --_card-padding: var(--news-card-padding, var(--_space-l));
    --_card-gap: var(--news-card-gap, var(--_space-s));
    --_card-shadow: var(--news-card-shadow, 0 1px 2px rgb(16 24 40 / 0.06));
    --_dek-color: var(--news-dek-color, var(--_color-text-secondary));
    --_dek-size: var(--news-dek-font-size, 0.9375rem);
  }

  .card,
  .skeleton {
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

  .card .figcaption {
    padding-inline: var(--_card-padding);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    padding-block: var(--_space-m) var(--_card-padding);
    padding-inline: var(--_card-padding);
  }

  .body > .eyebrow {
    margin-block-end: var(--_space-s);
  }

  .dek {
    margin-block: var(--_card-gap) 0;
    margin-inline: 0;
    color: var(--_dek-color);
    font-size: var(--_dek-size);
    line-height: 1.45;
    overflow-wrap: break-word;
  }

  .body > .byline {
    margin-block-start: var(--_space-m);
  }

  .body > .related {
    margin-block-start: var(--_space-l);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_color-border);
  }

  .error {
    block-size: 100%;
    background: var(--_card-background);
  }

  .skeleton-media {
    aspect-ratio: var(--_aspect);
    border-radius: 0;
  }

  .skeleton-caption {
    padding-block: var(--_space-s) 0;
    padding-inline: var(--_card-padding);
  }

  .skeleton-line-s {
    inline-size: 80%;
    block-size: 0.75rem;
  }

  .skeleton-body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding-block: var(--_space-m) var(--_card-padding);
    padding-inline: var(--_card-padding);
  }

  .skeleton-kicker {
    inline-size: 28%;
    block-size: 0.875rem;
  }

  .skeleton-headline {
    inline-size: 96%;
    block-size: 1.5rem;
  }

  .skeleton-line {
    inline-size: 100%;
    block-size: 1rem;
  }

  .skeleton-short {
    inline-size: 64%;
  }

  .skeleton-byline {
    inline-size: 42%;
    block-size: 0.875rem;
    margin-block-start: var(--_space-xs);
  }
`;

export const newsCardStyles = [
  tokens,
  base,
  photoStyles,
  flagStyles,
  headlineStyles,
  bylineStyles,
  relatedStyles,
  stateStyles,
  card,
];
