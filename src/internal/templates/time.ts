import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../format.js';
import type { RenderContext } from './context.js';
import { html } from './html.js';

/**
 * What a `<time>` shows for a canonical ISO date: the text formatted for the reader and, when that
 * text is relative ("3 hours ago"), the absolute date as its `title` (a tooltip for pointer users;
 * assistive technology reads the visible text). `undefined` for a value `Intl` cannot read.
 */
export function timeText(iso: string | undefined, ctx: RenderContext): { text: string; title?: string } | undefined {
  if (!iso) return undefined;
  const text = formatDate(iso, { locale: ctx.locale, style: ctx.timeStyle, now: ctx.now });
  if (!text) return undefined;
  const absolute = ctx.now === undefined ? text : formatDate(iso, { locale: ctx.locale });
  return { text, title: absolute === text ? undefined : absolute };
}

/**
 * A `<time>` whose `datetime` is always the canonical ISO value: the published date, or with
 * `updated` the modified one. Renders nothing for a value `Intl` cannot read.
 */
export function timeTemplate(iso: string | undefined, ctx: RenderContext, updated = false) {
  const time = timeText(iso, ctx);
  if (!time) return nothing;
  // One literal per part name: part names are not bindings.
  return updated
    ? html`<time part="updated-time" class="time" datetime=${iso} title=${ifDefined(time.title)}>${time.text}</time>`
    : html`<time part="time" class="time" datetime=${iso} title=${ifDefined(time.title)}>${time.text}</time>`;
}
