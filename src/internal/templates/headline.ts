import { nothing } from 'lit';
import type { Article } from '../../article/types.js';
import type { Messages } from '../messages.js';
import { html } from './html.js';

const FLAGS = ['live', 'breaking', 'sponsored', 'opinion'] as const;

/**
 * The eyebrow row above the headline: the flags set on the article, as text (never colour alone),
 * and the kicker (`kicker.text`, linked when it has a url, else `articleSection`). Nothing when the
 * article has neither.
 */
export function eyebrowTemplate(article: Pick<Article, 'kicker' | 'articleSection' | 'flags'>, messages: Messages) {
  const flags = FLAGS.filter((flag) => article.flags?.[flag] === true);
  const { kicker } = article;
  const text = kicker?.text ?? article.articleSection;
  if (!flags.length && !text) return nothing;
  return html`
    <p part="eyebrow" class="eyebrow">
      ${flags.length
        ? html`<span part="flags" class="flags">${flags.map(
            (flag) => html`<span part="flag flag-${flag}" class="flag flag-${flag}">${messages[flag]}</span>`,
          )}</span>`
        : nothing}
      ${!text
        ? nothing
        : kicker?.url
          ? html`<a part="kicker kicker-link" class="kicker" href=${kicker.url} dir="auto">${text}</a>`
          : html`<span part="kicker" class="kicker" dir="auto">${text}</span>`}
    </p>
  `;
}

/** What goes inside the heading: the headline, linked to `article.url` when there is one. */
export const headlineText = ({ headline, url }: Pick<Article, 'headline' | 'url'>) =>
  url ? html`<a part="headline-link" class="headline-link" href=${url}>${headline}</a>` : headline;
