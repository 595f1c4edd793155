import { nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Article, ArticleImage, Problem } from '../../article/types.js';
import { isValidWidth } from '../../article/url-policy.js';
import { ArticleElement, focusedText, focusedUrl, type NewsCardErrorEvent } from '../../internal/article-element.js';
import type { RenderContext } from '../../internal/templates/context.js';
import { isBrokenImage, photoProblems, photoTemplate, type Aspect } from '../../internal/templates/photo.js';
import { newsPhotoStyles } from './news-photo.styles.js';

function focusedDimension(value: unknown, path: string, problems: Problem[]): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (isValidWidth(number)) return number;
  problems.push({ path, message: 'Expected a whole number of pixels from 1 to 100000' });
  return undefined;
}

/**
 * A `<figure>` with an `<img>` and a `<figcaption>` holding the caption and the credit in separate
 * elements (the credit follows a localized "Photo:" label and is kept exactly as given).
 *
 * The img has `width`/`height` (the image's own, or when unknown a hint in the `aspect` ratio:
 * 1600×900 for the default 16/9), `loading="lazy"`, `decoding="async"`, and `srcset`/`sizes` from
 * `image.sources` (the whole `srcset` is dropped when any candidate fails the URL policy). The box is
 * reserved with `aspect-ratio` and shows a neutral placeholder while loading and after a load error
 * (the broken image is hidden, the box stays).
 *
 * Alt text: `alt` from data; `decorative: true` (or an empty `alt` attribute) gives `alt=""`; with no
 * alt but a caption, `alt=""` (the figcaption describes the picture); with neither, `alt=""` and a
 * console warning.
 *
 * @tag news-photo
 * @summary An article photo with caption and credit.
 *
 * @attr article - The article as a JSON string. The `article` property wins over it.
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. These parts have no background of their own and sit on the page's: light by default, dark with `dark`, and following `prefers-color-scheme` only with `auto`.
 *
 * @fires {NewsCardErrorEvent} news-card-error - Bad input, or no usable image URL when only focused attributes are given. Bubbles, composed.
 *
 * @csspart media - The figure.
 * @csspart frame - The box that reserves the image's space and shows the placeholder.
 * @csspart image - The img.
 * @csspart figcaption - The figcaption.
 * @csspart caption - The caption text.
 * @csspart credit - The credit text (exactly as given).
 * @csspart error - The fallback shown for bad input.
 *
 * @cssprop [--news-photo-aspect=16 / 9] - Ratio of the media box when no `aspect` attribute is set.
 * @cssprop [--news-photo-placeholder=var(--news-color-placeholder)] - Placeholder colour while loading and after a load error.
 * @cssprop [--news-photo-radius=var(--news-radius)] - Corner radius of the image.
 * @cssprop [--news-caption-color=var(--news-color-muted)] - Credit colour.
 * @cssprop [--news-color-placeholder=#e9ebee] - Placeholder colour.
 * @cssprop [--news-radius=0.5rem] - Corner radius.
 */
export class NewsPhoto extends ArticleElement {
  static override styles = newsPhotoStyles;

  protected static override inputProperties: readonly PropertyKey[] = [...ArticleElement.inputProperties, 'decorative'];

  protected static override focusedProperties: readonly string[] = ['src', 'alt', 'caption', 'credit', 'width', 'height'];

  /** Image URL. Overrides `article.image.url`; must pass the URL policy (http, https or relative). */
  @property()
  src?: string;

  /** Alt text. Overrides `article.image.alt`; an empty `alt` attribute marks the image decorative. */
  @property()
  alt?: string;

  /** Caption text. Overrides `article.image.caption`. */
  @property()
  caption?: string;

  /** Credit text, shown exactly as given. Overrides `article.image.creditText`. */
  @property()
  credit?: string;

  /** Intrinsic width in pixels. Overrides `article.image.width`. */
  @property()
  width?: number | string;

  /** Intrinsic height in pixels. Overrides `article.image.height`. */
  @property()
  height?: number | string;

  /** The image adds nothing the text does not say: render `alt=""`. */
  @property({ type: Boolean })
  decorative = false;

  /** Ratio of the media box: `16/9` (default), `4/3`, `1/1`, or `auto` for the image's own ratio. */
  @property({ reflect: true })
  aspect?: Aspect;

  /** The URL of the image that failed to load: the photo keeps its box and hides the broken image. */
  @state()
  private _failedImage?: string;

  /** `decorative` counts as set only when true: it is a boolean attribute, `false` by default. */
  protected override hasFocused(): boolean {
    return Boolean(this.decorative) || super.hasFocused();
  }

  protected override applyFocused(article: Article, problems: Problem[]): Article {
    const url = focusedUrl(this.src, 'src', problems) ?? article.image?.url;
    if (!url) {
      delete article.image;
      return article;
    }
    const image: ArticleImage = { ...article.image, url };
    if (this.alt === '') {
      image.decorative = true;
    } else {
      const alt = focusedText(this.alt, 'alt', problems);
      if (alt) image.alt = alt;
    }
    const caption = focusedText(this.caption, 'caption', problems);
    if (caption) image.caption = caption;
    const credit = focusedText(this.credit, 'credit', problems);
    if (credit) image.creditText = credit;
    const width = focusedDimension(this.width, 'width', problems);
    const height = focusedDimension(this.height, 'height', problems);
    if (width && height) {
      image.width = width;
      image.height = height;
    }
    if (this.decorative) image.decorative = true;
    article.image = image;
    return article;
  }

  protected override blockingProblem(article: Article, focusedOnly: boolean): Problem | undefined {
    return focusedOnly && !article.image
      ? { path: 'src', message: 'No image to show: set src to an http(s) or relative URL' }
      : undefined;
  }

  protected override contentProblems(article: Article): Problem[] {
    return photoProblems(article.image);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    try {
      // An image that failed before the element upgraded (server-rendered markup) fired its error unheard.
      if (isBrokenImage(this.renderRoot.querySelector('img'))) this.#onImageError();
    } catch (error) {
      this.contain(error);
    }
  }

  protected override renderArticle(article: Article, ctx: RenderContext) {
    const { image } = article;
    return this.partTemplate(
      image
        ? photoTemplate(image, ctx, { aspect: this.aspect, failed: this._failedImage === image.url, onError: this.#onImageError })
        : nothing,
    );
  }

  /** The image's `error` listener: a method, which Lit calls with the element as `this`. */
  #onImageError(): void {
    try {
      this._failedImage = this.model?.image?.url;
    } catch (error) {
      this.contain(error);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-photo': NewsPhoto;
  }
  interface HTMLElementEventMap {
    'news-card-error': NewsCardErrorEvent;
  }
}
