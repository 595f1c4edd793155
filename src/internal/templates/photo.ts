import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleImage, Problem } from '../../article/types.js';
import { around, type Messages } from '../messages.js';
import { html } from './html.js';

/** The `aspect` values the media box understands; anything else means the default, `16/9`. */
export type Aspect = '16/9' | '4/3' | '1/1' | 'auto';

// Ratio hints for the width/height attributes when the data has no dimensions.
const RATIO_HINTS: Record<string, [number, number]> = {
  '16/9': [1600, 900],
  '4/3': [1600, 1200],
  '1/1': [1600, 1600],
};

export interface PhotoOptions {
  /** The element's `aspect` attribute. */
  aspect?: string | null;
  /** The image failed to load: keep the box, hide the broken image. */
  failed?: boolean;
}

/**
 * The `width`/`height` attributes. The image's own dimensions when both are known; otherwise a
 * hint in the requested ratio (16/9 by default, e.g. 1600×900), so the browser reserves the box.
 * `intrinsic` is true when `aspect="auto"` can use the image's real ratio.
 */
export function imageDimensions(
  image: Pick<ArticleImage, 'width' | 'height'>,
  aspect?: string | null,
): { width: number; height: number; intrinsic: boolean } {
  const { width, height } = image;
  if (width && height) return { width, height, intrinsic: aspect === 'auto' };
  const [w, h] = RATIO_HINTS[aspect ?? ''] ?? RATIO_HINTS['16/9'];
  return { width: w, height: h, intrinsic: false };
}

/**
 * The `alt` text: the data's `alt`; `""` when the image is decorative, or when there is no alt but a
 * caption (the figcaption describes the picture).
 */
export const altFor = (image: ArticleImage): string => (image.decorative ? '' : (image.alt ?? ''));

/** The warning for an image that is shown undescribed: no alt, no caption, not marked decorative. */
export function photoProblems(image: ArticleImage | undefined): Problem[] {
  return image && !image.decorative && !image.alt && !image.caption
    ? [
        {
          path: 'image.alt',
          message: 'The image has no alt text and no caption; it is shown with alt="". Add alt text, or set decorative: true.',
        },
      ]
    : [];
}

/** True for an `<img>` that finished loading and has nothing to show (for example, it failed before upgrade). */
export function isBrokenImage(img: HTMLImageElement | null | undefined): boolean {
  return Boolean(img && img.getAttribute('src') && img.complete && img.naturalWidth === 0);
}

/**
 * A focal-point coordinate (0–1) as one of the 21 steps the stylesheet has a rule for: 0, 5, …, 100
 * (percent). The number goes into a `data-fx`/`data-fy` attribute, never into CSS text: the
 * stylesheet maps each step to `object-position`. `undefined` (no rule, centred) for anything else.
 */
export function focalStep(value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  return Math.round(Math.min(1, Math.max(0, value)) * 20) * 5;
}

/** The caption and the credit ("Photo: …", the credit text exactly as given), in separate elements. */
function figcaptionTemplate(caption: string | undefined, credit: string | undefined, messages: Messages) {
  const [before, after] = around(messages.photo, 'credit');
  // One template for each combination: a part of the photo that is absent is not in the DOM at all.
  if (!credit) {
    return html`<figcaption part="figcaption" class="figcaption"><span part="caption" class="caption" dir="auto">${caption}</span></figcaption>`;
  }
  return caption
    ? html`
        <figcaption part="figcaption" class="figcaption">
          <span part="caption" class="caption" dir="auto">${caption}</span>
          <span class="credit-line">${before || nothing}<span part="credit" class="credit" dir="auto">${credit}</span>${after || nothing}</span>
        </figcaption>
      `
    : html`
        <figcaption part="figcaption" class="figcaption">
          <span class="credit-line">${before || nothing}<span part="credit" class="credit" dir="auto">${credit}</span>${after || nothing}</span>
        </figcaption>
      `;
}

/**
 * `<figure>` with the `<img>` in a frame that reserves its box, and a `<figcaption>` with the caption
 * and the credit in separate elements (the credit text exactly as given). The img is lazy and decoded
 * off the main thread. `image` has passed the normalizer: its URLs and every `srcset` candidate are
 * checked already, and a candidate that failed dropped the whole `sources` list.
 */
export function photoTemplate(image: ArticleImage, messages: Messages, options: PhotoOptions = {}) {
  const { width, height, intrinsic } = imageDimensions(image, options.aspect);
  const srcset = image.sources?.map((source) => `${source.url} ${source.width}w`).join(', ');
  const { caption, creditText, focalPoint } = image;
  // A plain string, not `classMap`: a directive costs an object or three per card.
  const frame = `frame${intrinsic ? ' intrinsic' : ''}${options.failed ? ' failed' : ''}`;
  return html`
    <figure part="media" class="media">
      <div part="frame" class=${frame}>
        <img
          part="image"
          class="image"
          src=${image.url}
          srcset=${ifDefined(srcset)}
          sizes=${ifDefined(srcset && 'auto, 100vw')}
          width=${width}
          height=${height}
          alt=${altFor(image)}
          data-fx=${ifDefined(focalStep(focalPoint?.x))}
          data-fy=${ifDefined(focalStep(focalPoint?.y))}
          loading="lazy"
          decoding="async"
        />
      </div>
      ${caption || creditText ? figcaptionTemplate(caption, creditText, messages) : nothing}
    </figure>
  `;
}
