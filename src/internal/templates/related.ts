import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RelatedStory } from '../../article/types.js';
import type { HeadingLevel, RenderContext } from './context.js';
import { headed, html } from './html.js';
import { timeText } from './time.js';

function storyTemplate({ url, headline, datePublished }: RelatedStory, ctx: RenderContext) {
  const time = timeText(datePublished, ctx);
  return time
    ? html`
        <li part="related-item" class="related-item">
          <a part="related-link" class="related-link" href=${url} dir="auto">${headline}</a>
          <time part="related-time" class="related-time" datetime=${datePublished} title=${ifDefined(time.title)}>${time.text}</time>
        </li>
      `
    : html`
        <li part="related-item" class="related-item">
          <a part="related-link" class="related-link" href=${url} dir="auto">${headline}</a>
        </li>
      `;
}

/**
 * A "Related" heading and a list labelled by it: one link per story, with its date, at most `limit`
 * stories (all when `undefined`). No landmark: a page of cards would otherwise announce a region per
 * card. Renders nothing when there are no stories to show.
 */
export function relatedTemplate(
  stories: readonly RelatedStory[] | undefined,
  ctx: RenderContext,
  level: HeadingLevel,
  limit?: number,
) {
  const shown = (stories ?? []).slice(0, limit);
  if (!shown.length) return nothing;
  return headed(level)`
    <div part="related" class="related">
      <hx part="related-heading" class="related-heading" id="related-heading">${ctx.messages.related}</hx>
      <ul part="related-list" class="related-list" role="list" aria-labelledby="related-heading">
        ${shown.map((story) => storyTemplate(story, ctx))}
      </ul>
    </div>
  `;
}
