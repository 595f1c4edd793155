import { html, nothing } from 'lit';
import type { RelatedStory } from '../../article/types.js';
import type { HeadingLevel, RenderContext } from './context.js';
import { timeTemplate } from './time.js';

export interface RelatedOptions {
  /** Level of the "Related" heading. */
  level: HeadingLevel;
  /** Show at most this many stories; `undefined` shows all. */
  limit?: number;
}

// One literal template per level: the tag name cannot be a binding. The id is what the list's
// `aria-labelledby` names.
function relatedHeading(level: HeadingLevel, text: string) {
  switch (level) {
    case 1:
      return html`<h1 part="related-heading" class="related-heading" id="related-heading">${text}</h1>`;
    case 2:
      return html`<h2 part="related-heading" class="related-heading" id="related-heading">${text}</h2>`;
    case 4:
      return html`<h4 part="related-heading" class="related-heading" id="related-heading">${text}</h4>`;
    case 5:
      return html`<h5 part="related-heading" class="related-heading" id="related-heading">${text}</h5>`;
    case 6:
      return html`<h6 part="related-heading" class="related-heading" id="related-heading">${text}</h6>`;
    default:
      return html`<h3 part="related-heading" class="related-heading" id="related-heading">${text}</h3>`;
  }
}

/**
 * A "Related" heading and a list labelled by it: one link per story, with its date. No landmark:
 * a page of cards would otherwise announce a region per card. Renders nothing when there are no
 * stories to show.
 */
export function relatedTemplate(
  items: readonly RelatedStory[] | undefined,
  ctx: RenderContext,
  options: RelatedOptions,
) {
  const shown = options.limit === undefined ? items ?? [] : (items ?? []).slice(0, options.limit);
  if (shown.length === 0) return nothing;
  return html`<div part="related" class="related">${relatedHeading(options.level, ctx.messages.related)}<ul part="related-list" class="related-list" role="list" aria-labelledby="related-heading">${shown.map(
      (story) =>
        html`<li part="related-item" class="related-item"><a part="related-link" class="related-link" href=${story.url} dir="auto">${story.headline}</a>${timeTemplate(story.datePublished, ctx, 'related-time')}</li>`,
    )}</ul></div>`;
}
