import { property } from 'lit/decorators.js';
import type { Article, Person, Problem } from '../../article/types.js';
import {
  ArticleElement,
  focusedDate,
  focusedText,
  focusedUrl,
  type NewsCardErrorEvent,
} from '../../internal/article-element.js';
import { bylineTemplate } from '../../internal/templates/byline.js';
import type { RenderContext } from '../../internal/templates/context.js';
import { newsBylineStyles } from './news-byline.styles.js';

/** An author given to the `authors` property: a name, or `{ name, url }`. */
export type AuthorInput = string | { name: string; url?: string };

function readAuthors(value: unknown, problems: Problem[]): Person[] | undefined {
  let list: unknown = value;
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      list = JSON.parse(value);
    } catch {
      problems.push({ path: 'authors', message: 'Invalid JSON' });
      return undefined;
    }
  }
  if (!Array.isArray(list)) list = [list];
  const people: Person[] = [];
  (list as unknown[]).forEach((entry, i) => {
    const path = `authors[${i}]`;
    if (typeof entry === 'string' || typeof entry === 'number') {
      const name = focusedText(entry, path, problems);
      if (name) people.push({ name });
    } else if (entry && typeof entry === 'object') {
      const raw = entry as { name?: unknown; url?: unknown };
      const name = focusedText(raw.name ?? null, `${path}.name`, problems);
      if (!name) {
        if (raw.name == null) problems.push({ path: `${path}.name`, message: 'Missing name' });
        return;
      }
      const url = focusedUrl(raw.url, `${path}.url`, problems, true);
      people.push(url ? { name, url } : { name });
    } else {
      problems.push({ path, message: `Expected a name or { name, url }, got ${entry === null ? 'null' : typeof entry}` });
    }
  });
  return people.length > 0 ? people : undefined;
}

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
  static override styles = newsBylineStyles;

  protected static override focusedProperties: readonly string[] = ['authors', 'publisher', 'datePublished', 'dateModified'];

  /**
   * The authors: a name, an array of names or `{ name, url }` objects, or (as an attribute) a JSON
   * array. Overrides `article.author`.
   */
  @property()
  authors?: AuthorInput | AuthorInput[];

  /** The publisher name. Overrides `article.publisher`. */
  @property()
  publisher?: string;

  /** ISO 8601 publication date. Overrides `article.datePublished`. */
  @property({ attribute: 'date-published' })
  datePublished?: string;

  /** ISO 8601 modification date. Overrides `article.dateModified`. */
  @property({ attribute: 'date-modified' })
  dateModified?: string;

  protected override applyFocused(article: Article, problems: Problem[]): Article {
    if (this.authors != null) {
      const authors = readAuthors(this.authors, problems);
      if (authors) article.author = authors;
    }
    const publisher = focusedText(this.publisher, 'publisher', problems);
    if (publisher) article.publisher = { name: publisher };
    const published = focusedDate(this.datePublished, 'date-published', problems);
    if (published) article.datePublished = published;
    const modified = focusedDate(this.dateModified, 'date-modified', problems);
    if (modified) article.dateModified = modified;
    return article;
  }

  protected override renderArticle(article: Article, ctx: RenderContext) {
    // Nothing to show (no authors, publisher or dates) renders nothing, not an empty root.
    return this.partTemplate(bylineTemplate(article, ctx));
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
