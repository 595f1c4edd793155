import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../format.js';
import type { RenderContext } from './context.js';
import { html } from './html.js';

/** Which date a `<time>` shows: the published date, "Updated …", or a related story's date. */
export type TimeKind = 'published' | 'updated' | 'related';

/**
 * A `<time>` whose `datetime` is always the canonical ISO value and whose text is formatted for
 * the reader. When the text is relative ("3 hours ago"), the absolute date stays available as the
 * `title` (a tooltip for pointer users); assistive technology reads the visible text. Renders
 * nothing for a value `Intl` cannot read.
 */
export function timeTemplate(iso: string | undefined, ctx: RenderContext, kind: TimeKind) {
  if (!iso) return nothing;
  const text = formatDate(iso, { locale: ctx.locale, style: ctx.timeStyle, now: ctx.now });
  if (!text) return nothing;
  const absolute = ctx.now === undefined ? text : formatDate(iso, { locale: ctx.locale });
  const title = ifDefined(absolute === text ? undefined : absolute);
  // One literal per kind: part names are not bindings.
  if (kind === 'related') {
    return html`<time part="related-time" class="related-time" datetime=${iso} title=${title}>${text}</time>`;
  }
  return kind === 'updated'
    ? html`<time part="updated-time" class="time" datetime=${iso} title=${title}>${text}</time>`
    : html`<time part="time" class="time" datetime=${iso} title=${title}>${text}</time>`;
}
