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
  /** Draw the photo box (every layout but `compact`). Default true. */
  media?: boolean;
}

/** A placeholder in the shape of the card, so nothing shifts when the data arrives. */
export function skeletonTemplate(ctx: RenderContext, options: SkeletonOptions = {}) {
  const media =
    options.media === false
      ? nothing
      : html`<div class="skeleton-figure" aria-hidden="true"><div class="skeleton-media skeleton-block"></div><div class="skeleton-caption"><span class="skeleton-block skeleton-line-s"></span></div></div>`;
  return html`<div part="skeleton" class=${options.media === false ? 'skeleton' : 'skeleton has-media'} aria-busy="true" dir=${ifDefined(options.dir)} lang=${ifDefined(options.lang)}><span class="visually-hidden">${ctx.messages.loading}</span>${media}<div class="skeleton-body" aria-hidden="true"><span class="skeleton-block skeleton-kicker"></span><span class="skeleton-block skeleton-headline"></span><span class="skeleton-block skeleton-headline skeleton-short"></span><span class="skeleton-block skeleton-line skeleton-dek"></span><span class="skeleton-block skeleton-line skeleton-short skeleton-dek"></span><span class="skeleton-block skeleton-byline"></span></div></div>`;
}
