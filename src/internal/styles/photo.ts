import { css } from 'lit';

/**
 * The figure. The frame reserves the box before the image arrives (aspect-ratio), shows a neutral
 * placeholder while it loads, and keeps box and placeholder when it fails: nothing shifts. With
 * `aspect="auto"` and known dimensions, the width/height attributes reserve the intrinsic ratio.
 * `object-position` comes from the focal point, quantised by the template to data-fx/data-fy (see
 * the base styles).
 */
export const photoStyles = css`
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

  .credit-line {
    color: var(--_caption-color);
  }

  .credit {
    letter-spacing: 0.01em;
  }
`;
