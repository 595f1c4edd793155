import { nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../article/types.js';
import { ArticleElement, type NewsCardErrorEvent } from '../../internal/article-element.js';
import { html } from '../../internal/templates/html.js';
import { relatedTemplate } from '../../internal/templates/related.js';
import { newsRelatedStyles } from './news-related.styles.js';

/** A related story given to the `items` property. */
export interface RelatedItemInput {
  url: string;
  headline: string;
  datePublished?: string;
}

/**
 * A labelled list of related stories: a "Related" heading and a `<ul>` labelled by it, each item a
 * link with its date. Renders nothing when there are no stories. `heading-level` sets the level of
 * the "Related" heading (default 2).
 *
 * @tag news-related
 * @summary A list of related stories.
 *
 * @attr article - The article as a JSON string. The `article` property wins over it.
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. These parts have no background of their own and sit on the page's: light by default, dark with `dark`, and following `prefers-color-scheme` only with `auto`.
 *
 * @fires {NewsCardErrorEvent} news-card-error - Bad input. `detail.problems` lists `{ path, message }`. Bubbles, composed.
 *
 * @csspart related - The wrapper around heading and list.
 * @csspart related-heading - The "Related" heading.
 * @csspart related-list - The list.
 * @csspart related-item - One list item.
 * @csspart related-link - The link to a story.
 * @csspart related-time - The story's date.
 * @csspart error - The fallback shown for bad input.
 *
 * @cssprop [--news-related-color=var(--news-color-text)] - Link colour.
 * @cssprop [--news-color-muted=#585e68] - Heading and date colour.
 * @cssprop [--news-color-border=#dfe2e6] - The rule beside each item.
 * @cssprop [--news-font-headline=var(--news-font-sans)] - Link font stack.
 */
export class NewsRelated extends ArticleElement {
  /** Reactive properties (see ArticleElement); each is documented below. */
  static override properties: PropertyDeclarations = {
    items: { attribute: false },
    limit: { converter: { fromAttribute: (value: string | null) => (value?.trim() ? Number(value) : undefined) } },
  };

  static override styles = newsRelatedStyles;

  protected static override fields = { items: 'related' };

  /** The related stories, `[{ url, headline, datePublished }]`. Overrides `article.related`. */
  items?: RelatedItemInput[];

  /** Show at most this many stories. Default: all; a value that is not a whole number ≥ 0 means all. */
  limit?: number;

  protected override renderArticle(article: Article) {
    const { limit } = this;
    const related = relatedTemplate(article.related, this.ctx, this.level, Number.isInteger(limit) && limit! >= 0 ? limit : undefined);
    return related === nothing
      ? nothing
      : html`<div class="root" dir=${ifDefined(this.textDir)} lang=${ifDefined(this.textLang)}>${related}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-related': NewsRelated;
  }
  interface HTMLElementEventMap {
    'news-card-error': NewsCardErrorEvent;
  }
}
