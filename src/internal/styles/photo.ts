import { css, unsafeCSS } from 'lit';

// Focal points are quantised to steps of 5% (data-fx="35" → 35%): the stylesheet holds one rule per
// step, so no value from the data is ever written into CSS text. (Generated here: the shipped code is
// shorter than the rules, and shorter than rules that read the number digit by digit.)
const STEPS = Array.from({ length: 21 }, (_, i) => i * 5);
const focalRules = STEPS.map((n) => `[data-fx='${n}']{--_fx:${n}%}[data-fy='${n}']{--_fy:${n}%}`).join('');

/**
 * The figure. The frame reserves the box before the image arrives (aspect-ratio), shows a neutral
 * placeholder while it loads, and keeps box and placeholder when it fails: nothing shifts. The
 * `aspect` attribute picks the ratio (any other value keeps `--news-photo-aspect`, 16/9 by default);
 * with `aspect="auto"` and known dimensions, the width/height attributes reserve the intrinsic ratio.
 * `object-position` comes from the focal point, quantised by the template to data-fx/data-fy.
 */
export const photoStyles = css`
  :host {
    --_caption-color: var(--news-caption-color, var(--_color-muted));
    --_photo-placeholder: var(--news-photo-placeholder, var(--_color-placeholder));
    --_photo-radius: var(--news-photo-radius, 0);
    --_aspect: var(--news-photo-aspect, 16 / 9);
  }

  :host([aspect='16/9']) {
    --_aspect: 16 / 9;
  }

  :host([aspect='4/3']) {
    --_aspect: 4 / 3;
  }

  :host([aspect='1/1']) {
    --_aspect: 1 / 1;
  }

  .media {
    margin: 0;
  }

  .frame {
    position: relative;
    overflow: hidden;
    aspect-ratio: var(--_aspect);
    border-radius: var(--_photo-radius);
    background: var(--_photo-placeholder);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    object-position: var(--_fx, 50%) var(--_fy, 50%);
    color: transparent;
  }

  ${unsafeCSS(focalRules)}

  .frame.intrinsic {
    aspect-ratio: auto;
  }

  .frame.intrinsic .image {
    block-size: auto;
  }

  .frame.failed .image {
    visibility: hidden;
  }

  .figcaption {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-s);
    padding-block-start: var(--_space-s);
    color: var(--_caption-color);
    font-family: var(--_font-sans);
    font-size: var(--_font-size-xs);
    line-height: 1.4;
  }

  .caption {
    color: var(--_color-text-secondary);
  }

  .credit {
    letter-spacing: 0.01em;
  }
`;
