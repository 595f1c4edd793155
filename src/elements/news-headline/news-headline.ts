import type { PropertyDeclarations } from 'lit';
import type { Article } from '../../article/types.js';
import { ArticleElement, type NewsCardErrorEvent } from '../../internal/article-element.js';
import { eyebrowTemplate, headlineText } from '../../internal/templates/headline.js';
import { headed } from '../../internal/templates/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { newsHeadlineStyles } from './news-headline.styles.js';

/**
 * The headline as a real heading (`<h1>`–`<h6>`), linked to the article's `url` when it has one,
 * with an optional kicker (section label) and flags (Live, Breaking, Sponsored, Opinion) above it.
 *
 * @tag news-headline
 * @summary A news headline with kicker, as a real heading.
 *
 * @attr article - The article as a JSON string (canonical, JSON-LD, WordPress or Open Graph). The `article` property wins over it.
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only: `ready` once rendered, `error` for bad input. Absent while there is no input.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme. These parts have no background of their own and sit on the page's: light by default, dark with `dark`, and following `prefers-color-scheme` only with `auto`.
 *
 * @fires {NewsCardErrorEvent} news-card-error - Bad input (invalid JSON, no usable headline, wrong types). `detail.problems` lists `{ path, message }`. Bubbles, composed; once per bad input.
 *
 * @csspart eyebrow - The row above the headline holding flags and kicker.
 * @csspart flags - The group of flag labels.
 * @csspart flag - One flag label; also `flag-live`, `flag-breaking`, `flag-sponsored`, `flag-opinion`.
 * @csspart kicker - The kicker (section label); also `kicker-link` when it is a link.
 * @csspart headline - The heading element.
 * @csspart headline-link - The link inside the heading, when the article has a `url`.
 * @csspart error - The fallback shown for bad input.
 *
 * @cssprop [--news-headline-font=var(--news-font-headline)] - Headline font family (default: the page's font).
 * @cssprop [--news-headline-font-size=1.375rem] - Headline font size.
 * @cssprop [--news-headline-font-weight=700] - Headline font weight.
 * @cssprop [--news-headline-color=var(--news-color-text)] - Headline colour.
 * @cssprop [--news-headline-max-lines=6] - Longer headlines are clamped to this many lines, with an ellipsis (the whole text stays available to assistive technology).
 * @cssprop [--news-kicker-color=var(--news-color-accent)] - Kicker colour.
 * @cssprop [--news-font-sans=inherit] - Font stack for labels. Unset, the page's font.
 * @cssprop [--news-font-headline=var(--news-font-sans)] - Headline font stack.
 * @cssprop [--news-color-text=#15171b] - Text colour.
 * @cssprop [--news-color-accent=#b0141b] - Accent colour (kicker, opinion flag).
 * @cssprop [--news-color-live=#c0131a] - Background of the Live and Breaking flags.
 * @cssprop [--news-color-focus=#0b57d0] - Focus ring colour.
 */
export class NewsHeadline extends ArticleElement {
  /** Reactive properties (see ArticleElement); each is documented below. */
  static override properties: PropertyDeclarations = {
    headline: {},
    url: {},
    kicker: {},
  };

  static override styles = newsHeadlineStyles;

  protected static override fields = { headline: 'headline', url: 'url', kicker: 'kicker' };

  /** The headline text. Overrides `article.headline`; enough on its own to render. */
  headline?: string;

  /** The link target. Overrides `article.url`; must pass the URL policy (http, https or relative). */
  url?: string;

  /** The kicker text. Overrides `article.kicker` and `article.articleSection`. */
  kicker?: string;

  protected override renderArticle(article: Article) {
    return headed(this.level)`
      <div class="root" dir=${ifDefined(this.textDir)} lang=${ifDefined(this.textLang)}>
        ${eyebrowTemplate(article, this.ctx.messages)}
        <hx part="headline" class="headline" id="headline" dir="auto">${headlineText(article)}</hx>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-headline': NewsHeadline;
  }
  interface HTMLElementEventMap {
    'news-card-error': NewsCardErrorEvent;
  }
}
