import { html, nothing } from 'lit';
import { formatDate } from '../format.js';
import type { RenderContext } from './context.js';

/**
 * A `<time>` whose `datetime` is always the canonical ISO value and whose text is formatted for
 * the reader. Renders nothing for a value `Intl` cannot read.
 */
export function timeTemplate(iso: string | undefined, ctx: RenderContext, part: string, className = part) {
  if (!iso) return nothing;
  const text = formatDate(iso, { locale: ctx.locale, style: ctx.timeStyle, now: ctx.now });
  if (!text) return nothing;
  return html`<time part=${part} class=${className} datetime=${iso}>${text}</time>`;
}
