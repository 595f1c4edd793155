import { nothing } from 'lit';
import type { Article, Person } from '../../article/types.js';
import { isLater, listParts } from '../format.js';
import { around } from '../messages.js';
import type { RenderContext } from './context.js';
import { html } from './html.js';
import { timeTemplate } from './time.js';

type BylineFields = Pick<Article, 'author' | 'publisher' | 'datePublished' | 'dateModified'>;

const authorTemplate = ({ name, url }: Person) =>
  url
    ? html`<a part="author" class="author" href=${url} dir="auto">${name}</a>`
    : html`<span part="author" class="author" dir="auto">${name}</span>`;

/**
 * Authors ("By A, B and C", joined by `Intl.ListFormat`, each linked when it has a url), the
 * publisher, the published date and, when `dateModified` is later, "Updated …" with its own
 * `<time>`. Renders nothing when the article has none of these.
 */
export function bylineTemplate(article: BylineFields, ctx: RenderContext) {
  const { author = [], publisher, datePublished, dateModified } = article;
  if (!author.length && !publisher && !datePublished && !dateModified) return nothing;
  const { messages, locale } = ctx;
  const [by, byEnd] = around(messages.by, 'authors');
  const [updated, updatedEnd] = around(messages.updated, 'time');
  const names =
    author.length === 1
      ? authorTemplate(author[0])
      : listParts(author, locale, messages.and).map((part) => ('item' in part ? authorTemplate(part.item) : part.text));
  return html`
    <p part="byline" class="byline">
      <span class="byline-items">
        ${author.length ? html`<span part="authors" class="authors">${by || nothing}${names}${byEnd || nothing}</span>` : nothing}
        ${publisher ? html`<span part="publisher" class="publisher"><bdi>${publisher.name}</bdi></span>` : nothing}
        ${timeTemplate(datePublished, ctx)}
        ${isLater(dateModified, datePublished)
          ? html`<span part="updated" class="updated">${updated || nothing}${timeTemplate(dateModified, ctx, true)}${updatedEnd || nothing}</span>`
          : nothing}
      </span>
    </p>
  `;
}
