import { nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../article/types.js';
import { ArticleElement, type NewsCardErrorEvent } from '../../internal/article-element.js';
import { bylineTemplate } from '../../internal/templates/byline.js';
import { html } from '../../internal/templates/html.js';
import { newsBylineStyles } from './news-byline.styles.js';

/** An author given to the `authors` property: a name, or `{ name, url }`. */
export type AuthorInput = string | { name: string; url?: string };

/**
 * The byline: "By" and the authors as real text (joined with `Intl.ListFormat`: "A, B and C"; each
 * linked when it has a url), the publisher, and `<time datetime>` for the published date formatted
 * with `Intl.DateTimeFormat`. When `dateModified` is later, "Updated …" follows with its own
 * `<time>`. A date with no time (`2021-12-27`) is shown as that calendar day in every time zone.
 *
 * @tag news-byline
 * @summary Authors, publisher and dates of an article.
 *
 * @attr article - The article as a JSON string. The `article` property wins over it.
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. These parts have no background of their own and sit on the page's: light by default, dark with `dark`, and following `prefers-color-scheme` only with `auto`.
 *
 * @fires {NewsCardErrorEvent} news-card-error - Bad input. `detail.problems` lists `{ path, message }`. Bubbles, composed.
 *
 * @csspart byline - The byline paragraph.
 * @csspart authors - "By" and the author names.
 * @csspart author - One author name (a link when the author has a url).
 * @csspart publisher - The publisher name.
 * @csspart time - The published date.
 * @csspart updated - "Updated" and the modified date.
 * @csspart updated-time - The modified date.
 * @csspart error - The fallback shown for bad input.
 *
 * @cssprop [--news-byline-color=var(--news-color-muted)] - Byline text colour (author names use `--news-color-text`).
 * @cssprop [--news-color-muted=#585e68] - Muted text colour.
 * @cssprop [--news-color-text=#15171b] - Text colour.
 * @cssprop [--news-font-sans=inherit] - Font stack. Unset, the page's font.
 * @cssprop [--news-font-size-s=0.8125rem] - Byline font size.
 */
export class NewsByline extends ArticleElement {
  /** Reactive properties (see ArticleElement); each is documented below. */
  static override properties: PropertyDeclarations = {
    authors: {},
    publisher: {},
    datePublished: { attribute: 'date-published' },
    dateModified: { attribute: 'date-modified' },
  };

  static override styles = newsBylineStyles;

  protected static override fields = {
    authors: 'author',
    publisher: 'publisher',
    datePublished: 'datePublished',
    dateModified: 'dateModified',
  };

  /**
   * The authors: a name, an array of names or `{ name, url }` objects, or (as an attribute) a JSON
   * array. Overrides `article.author`.
   */
  authors?: AuthorInput | AuthorInput[];

  /** The publisher name. Overrides `article.publisher`. */
  publisher?: string;

  /** ISO 8601 publication date. Overrides `article.datePublished`. */
  datePublished?: string;

  /** ISO 8601 modification date. Overrides `article.dateModified`. */
  dateModified?: string;

  protected override fieldValue(name: string): unknown {
    const value = super.fieldValue(name);
    // The attribute form of a list of authors is JSON: `authors='["Ada","Ben"]'`.
    if (name === 'authors' && typeof value === 'string' && value.trim().startsWith('[')) {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
    return value;
  }

  protected override renderArticle(article: Article) {
    const byline = bylineTemplate(article, this.ctx);
    // Nothing to show (no authors, publisher or dates) renders nothing, not an empty root.
    return byline === nothing
      ? nothing
      : html`<div class="root" dir=${ifDefined(this.textDir)} lang=${ifDefined(this.textLang)}>${byline}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
  interface HTMLElementEventMap {
    'news-card-error': NewsCardErrorEvent;
  }
}
