import { html, nothing } from 'lit';
import type { Article, ArticleFlags } from '../../article/types.js';
import type { Messages } from '../messages.js';
import type { HeadingLevel, RenderContext } from './context.js';

export interface HeadlineOptions {
  /** The heading element to use, `<h1>` to `<h6>`. */
  level: HeadingLevel;
}

const FLAG_ORDER = ['live', 'breaking', 'sponsored', 'opinion'] as const;

/** The flag labels set on the article, as text (never colour alone). */
export function flagsTemplate(flags: ArticleFlags | undefined, messages: Messages) {
  if (!flags) return nothing;
  const set = FLAG_ORDER.filter((flag) => flags[flag] === true);
  if (set.length === 0) return nothing;
  return html`<span part="flags" class="flags">${set.map(
    (flag) => html`<span part="flag flag-${flag}" class="flag flag-${flag}">${messages[flag]}</span>`,
  )}</span>`;
}

/** The kicker: `kicker.text` (linked when `kicker.url`), else `articleSection`. */
export function kickerTemplate(article: Pick<Article, 'kicker' | 'articleSection'>) {
  const text = article.kicker?.text ?? article.articleSection;
  if (!text) return nothing;
  const url = article.kicker?.text ? article.kicker.url : undefined;
  return url
    ? html`<a part="kicker kicker-link" class="kicker" href=${url} dir="auto">${text}</a>`
    : html`<span part="kicker" class="kicker" dir="auto">${text}</span>`;
}

/**
 * The eyebrow row (flags, kicker) and the headline as a real heading, linked to `article.url`
 * when there is one. Text from data is isolated with `dir="auto"`. The heading's id is `headline`,
 * which the card's `aria-labelledby` names.
 */
export function headlineTemplate(
  article: Pick<Article, 'headline' | 'url' | 'kicker' | 'articleSection' | 'flags'>,
  ctx: RenderContext,
  options: HeadlineOptions,
) {
  const flags = flagsTemplate(article.flags, ctx.messages);
  const kicker = kickerTemplate(article);
  const eyebrow =
    flags === nothing && kicker === nothing ? nothing : html`<p part="eyebrow" class="eyebrow">${flags}${kicker}</p>`;
  const text = article.url
    ? html`<a part="headline-link" class="headline-link" href=${article.url}>${article.headline}</a>`
    : article.headline;
  return html`${eyebrow}${heading(options.level, text)}`;
}

// One literal template per level: the tag name cannot be a binding.
function heading(level: HeadingLevel, content: unknown) {
  switch (level) {
    case 1:
      return html`<h1 part="headline" class="headline" id="headline" dir="auto">${content}</h1>`;
    case 3:
      return html`<h3 part="headline" class="headline" id="headline" dir="auto">${content}</h3>`;
    case 4:
      return html`<h4 part="headline" class="headline" id="headline" dir="auto">${content}</h4>`;
    case 5:
      return html`<h5 part="headline" class="headline" id="headline" dir="auto">${content}</h5>`;
    case 6:
      return html`<h6 part="headline" class="headline" id="headline" dir="auto">${content}</h6>`;
    default:
      return html`<h2 part="headline" class="headline" id="headline" dir="auto">${content}</h2>`;
  }
}
