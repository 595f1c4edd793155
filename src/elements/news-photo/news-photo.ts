import { nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, Problem } from '../../article/types.js';
import { ArticleElement, type NewsCardErrorEvent } from '../../internal/article-element.js';
import { html } from '../../internal/templates/html.js';
import { photoProblems, photoTemplate, type Aspect } from '../../internal/templates/photo.js';
import { newsPhotoStyles } from './news-photo.styles.js';

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
  /** Reactive properties (see ArticleElement); each is documented below. */
  static override properties: PropertyDeclarations = {
    src: {},
    alt: {},
    caption: {},
    credit: {},
    width: {},
    height: {},
    decorative: { type: Boolean },
    aspect: { reflect: true },
  };

  static override styles = newsPhotoStyles;

  protected static override fields = {
    src: 'image.url',
    alt: 'image.alt',
    caption: 'image.caption',
    credit: 'image.creditText',
    width: 'image.width',
    height: 'image.height',
    decorative: 'image.decorative',
  };

  /** Image URL. Overrides `article.image.url`; must pass the URL policy (http, https or relative). */
  src?: string;

  /** Alt text. Overrides `article.image.alt`; an empty `alt` attribute marks the image decorative. */
  alt?: string;

  /** Caption text. Overrides `article.image.caption`. */
  caption?: string;

  /** Credit text, shown exactly as given. Overrides `article.image.creditText`. */
  credit?: string;

  /** Intrinsic width in pixels. Overrides `article.image.width`. */
  width?: number | string;

  /** Intrinsic height in pixels. Overrides `article.image.height`. */
  height?: number | string;

  /** The image adds nothing the text does not say: render `alt=""`. */
  decorative = false;

  /** Ratio of the media box: `16/9` (default), `4/3`, `1/1`, or `auto` for the image's own ratio. */
  aspect?: Aspect;

  protected override fieldValue(name: string): unknown {
    // An empty `alt` attribute is the HTML way to say "decorative"; `decorative` counts only when set.
    if (name === 'alt') return this.alt === '' ? undefined : this.alt;
    if (name === 'decorative') return this.decorative || this.alt === '' || undefined;
    return super.fieldValue(name);
  }

  protected override review(article: Article, problems: Problem[], fieldsOnly: boolean): Problem | undefined {
    problems.push(...photoProblems(article.image));
    return fieldsOnly && !article.image
      ? { path: 'src', message: 'No image to show: set src to an http(s) or relative URL' }
      : undefined;
  }

  protected override renderArticle(article: Article) {
    const { image } = article;
    return image
      ? html`
          <div class="root" dir=${ifDefined(this.textDir)} lang=${ifDefined(this.textLang)}>
            ${photoTemplate(image, this.ctx.messages, {
              aspect: this.aspect,
              failed: this.failedImage === image.url,
            })}
          </div>
        `
      : nothing;
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
