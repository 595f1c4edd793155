import { html } from 'lit';
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

/** A placeholder in the shape of a stacked card, so nothing shifts when the data arrives. */
export function skeletonTemplate(ctx: RenderContext, root: RootAttributes = {}) {
  return html`<div part="skeleton" class="skeleton" aria-busy="true" dir=${ifDefined(root.dir)} lang=${ifDefined(root.lang)}><span class="visually-hidden">${ctx.messages.loading}</span><div class="skeleton-media skeleton-block" aria-hidden="true"></div><div class="skeleton-caption" aria-hidden="true"><span class="skeleton-block skeleton-line-s"></span></div><div class="skeleton-body" aria-hidden="true"><span class="skeleton-block skeleton-kicker"></span><span class="skeleton-block skeleton-headline"></span><span class="skeleton-block skeleton-headline skeleton-short"></span><span class="skeleton-block skeleton-line"></span><span class="skeleton-block skeleton-line skeleton-short"></span><span class="skeleton-block skeleton-byline"></span></div></div>`;
}
