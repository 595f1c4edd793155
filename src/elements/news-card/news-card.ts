import { nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, Problem } from '../../article/types.js';
// The events are declared on GlobalEventHandlersEventMap by types/events.ts.
import { ArticleElement, type ArticleInput } from '../../internal/article-element.js';
import { ArticleSourceController, checkSrc, type SourceResult } from '../../internal/article-source.js';
import { observeImpression, unobserveImpression } from '../../internal/impressions.js';
import { ScriptChildController } from '../../internal/script-child.js';
import { bylineTemplate } from '../../internal/templates/byline.js';
import type { HeadingLevel } from '../../internal/templates/context.js';
import { eyebrowTemplate, headlineText } from '../../internal/templates/headline.js';
import { headed, html } from '../../internal/templates/html.js';
import { photoProblems, photoTemplate, type Aspect } from '../../internal/templates/photo.js';
import { relatedTemplate } from '../../internal/templates/related.js';
import { skeletonTemplate } from '../../internal/templates/state.js';
import { newsCardStyles } from './news-card.styles.js';
import type { NewsCardClickDetail, NewsCardClickTarget, NewsCardImpressionDetail } from '../../types/events.js';

export type Layout = 'stacked' | 'horizontal' | 'compact' | 'hero';
export type Theme = 'light' | 'dark' | 'auto';

export type {
  NewsCardClickDetail,
  NewsCardClickEvent,
  NewsCardClickTarget,
  NewsCardImpressionDetail,
  NewsCardImpressionEvent,
} from '../../types/events.js';

/** The `position` attribute as a number; blank or non-numeric is no position. */
function toPosition(value: string | null): number | undefined {
  const number = value?.trim() ? Number(value) : NaN;
  return Number.isFinite(number) ? number : undefined;
}

const LAYOUTS = ['stacked', 'horizontal', 'compact', 'hero'];

// The class of each link the card renders → the `target` its clicks report.
const CLICK_TARGETS: Record<string, NewsCardClickTarget> = {
  'headline-link': 'headline',
  'related-link': 'related',
  author: 'author',
  kicker: 'kicker',
};

/**
 * The whole article as a card, inside one `<article>` labelled by its headline: photo (figure with
 * caption and credit), flags and kicker, the headline as a real heading, the dek, the byline and the
 * related stories. Every part renders in this element's one shadow root (no nested custom
 * elements), from the same templates and styles as the standalone elements.
 *
 * **Input**, in this order of precedence:
 * 1. the `article` property (an object or a JSON string);
 * 2. the `article` attribute (a JSON string);
 * 3. a child `<script type="application/json">` or `<script type="application/ld+json">`, read at
 *    upgrade and whenever the children change (when there are several, the first is used and the
 *    others are reported as a problem);
 * 4. `src`: fetched, with `timeout` and `credentials`: JSON in any of the formats above, or an HTML
 *    article page, parsed inertly and read by the extraction engine (loaded only then); the card then
 *    links to the page when the page names no URL of its own. A cross-origin `src` needs CORS. While
 *    loading, `state="loading"` and a skeleton the size of the card; then `news-card-load`, or
 *    `news-card-error` with `detail.status`.
 *
 * A higher channel appearing aborts a lower channel's fetch; changing `src` restarts the fetch,
 * disconnecting aborts it, and reconnecting resumes it. Only the latest input changes the state.
 * With no input at all (an empty `article` attribute counts as none) the card renders nothing, has
 * no `state` attribute and fires nothing.
 *
 * **Layouts** follow the card's own width (a container query on an inner wrapper, so the host still
 * sizes like any block): `stacked` (default) puts the photo above the text; `horizontal` puts it
 * beside the text from 30rem (480px) of card width, and stacks below that; `compact` renders no
 * photo, dek or related stories (kicker, headline and byline, for dense lists); `hero` lays the
 * headline, dek and byline over a large photo on a dark scrim that keeps the text AA on any image.
 * In a flex row, give cards a basis (`flex: 1 1 20rem`): their content does not size them.
 *
 * **Photo**: `aspect` (`16/9` default, `4/3`, `1/1`, or `auto` for the image's own ratio) reserves
 * the box before the image arrives and crops it with `object-fit: cover`; a placeholder colour shows
 * while it loads and stays, without a broken-image icon, when it fails: nothing shifts. The
 * `image.focalPoint` sets `object-position` in steps of 5% (`{ x: 0.33 }` → 35%) through `data-fx`
 * and `data-fy` attributes that the stylesheet maps: no value from the data is written into CSS.
 *
 * **Whole-card link**: the headline link covers the card, so a click anywhere follows it, while the
 * author, kicker and related links stay separately clickable. The card has one accessible name
 * (its headline); keyboard focus on the headline link draws a ring around the card.
 *
 * **Themes**: light by default; dark with `theme="dark"`, or with no `theme` (or `auto`) when the
 * reader prefers a dark colour scheme. Fonts inherit the page's font unless `--news-font-*` are set;
 * every other inherited property (letter-spacing, text-transform, …) is reset inside the card.
 *
 * **Locale and direction**: labels and dates follow `locale`, else the article's `inLanguage`, else
 * the nearest `lang` in the document, else the browser. `dir` follows the language (ar, he, fa, ur
 * and other right-to-left languages) unless the host has a `dir`. Changes to the host's own `dir`,
 * `lang` or `locale` re-render; a `lang` changed on an ancestor later does not (call `requestUpdate()`).
 *
 * @tag news-card
 * @summary An accessible news card from article data.
 *
 * @attr article - The article as a JSON string (canonical, JSON-LD, WordPress or Open Graph). The `article` property wins over it.
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only: `loading` while fetching `src`, `ready` once rendered, `error` for bad input or a failed fetch. Absent while there is no input.
 *
 * @fires {NewsCardErrorEvent} news-card-error - Bad input or a failed fetch: `detail.problems` (`{ path, message }[]`) and, for `src`, `detail.status` (HTTP status, or -1). Bubbles, composed; once per bad input.
 * @fires {NewsCardLoadEvent} news-card-load - The `src` article was fetched and rendered: `detail.article`. Bubbles, composed.
 * @fires {NewsCardClickEvent} news-card-click - A link in the card was clicked, or middle-clicked: `detail` `{ url, id, position, target }`, `target` being `headline` (the headline link, which covers the card), `related`, `author` or `kicker`. Bubbles, composed, cancelable: `preventDefault()` stops the navigation.
 * @fires {NewsCardImpressionEvent} news-card-impression - Once per element, when at least half of the card has been visible for a second (a card taller than two viewports: when it has covered half the viewport's height for a second): `detail` `{ id, url, position }`. Bubbles, composed.
 *
 * @csspart card - The `<article>`.
 * @csspart media - The figure.
 * @csspart frame - The box that reserves the image's space and shows the placeholder.
 * @csspart image - The img.
 * @csspart figcaption - The figcaption.
 * @csspart caption - The caption text.
 * @csspart credit - The credit text (exactly as given).
 * @csspart body - Flags, kicker, headline, dek and byline (over the photo, on the scrim, in `hero`).
 * @csspart eyebrow - The row holding flags and kicker.
 * @csspart flags - The group of flag labels.
 * @csspart flag - One flag label; also `flag-live`, `flag-breaking`, `flag-sponsored`, `flag-opinion`.
 * @csspart kicker - The kicker; also `kicker-link` when it is a link.
 * @csspart headline - The heading element.
 * @csspart headline-link - The link inside the heading; its hit area covers the card.
 * @csspart dek - The dek (description).
 * @csspart byline - The byline.
 * @csspart authors - "By" and the author names.
 * @csspart author - One author name.
 * @csspart publisher - The publisher name.
 * @csspart time - The published date.
 * @csspart updated - "Updated" and the modified date.
 * @csspart updated-time - The modified date.
 * @csspart related - Heading and list of related stories, after the body.
 * @csspart related-heading - The "Related" heading.
 * @csspart related-list - The list.
 * @csspart related-item - One list item.
 * @csspart related-link - The link to a related story.
 * @csspart related-time - A related story's date.
 * @csspart skeleton - The loading placeholder: the card's layout with bars for a typical article's text.
 * @csspart error - The fallback shown for bad input or a failed fetch.
 *
 * @cssprop [--news-card-background=var(--news-color-surface)] - Card background.
 * @cssprop [--news-card-border=1px solid var(--news-color-border)] - Card border.
 * @cssprop [--news-card-radius=var(--news-radius)] - Card corner radius.
 * @cssprop [--news-card-padding=var(--news-space-l)] - Padding around the text.
 * @cssprop [--news-card-gap=var(--news-space-s)] - Space between headline and dek.
 * @cssprop [--news-card-shadow=0 1px 2px rgb(16 24 40 / 0.06)] - Card shadow (a darker one in the dark theme).
 * @cssprop [--news-card-media-size=40%] - Width of the photo column in the `horizontal` layout.
 * @cssprop [--news-card-scrim-color=rgb(0 0 0 / 0.75)] - The scrim behind the text over the photo in `hero`. Keep it dark enough for the text colour: at 0.75 white text is 7:1 even on a white image.
 * @cssprop [--news-card-scrim-text-color=#ffffff] - Text colour on the scrim in `hero`.
 * @cssprop [--news-dek-color=var(--news-color-text-secondary)] - Dek colour.
 * @cssprop [--news-dek-font-size=0.9375rem] - Dek font size.
 * @cssprop [--news-headline-font=var(--news-font-headline)] - Headline font family.
 * @cssprop [--news-headline-font-size=1.375rem] - Headline font size (`compact` uses 80%, `hero` grows on wide cards).
 * @cssprop [--news-headline-font-weight=700] - Headline font weight.
 * @cssprop [--news-headline-color=var(--news-color-text)] - Headline colour.
 * @cssprop [--news-headline-max-lines=6] - Longer headlines are clamped to this many lines, with an ellipsis (the whole text stays available to assistive technology).
 * @cssprop [--news-kicker-color=var(--news-color-accent)] - Kicker colour.
 * @cssprop [--news-byline-color=var(--news-color-muted)] - Byline colour.
 * @cssprop [--news-caption-color=var(--news-color-muted)] - Credit colour.
 * @cssprop [--news-related-color=var(--news-color-text)] - Related link colour.
 * @cssprop [--news-photo-aspect=16 / 9] - Media box ratio when no `aspect` attribute is set.
 * @cssprop [--news-photo-placeholder=var(--news-color-placeholder)] - Image placeholder colour, while loading and after a load error.
 * @cssprop [--news-photo-radius=0] - Image corner radius.
 * @cssprop [--news-font-sans=inherit] - Font stack for text and labels. Unset, the card uses the page's font.
 * @cssprop [--news-font-headline=var(--news-font-sans)] - Headline and related-link font stack.
 * @cssprop [--news-font-size-xs=0.75rem] - Caption, flag and label size.
 * @cssprop [--news-font-size-s=0.8125rem] - Byline and kicker size.
 * @cssprop [--news-font-size-m=1rem] - Base size.
 * @cssprop [--news-font-size-l=1.375rem] - Headline size.
 * @cssprop [--news-line-height=1.45] - Base line height.
 * @cssprop [--news-color-text=#15171b] - Text colour (dark theme: #eceef1).
 * @cssprop [--news-color-text-secondary=#3a3f47] - Dek and caption colour (dark: #c5c9d0).
 * @cssprop [--news-color-muted=#585e68] - Byline, credit and date colour (dark: #a4aab4).
 * @cssprop [--news-color-accent=#b0141b] - Kicker and Opinion colour (dark: #ff8f87).
 * @cssprop [--news-color-surface=#ffffff] - Surface colour (dark: #17191d).
 * @cssprop [--news-color-border=#dfe2e6] - Border colour (dark: #33373f).
 * @cssprop [--news-color-placeholder=#e9ebee] - Placeholder colour: image, skeleton (dark: #272b32).
 * @cssprop [--news-color-focus=#0b57d0] - Focus ring colour (dark: #8ab4f8).
 * @cssprop [--news-color-live=#c0131a] - Live and Breaking flag background.
 * @cssprop [--news-color-on-live=#ffffff] - Live and Breaking flag text.
 * @cssprop [--news-space-xs=0.25rem] - Spacing scale.
 * @cssprop [--news-space-s=0.5rem] - Spacing scale.
 * @cssprop [--news-space-m=0.75rem] - Spacing scale.
 * @cssprop [--news-space-l=1rem] - Spacing scale.
 * @cssprop [--news-space-xl=1.5rem] - Spacing scale.
 * @cssprop [--news-radius=0.5rem] - Corner radius.
 */
export class NewsCard extends ArticleElement {
  /** Reactive properties (see ArticleElement); each is documented below. */
  static override properties: PropertyDeclarations = {
    src: {},
    timeout: { type: Number },
    credentials: {},
    layout: { reflect: true },
    theme: { reflect: true },
    aspect: { reflect: true },
    position: { converter: { fromAttribute: toPosition } },
  };

  static override styles = newsCardStyles;

  protected static override inputProperties: readonly PropertyKey[] = [...ArticleElement.inputProperties, 'src'];

  /**
   * URL to fetch the article from (http, https or relative): JSON, or an HTML article page. Used when no
   * higher-precedence input is present.
   */
  src?: string;

  /** Milliseconds before a `src` request is abandoned (default 10000). */
  timeout?: number;

  /** Fetch credentials mode for `src`: `omit`, `same-origin` (default) or `include`. */
  credentials?: RequestCredentials;

  /**
   * Layout: `stacked` (default), `horizontal` (photo beside the text on cards 30rem wide and more),
   * `compact` (no photo, dek or related stories) or `hero` (headline over a large photo). Reflected.
   */
  layout?: Layout;

  /** Colour theme: `light`, `dark`, or `auto` (the default: follows `prefers-color-scheme`). Reflected. */
  theme?: Theme;

  /** Ratio of the media box: `16/9` (default), `4/3`, `1/1`, or `auto` for the image's own ratio. Reflected. */
  aspect?: Aspect;

  /**
   * The card's position in a list (a number), passed on in `news-card-click` and
   * `news-card-impression`. An empty or non-numeric attribute means none.
   */
  position?: number;

  // The script child and the `src` fetch are inputs Lit does not observe: each has a controller that
  // calls `invalidateInput()` when its value changes. The fetch controller is made on the first `src`.
  #script = new ScriptChildController(this, () => this.invalidateInput());
  #source?: ArticleSourceController;
  /** The `src` being fetched, and the input its settled fetch gave. */
  #loading?: string;
  #fetched?: { src: string; input: ArticleInput };
  #impressed = false;

  constructor() {
    super();
    // Listeners for the element's life, not bindings per render.
    this.addEventListener('click', this.#onClick);
    this.addEventListener('auxclick', this.#onClick);
  }

  /** The layout in effect: an unknown `layout` value is `stacked`. */
  get #layout(): Layout {
    return LAYOUTS.includes(this.layout as string) ? (this.layout as Layout) : 'stacked';
  }

  /** The trimmed `src`, or `undefined`. */
  get #src(): string | undefined {
    return this.src?.trim() || undefined;
  }

  protected override get pending(): boolean {
    const src = this.#src;
    return this.#script.pending || (src !== undefined && this.#fetched?.src !== src);
  }

  protected override readInput(): ArticleInput | undefined {
    const above = super.readInput();
    if (above || this.#script.pending) return above;
    const script = this.#script.read();
    if (script) return { channel: 'script', data: script.text, problems: script.problems };
    const src = this.#src;
    if (!src) return undefined;
    const { url, problem } = checkSrc(src);
    if (!url) return { channel: 'src', status: -1, problems: [{ path: 'src', message: problem ?? 'URL not allowed' }] };
    return this.#fetched?.src === src ? this.#fetched.input : undefined;
  }

  protected override review(article: Article, problems: Problem[]): undefined {
    // A compact card shows no photo, so its alt text is nobody's problem there.
    if (this.#layout !== 'compact') problems.push(...photoProblems(article.image));
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected while a fetch was cut off by the disconnect: the next update fetches again.
    if (this.state === 'loading') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveImpression(this);
    this.#loading = undefined;
  }

  protected override updated(): void {
    super.updated();
    this.#syncSource();
    // Watched for an impression while connected and ready, until the one impression is reported.
    if (this.isConnected && this.state === 'ready' && !this.#impressed) observeImpression(this, this.#onImpression);
    else unobserveImpression(this);
  }

  protected override renderLoading() {
    // The wrapper is the size container; the skeleton takes the layout's shape, so nothing shifts.
    return html`<div class="root">${skeletonTemplate(
      this.ctx.messages,
      { dir: this.textDir, lang: this.textLang },
      this.#layout === 'compact',
    )}</div>`;
  }

  protected override renderArticle(article: Article) {
    const { ctx, level } = this;
    const compact = this.#layout === 'compact';
    // Compact cards leave out the photo, the dek and the related stories altogether, not just hidden.
    const image = compact ? undefined : article.image;
    const description = compact ? undefined : article.description;
    return headed(level)`
      <div class="root">
        <article
          part="card"
          class=${image ? 'card has-media' : 'card'}
          aria-labelledby="headline"
          dir=${ifDefined(this.textDir)}
          lang=${ifDefined(this.textLang)}
        >
          ${image
            ? photoTemplate(image, ctx.messages, {
                aspect: this.aspect,
                failed: this.failedImage === image.url,
              })
            : nothing}
          <div part="body" class="body">
            ${eyebrowTemplate(article, ctx.messages)}
            <hx part="headline" class="headline" id="headline" dir="auto">${headlineText(article)}</hx>
            ${description ? html`<p part="dek" class="dek" dir="auto">${description}</p>` : nothing}
            ${bylineTemplate(article, ctx)}
          </div>
          ${compact ? nothing : relatedTemplate(article.related, ctx, Math.min(level + 1, 6) as HeadingLevel)}
        </article>
      </div>
    `;
  }

  /** `position` when it is a finite number. */
  get #position(): number | undefined {
    const { position } = this;
    return typeof position === 'number' && Number.isFinite(position) ? position : undefined;
  }

  /**
   * Starts, restarts or stops the `src` fetch after each update: only a connected card whose `src` is
   * its input, and has no result for it yet, fetches. The last load wins; a higher channel, a new or
   * removed `src` and disconnecting abort the one in flight.
   */
  #syncSource(): void {
    const src = this.#src;
    if (this.#fetched && this.#fetched.src !== src) this.#fetched = undefined;
    // No input yet, and nothing above `src` on its way: then `src` is the input to fetch.
    const wanted = this.isConnected && !this.#script.pending && !this.readInput() ? src : undefined;
    if (wanted === this.#loading && this.#source?.pending) return;
    this.#loading = wanted;
    if (!wanted) {
      this.#source?.abort();
      return;
    }
    this.#source ??= new ArticleSourceController(this, this.#onSettled);
    // Invalid `timeout` and `credentials` values fall back to their defaults there.
    this.#source.load(checkSrc(wanted).url as string, { timeout: this.timeout, credentials: this.credentials });
  }

  #onSettled = (result: SourceResult): void => {
    const src = this.#loading;
    this.#loading = undefined;
    if (src === undefined || src !== this.#src) return;
    this.#fetched = {
      src,
      input: result.ok
        ? { channel: 'src', data: result.data, problems: result.problems }
        : { channel: 'src', problems: result.problems, status: result.status },
    };
    this.invalidateInput();
  };

  /**
   * Clicks on the card's links become `news-card-click`; a listener's `preventDefault()` stops the
   * navigation. A middle click (`auxclick`, button 1: open in a new tab) counts too; other buttons don't.
   */
  #onClick(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    // The listener is on the host, so the link is found where the click happened, inside the shadow root.
    const link = (event.composedPath()[0] as Element).closest?.('a[href]');
    const target = link && Object.keys(CLICK_TARGETS).find((name) => link.classList.contains(name));
    if (!link || !target) return;
    const detail: NewsCardClickDetail = {
      url: link.getAttribute('href') ?? '',
      id: this.shown?.id,
      position: this.#position,
      target: CLICK_TARGETS[target],
    };
    const click = new CustomEvent('news-card-click', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(click)) event.preventDefault();
  }

  #onImpression(): void {
    if (this.#impressed || !this.isConnected || this.state !== 'ready') return;
    this.#impressed = true;
    const detail: NewsCardImpressionDetail = { id: this.shown?.id, url: this.shown?.url, position: this.#position };
    this.dispatchEvent(new CustomEvent('news-card-impression', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-card': NewsCard;
  }
}
