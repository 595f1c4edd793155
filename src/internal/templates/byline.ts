import { html, nothing } from 'lit';
import type { Article, Person } from '../../article/types.js';
import { isLater, listParts } from '../format.js';
import { splitPattern } from '../messages.js';
import type { RenderContext } from './context.js';
import { timeTemplate } from './time.js';

function authorTemplate(person: Person) {
  return person.url
    ? html`<a part="author" class="author" href=${person.url} dir="auto">${person.name}</a>`
    : html`<span part="author" class="author" dir="auto">${person.name}</span>`;
}

/** "By A, B and C": the names joined by `Intl.ListFormat`, each linked when it has a url. */
export function authorsTemplate(authors: readonly Person[], ctx: RenderContext) {
  if (authors.length === 0) return nothing;
  const list = listParts(authors, ctx.locale, ctx.messages.and).map((part) =>
    'item' in part ? authorTemplate(part.item) : part.text,
  );
  const pieces = splitPattern(ctx.messages.by, 'authors').map((piece) =>
    'text' in piece ? piece.text : piece.placeholder === 'authors' ? list : nothing,
  );
  return html`<span part="authors" class="authors">${pieces}</span>`;
}

/** True when the byline would show anything for `article`. */
export function hasByline(article: Pick<Article, 'author' | 'publisher' | 'datePublished' | 'dateModified'>): boolean {
  return Boolean(article.author?.length || article.publisher || article.datePublished || article.dateModified);
}

/**
 * Authors, publisher, the published date and, when `dateModified` is later, "Updated …" with its
 * own `<time>`. Renders nothing when the article has none of these.
 */
export function bylineTemplate(
  article: Pick<Article, 'author' | 'publisher' | 'datePublished' | 'dateModified'>,
  ctx: RenderContext,
) {
  if (!hasByline(article)) return nothing;
  const { publisher, datePublished, dateModified } = article;
  const updated = isLater(dateModified, datePublished)
    ? html`<span part="updated" class="updated">${splitPattern(ctx.messages.updated, 'time').map((piece) =>
        'text' in piece
          ? piece.text
          : piece.placeholder === 'time'
            ? timeTemplate(dateModified, ctx, 'updated-time', 'time')
            : nothing,
      )}</span>`
    : nothing;
  return html`<p part="byline" class="byline"><span class="byline-items">${authorsTemplate(article.author ?? [], ctx)}${publisher
      ? html`<span part="publisher" class="publisher"><bdi>${publisher.name}</bdi></span>`
      : nothing}${timeTemplate(datePublished, ctx, 'time')}${updated}</span></p>`;
}
