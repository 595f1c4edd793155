import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../format.js';
import type { RenderContext } from './context.js';

/**
 * A `<time>` whose `datetime` is always the canonical ISO value and whose text is formatted for
 * the reader. When the text is relative ("3 hours ago"), the absolute date stays available as the
 * `title` (a tooltip for pointer users); assistive technology reads the visible text. Renders
 * nothing for a value `Intl` cannot read.
 */
export function timeTemplate(iso: string | undefined, ctx: RenderContext, part: string, className = part) {
  if (!iso) return nothing;
  const text = formatDate(iso, { locale: ctx.locale, style: ctx.timeStyle, now: ctx.now });
  if (!text) return nothing;
  const absolute = ctx.now === undefined ? text : formatDate(iso, { locale: ctx.locale });
  return html`<time part=${part} class=${className} datetime=${iso} title=${ifDefined(absolute === text ? undefined : absolute)}>${text}</time>`;
}
