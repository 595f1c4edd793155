import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleImage, Problem } from '../../article/types.js';
import { safeSrcset } from '../../article/url-policy.js';
import { splitPattern } from '../messages.js';
import type { RenderContext } from './context.js';

/** The `aspect` values the media box understands; anything else means the default, `16/9`. */
export type Aspect = '16/9' | '4/3' | '1/1' | 'auto';

// Ratio hints for the width/height attributes when the data has no dimensions.
const RATIO_HINTS: Record<Exclude<Aspect, 'auto'>, [number, number]> = {
  '16/9': [1600, 900],
  '4/3': [1600, 1200],
  '1/1': [1600, 1600],
};

export interface PhotoOptions {
  /** The element's `aspect` attribute. */
  aspect?: string | null;
  /** The image failed to load: keep the box, hide the broken image. */
  failed?: boolean;
  /** Listener for the img `error` event. */
  onError?: (event: Event) => void;
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
  const known = Boolean(image.width && image.height);
  if (known) return { width: image.width as number, height: image.height as number, intrinsic: aspect === 'auto' };
  const [width, height] = RATIO_HINTS[aspect as keyof typeof RATIO_HINTS] ?? RATIO_HINTS['16/9'];
  return { width, height, intrinsic: false };
}

/**
 * The `alt` text: the data's `alt`; `""` when the image is decorative; `""` when there is no alt
 * but a caption, because the figcaption describes the picture; otherwise `""` and a problem, so the
 * element warns that the image is undescribed.
 */
export function altFor(image: Pick<ArticleImage, 'alt' | 'decorative' | 'caption'>): {
  alt: string;
  problem?: Problem;
} {
  if (image.decorative) return { alt: '' };
  if (image.alt) return { alt: image.alt };
  if (image.caption) return { alt: '' };
  return {
    alt: '',
    problem: {
      path: 'image.alt',
      message: 'The image has no alt text and no caption; it is shown with alt="". Add alt text, or set decorative: true.',
    },
  };
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

/** Problems with the image that do not stop it from rendering. */
export function photoProblems(image: ArticleImage | undefined): Problem[] {
  const problem = image ? altFor(image).problem : undefined;
  return problem ? [problem] : [];
}

/** The caption and the credit, in separate elements; the credit text is kept exactly. */
function figcaptionTemplate(image: ArticleImage, ctx: RenderContext) {
  const { caption, creditText } = image;
  if (!caption && !creditText) return nothing;
  const credit = creditText
    ? html`<span class="credit-line">${splitPattern(ctx.messages.photo, 'credit').map((piece) =>
        'text' in piece
          ? piece.text
          : piece.placeholder === 'credit'
            ? html`<span part="credit" class="credit" dir="auto">${creditText}</span>`
            : nothing,
      )}</span>`
    : nothing;
  return html`<figcaption part="figcaption" class="figcaption">${caption
      ? html`<span part="caption" class="caption" dir="auto">${caption}</span>`
      : nothing}${credit}</figcaption>`;
}

/**
 * `<figure>` with the `<img>` in a frame that reserves its box, and a `<figcaption>`. The img is
 * lazy and decoded off the main thread; `srcset` is built by the URL policy and dropped as a whole
 * when any candidate fails it.
 */
export function photoTemplate(image: ArticleImage, ctx: RenderContext, options: PhotoOptions = {}) {
  const { width, height, intrinsic } = imageDimensions(image, options.aspect);
  const srcset = safeSrcset(image.sources);
  // A plain string, not `classMap`: only the template sets these classes, and a directive costs
  // an object or three per card.
  const frame = `frame${intrinsic ? ' intrinsic' : ''}${options.failed ? ' failed' : ''}`;
  const fx = focalStep(image.focalPoint?.x);
  const fy = focalStep(image.focalPoint?.y);
  // Kept on few lines: server-rendered output repeats this markup once per card.
  return html`<figure part="media" class="media"><div part="frame" class=${frame}><img part="image" class="image" src=${image.url} srcset=${ifDefined(srcset)} sizes=${ifDefined(srcset ? 'auto, 100vw' : undefined)} width=${width} height=${height} alt=${altFor(image).alt} data-fx=${ifDefined(fx)} data-fy=${ifDefined(fy)} loading="lazy" decoding="async" @error=${options.onError} /></div>${figcaptionTemplate(image, ctx)}</figure>`;
}
