import { LitElement, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, Problem } from '../../article/types.js';
import { checkUrl } from '../../article/url-policy.js';
import { MAX_FEED_BYTES } from '../../feed/limits.js';
import type { ArticleState, NewsCardErrorDetail } from '../../internal/article-element.js';
import { ArticleSourceController, type SourceResult } from '../../internal/article-source.js';
import { directionOf, resolveLocale } from '../../internal/locale.js';
import { messagesFor } from '../../internal/messages.js';
import { toHeadingLevel, type HeadingLevel } from '../../internal/templates/context.js';
import { headed, html } from '../../internal/templates/html.js';
import type { Layout, Theme } from '../news-card/news-card.js';
import { FIRST_CARDS, lazyArticles, listLayout, listLimit, SCALE_AT, toListItems, type ListItems, type ListLayout } from './list-items.js';
import { newsCardListStyles } from './news-card-list.styles.js';
import type { RailController } from './rail.js';

/** `detail` of `news-card-list-load`. */
export interface NewsCardListLoadDetail {
  /** The canonical articles fetched from `src` and shown, in order. */
  articles: Article[];
  /** Items of the feed that were dropped or partly read. */
  problems: Problem[];
}

export type NewsCardListLoadEvent = CustomEvent<NewsCardListLoadDetail>;

/** Labels of the rail's buttons. */
/**
 * The list's own labels in the card's five languages, in order: previous, next, more (English for any
 * other language). `more-label` overrides the last.
 */
const LABELS: Record<string, string[]> = {
  en: ['Previous stories', 'Next stories', 'More'],
  ar: ['الأخبار السابقة', 'الأخبار التالية', 'المزيد'],
  fr: ['Articles précédents', 'Articles suivants', 'Plus'],
  es: ['Noticias anteriores', 'Noticias siguientes', 'Más'],
  de: ['Vorherige Artikel', 'Nächste Artikel', 'Mehr'],
};

/** A `src` and what its fetch gave: the items, or the problems and status of the failure. */
interface Fetched {
  src: string;
  /** The items: a JSON array as it came, or the articles of a feed. */
  items?: unknown[];
  problems: Problem[];
  status?: number;
}

/** A long list's rows still to make (rows.ts): the next article, the problems so far, the cards announced. */
interface RowsJob {
  next: () => Article | undefined;
  problems: Problem[];
  /** Every article shown so far, for `news-card-list-load`. */
  all: Article[];
  /** Fetched from `src`: `news-card-list-load` goes out once every row is made. */
  loaded: boolean;
  total: number;
  started?: boolean;
}

/**
 * Properties whose change means rendering the items again: the input, and the settings a long list's rows
 * hand to the cards they become, and their arrangement (rows.ts takes them once, when it starts).
 */
const INPUTS = ['articles', 'src', 'limit', 'moreHref', 'heading', 'headingLevel', 'cardLayout', 'theme', 'locale', 'layout'];

const event = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

/**
 * A list, grid or rail of `<news-card>`s from article data, a feed, or the cards already in the page,
 * inside a `<section>` labelled by its heading.
 *
 * **Input**, in this order of precedence:
 * 1. the `articles` property: an array of anything `normalizeArticle` reads;
 * 2. `src`: a feed (RSS, Atom, JSON Feed) or a JSON array of articles (a WordPress `/wp/v2/posts?_embed`
 *    answer too), fetched with the card's rules (`timeout`, `credentials`, abort, last wins, retries) and
 *    a 4 MiB cap. The feed reader loads only when a feed arrives;
 * 3. the `<news-card>` children already in the page, server-rendered ones included: they are enhanced in
 *    place (list semantics, `position`, `heading-level`, `layout`), never rendered again.
 *
 * One bad item is dropped and reported in `news-card-error`; the others stay. With no usable item the
 * list is in the error state and shows the fallback.
 *
 * **Semantics**: a `<section>` labelled by the heading (`heading`, at `heading-level`, 2 by default), a
 * list with one item per card, each card with `position` (1, 2, …: reported by `news-card-click` and
 * `news-card-impression`) and the heading level below the section's.
 *
 * **Layouts**: `list` (default, one column), `grid` (columns from the list's own width) and `rail` (one
 * row the browser scrolls, snapping to cards, with previous and next buttons that are disabled at the
 * ends, arrow keys between cards, mirrored in right-to-left text).
 *
 * @tag news-card-list
 * @summary A list, grid or rail of news cards from articles, a feed, or the cards in the page.
 *
 * @attr {'loading'|'ready'|'error'} state - Reflected, read-only: `loading` while fetching `src`, `ready` with at least one card, `error` with none. Absent while there is no input.
 *
 * @fires {NewsCardListLoadEvent} news-card-list-load - The `src` feed was fetched and shown: `detail` `{ articles, problems }`. Bubbles, composed.
 * @fires {NewsCardErrorEvent} news-card-error - Items were dropped (`state` stays `ready`), or nothing could be shown (`state="error"`): `detail.problems` and, for `src`, `detail.status`. Bubbles, composed.
 *
 * @slot - `<news-card>` elements, used when neither `articles` nor `src` is set.
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The section heading.
 * @csspart list - The list of cards.
 * @csspart item - One list item.
 * @csspart controls - The rail's previous and next buttons.
 * @csspart previous - The rail's previous button.
 * @csspart next - The rail's next button.
 * @csspart more - The "More" link.
 * @csspart error - The fallback shown when no card can be shown.
 *
 * @cssprop [--news-card-list-gap=var(--news-space-l)] - Space between cards.
 * @cssprop [--news-card-list-min-width=16rem] - Narrowest column in the `grid` layout.
 * @cssprop [--news-card-list-rail-width=min(80%, 20rem)] - Width of each card in the `rail` layout.
 * @cssprop [--news-card-list-heading-font-size=1.25rem] - Section heading size.
 */
export class NewsCardList extends LitElement {
  // Declared here rather than with decorators: the list then needs no decorator helper (as the card).
  static override properties: PropertyDeclarations = {
    articles: { attribute: false },
    src: {},
    timeout: { type: Number },
    credentials: {},
    layout: { reflect: true },
    cardLayout: { attribute: 'card-layout' },
    limit: { type: Number },
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    moreHref: { attribute: 'more-href' },
    moreLabel: { attribute: 'more-label' },
    theme: { reflect: true },
    locale: {},
  };

  static override styles = newsCardListStyles;

  /** The articles: an array of anything `normalizeArticle` reads. Wins over `src` and the children. */
  articles?: unknown[];

  /** URL of a feed or a JSON array of articles (http, https or relative), used when `articles` is not set. */
  src?: string;

  /** Milliseconds before a `src` request is abandoned (default 10000). */
  timeout?: number;

  /** Fetch credentials mode for `src`: `omit`, `same-origin` (default) or `include`. */
  credentials?: RequestCredentials;

  /** `list` (default), `grid` or `rail`. Reflected. */
  layout?: ListLayout;

  /** The `layout` of every card: `stacked`, `horizontal`, `compact` or `hero`. */
  cardLayout?: Layout;

  /** Most cards shown; unset (or not a positive number) for all. */
  limit?: number;

  /** The section heading. Without it the section has no heading and cards keep `heading-level`. */
  heading?: string;

  /** Level of the section heading, 1–6 (default 2). Cards get the next level. */
  headingLevel = 2;

  /** URL of a "More" link after the list (http, https or relative; anything else is not rendered). */
  moreHref?: string;

  /** Text of the "More" link (default "More"). */
  moreLabel?: string;

  /** `theme` of every card. */
  theme?: Theme;

  /** `locale` of every card, and of the list's own labels. */
  locale?: string;

  /** `loading`, `ready` or `error`; `undefined` while there is no input. Reflected to `state`. */
  get state(): ArticleState | undefined {
    return this.#state;
  }

  /** The rail's behaviour (rail.ts), loaded when the list first shows a rail. */
  #rail?: RailController | Promise<unknown>;
  #railScroll = () => (this.#rail as RailController | undefined)?.sync?.();
  #railKeydown = (e: KeyboardEvent) => (this.#rail as RailController | undefined)?.onKeydown?.(e);
  #railStep = (forward: boolean) => (this.#rail as RailController | undefined)?.step?.(forward);
  #state?: ArticleState;
  #shown: Article[] = [];
  /** A long list: the rows still to make after the first cards (rows.ts), and the number of cards announced. */
  #rows?: RowsJob;
  /** Stops making rows and removes them. */
  #stopRows?: () => void;
  /** The `src` whose result `#fetched` holds. */
  #fetched?: Fetched;
  /** The fetched result whose `news-card-list-load` was sent. */
  #announced?: Fetched;
  /** Input Lit does not observe changed (children, a settled fetch): read it again on the next update. */
  #stale = true;
  #loading?: string;
  #source?: ArticleSourceController;
  #children: Element[] = [];
  /** The list shows its child cards (through a slot) rather than cards of its own. */
  #childMode = false;
  #observer?: MutationObserver;
  #warned = false;

  /** The effective heading level of the section (1–6). */
  get #level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel, 2);
  }

  /** The heading level for cards: below the section's heading, or the list's own level without one. */
  get #cardLevel(): HeadingLevel {
    return this.heading?.trim() ? (Math.min(this.#level + 1, 6) as HeadingLevel) : this.#level;
  }

  get #src(): string | undefined {
    return this.src?.trim() || undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root is adopted by Lit's hydration support when the page loaded it; without
    // it, Lit would render beside the server's markup: clear it (the cards themselves stay, as children).
    if (!isServer && !('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Cards added or removed later are enhanced, or let go, too.
    this.#observer ??= new MutationObserver(() => this.#invalidate());
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#loading = undefined;
  }

  // The one error boundary, as in the cards: nothing reaches the host page.
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.#state === 'error') return;
      this.#show('error', []);
      this.#report([{ path: '', message: `Internal error: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Input is read again only when it may have changed: not on the rail's own scroll updates.
    if (this.#stale || INPUTS.some((key) => changed.has(key))) {
      this.#stale = false;
      this.#ingest();
    }
  }

  #ingest(): void {
    const limit = listLimit(this.limit);
    this.#children = [];
    this.#childMode = false;
    this.#stopRows?.();
    this.#stopRows = this.#rows = undefined;
    if (this.articles != null) return this.#fill(this.articles, limit);
    const src = this.#src;
    if (src) {
      const fetched = this.#fetched?.src === src ? this.#fetched : undefined;
      if (!fetched) return this.#show('loading', []);
      if (!fetched.items) return this.#settle({ articles: [], problems: fetched.problems }, fetched.status);
      // The load event goes out once per fetched result, not again when `limit` changes.
      const loaded = this.#announced !== fetched;
      this.#announced = fetched;
      return this.#fill(fetched.items, limit, loaded ? fetched.problems : [], loaded);
    }
    if (isServer) {
      // On the server the children cannot be seen: renderNewsCardList says with `state` whether it wrote any.
      const state = this.getAttribute('state');
      this.#childMode = state === 'ready';
      return this.#show(state === 'ready' || state === 'error' ? state : undefined, []);
    }
    this.#children = [...this.children].filter((child) => child.localName === 'news-card');
    this.#childMode = this.#children.length > 0;
    this.#show(this.#childMode ? 'ready' : undefined, []);
  }

  /**
   * Shows `items`: all of them as cards, or, past {@link SCALE_AT} in a browser, the first
   * {@link FIRST_CARDS} as cards and the rest as rows made after the first paint (rows.ts).
   */
  #fill(items: unknown, limit: number, given: Problem[] = [], loaded = false): void {
    if (!Array.isArray(items)) return this.#settle(toListItems(items, limit));
    const problems = [...given];
    const all: Article[] = [];
    const next = lazyArticles(items, limit, problems);
    const take = () => {
      const article = next();
      if (article) all.push(article);
      return article;
    };
    while ((all.length < FIRST_CARDS || isServer || items.length <= SCALE_AT) && take());
    if (all.length < FIRST_CARDS || !take()) {
      this.#settle({ articles: all, problems });
      if (loaded && all.length) this.#queue('news-card-list-load', { articles: all, problems } satisfies NewsCardListLoadDetail);
      return;
    }
    // A long list: the first cards now, the rest as rows (rows.ts). The size is an upper bound until every
    // row is made, when rows.ts corrects it if items were dropped.
    const first = all.slice(0, FIRST_CARDS);
    const dropped = problems.slice(given.length).filter((p) => p.message.startsWith('Dropped')).length;
    this.#show('ready', first);
    let pending: Article | undefined = all[FIRST_CARDS];
    this.#rows = {
      next: () => (pending ? ((pending = undefined), all[FIRST_CARDS]) : take()),
      problems,
      all,
      loaded,
      total: Math.min(items.length - dropped, limit),
    };
  }

  /** Shows the articles: `ready` with at least one, `error` with none; reports the problems. */
  #settle({ articles, problems }: ListItems, status?: number): void {
    const all = [...problems, ...this.#moreProblems()];
    this.#show(articles.length ? 'ready' : 'error', articles);
    if (!articles.length && !all.length) all.push({ path: 'articles', message: 'No articles' });
    if (all.length) this.#report(all, status);
  }

  /** Makes the rows of a long list after its first cards, then reports what was dropped. */
  async #startRows(job: RowsJob): Promise<void> {
    const list = this.railList;
    if (!list) return;
    const { appendRows } = await import('./rows.js');
    if (job !== this.#rows || !this.isConnected) return;
    const level = this.#cardLevel;
    this.#stopRows = appendRows(list, {
      next: job.next,
      first: this.#shown.length + 1,
      total: job.total,
      settings: { headingLevel: level, layout: this.cardLayout, theme: this.theme, locale: this.locale },
      root: listLayout(this.layout) === 'rail' ? list : null,
      blocks: listLayout(this.layout) === 'list',
      done: () => {
        if (job !== this.#rows) return;
        const problems = [...job.problems, ...this.#moreProblems()];
        if (problems.length) this.#report(problems);
        if (job.loaded) this.#queue('news-card-list-load', { articles: job.all, problems: job.problems } satisfies NewsCardListLoadDetail);
        this.requestUpdate();
      },
    });
  }

  #moreProblems(): Problem[] {
    const href = this.moreHref?.trim();
    const { problem } = href ? checkUrl(href) : {};
    return problem ? [{ path: 'more-href', message: problem }] : [];
  }

  #events?: Event[];

  #queue(type: string, detail: unknown): void {
    (this.#events ??= []).push(event(type, detail));
  }

  #report(problems: Problem[], status?: number): void {
    this.#queue('news-card-error', (status === undefined ? { problems } : { problems, status }) satisfies NewsCardErrorDetail);
    if (this.#warned) return;
    this.#warned = true;
    console.warn('<news-card-list>: some items were not shown:', problems, this);
  }

  #show(state: ArticleState | undefined, articles: Article[]): void {
    this.#state = state;
    this.#shown = articles;
    if (isServer) return;
    if (!state) this.removeAttribute('state');
    else if (this.getAttribute('state') !== state) this.setAttribute('state', state);
  }

  protected override updated(): void {
    this.#enhanceChildren();
    this.#syncSource();
    // The rail's code comes with the first rail; its controller then follows every update.
    this.#rail ??= this.isRail
      ? import('./rail.js').then(({ RailController }) => {
          this.#rail = new RailController(this);
          this.requestUpdate();
        })
      : undefined;
    const job = this.#rows;
    if (job && !job.started) {
      job.started = true;
      void this.#startRows(job);
    }
    const events = this.#events;
    this.#events = undefined;
    if (this.isConnected) events?.forEach((e) => this.dispatchEvent(e));
  }

  /** The children the list shows get list semantics and their settings; those left out of `limit` are hidden. */
  #enhanceChildren(): void {
    const limit = listLimit(this.limit);
    const set = (el: Element, name: string, value: string | undefined) => {
      if (value === undefined) el.removeAttribute(name);
      else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    };
    this.#children.forEach((card, i) => {
      set(card, 'role', 'listitem');
      set(card, 'position', String(i + 1));
      set(card, 'heading-level', String(this.#cardLevel));
      if (this.cardLayout) set(card, 'layout', this.cardLayout);
      if (this.theme) set(card, 'theme', this.theme);
      set(card, 'hidden', i < limit ? undefined : '');
    });
  }

  #syncSource(): void {
    const src = this.#src;
    const wanted = this.isConnected && this.articles == null && src && this.#fetched?.src !== src ? src : undefined;
    if (wanted === this.#loading && this.#source?.pending) return;
    this.#loading = wanted;
    if (!wanted) return this.#source?.abort();
    const { url, problem } = checkUrl(wanted);
    if (!url) {
      this.#fetched = { src: wanted, problems: [{ path: 'src', message: problem ?? 'URL not allowed' }], status: -1 };
      this.#invalidate();
      return;
    }
    this.#source ??= new ArticleSourceController(this, (result) => void this.#onSettled(result));
    this.#source.load(url, { timeout: this.timeout, credentials: this.credentials, maxBytes: MAX_FEED_BYTES, asText: true });
  }

  async #onSettled(result: SourceResult): Promise<void> {
    const src = this.#loading;
    this.#loading = undefined;
    if (!src || src !== this.#src) return;
    let fetched: Fetched = { src, problems: result.ok ? [] : result.problems, status: result.ok ? undefined : result.status };
    if (result.ok) {
      try {
        const { readBody } = await import('./src-body.js');
        fetched = { src, ...(await readBody(result.data, new URL(src, document.baseURI).href)) };
      } catch {
        fetched = { src, problems: [{ path: 'src', message: 'Could not load the feed reader' }], status: -1 };
      }
      // A newer `src` or a disconnect while the reader loaded: this result is no longer wanted.
      if (src !== this.#src || !this.isConnected) return;
    }
    this.#fetched = fetched;
    this.#invalidate();
  }

  #invalidate(): void {
    this.#stale = true;
    this.requestUpdate();
  }

  /** True while the list shows a rail of cards (for the rail controller). */
  get isRail(): boolean {
    return listLayout(this.layout) === 'rail' && this.#state === 'ready';
  }

  /** The scrolling row (for the rail controller). */
  get railList(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.list');
  }

  /** The row's items: the list items, or the child cards the list shows (for the rail controller). */
  get railItems(): HTMLElement[] {
    return this.#childMode
      ? (this.#children.filter((card) => !(card as HTMLElement).hidden) as HTMLElement[])
      : [...this.renderRoot.querySelectorAll<HTMLElement>('.item')];
  }

  protected override render(): unknown {
    const state = this.#state;
    if (!state) return html`<slot></slot>`;
    const locale = resolveLocale({ attribute: this.locale, host: !isServer && this.isConnected ? this : undefined }).locale;
    const messages = messagesFor(locale);
    const [previous, next, moreLabel] = LABELS[locale.split(/[-_]/)[0].toLowerCase()] ?? LABELS.en;
    const heading = this.heading?.trim();
    const rail = listLayout(this.layout) === 'rail';
    const more = state === 'ready' && this.moreHref?.trim() ? checkUrl(this.moreHref.trim()).url : undefined;
    const dir = this.hasAttribute('dir') ? undefined : directionOf(locale);
    return headed(this.#level)`
      <section part="section" aria-labelledby=${heading ? 'heading' : nothing} dir=${ifDefined(dir)}>
        ${heading ? headed(this.#level)`<hx part="heading" class="heading" id="heading" dir="auto">${heading}</hx>` : nothing}
        ${rail && state === 'ready' ? this.#controls(previous, next) : nothing}
        ${state === 'error'
          ? html`<p part="error" class="error">${messages.error}</p>`
          : state === 'loading'
            ? html`<div class="list" part="list" aria-busy="true"><span class="visually-hidden">${messages.loading}</span></div>`
            : this.#list(rail)}
        ${more ? html`<a part="more" class="more" href=${more}>${this.moreLabel?.trim() || moreLabel}</a>` : nothing}
      </section>
    `;
  }

  #controls(previous: string, next: string) {
    return html`
      <div part="controls" class="controls">
        <button part="previous" type="button" aria-label=${previous} disabled @click=${() => this.#railStep(false)}>
          <span class="arrow" aria-hidden="true">←</span>
        </button>
        <button part="next" type="button" aria-label=${next} disabled @click=${() => this.#railStep(true)}>
          <span class="arrow" aria-hidden="true">→</span>
        </button>
      </div>
    `;
  }

  #list(rail: boolean) {
    // Stops just outside the row, where Tab and Shift+Tab leave a rail from (rail.ts). The row itself is no
    // tab stop (Firefox makes scrolling boxes one): its cards are.
    const exits = (list: unknown) =>
      rail ? html`<span class="exit-before" tabindex="-1"></span>${list}<span class="exit-after" tabindex="-1"></span>` : list;
    if (this.#childMode) {
      return exits(
        html`<div part="list" class="list" role="list" tabindex=${rail ? '-1' : nothing} @scroll=${this.#railScroll} @keydown=${this.#railKeydown}><slot></slot></div>`,
      );
    }
    const level = this.#cardLevel;
    const cards = this.#shown.map(
      (article, i) => html`<news-card
        .article=${article}
        position=${i + 1}
        heading-level=${level}
        layout=${ifDefined(this.cardLayout)}
        theme=${ifDefined(this.theme)}
        locale=${ifDefined(this.locale)}
      ></news-card>`,
    );
    const total = this.#rows?.total;
    if (!total) {
      return exits(html`
        <ul part="list" class="list" tabindex=${rail ? '-1' : nothing} @scroll=${this.#railScroll} @keydown=${this.#railKeydown}>
          ${cards.map((card) => html`<li part="item" class="item">${card}</li>`)}
        </ul>
      `);
    }
    // A long list (rows.ts): its rows come in blocks of rows after the hidden tail item, and a <ul> may hold
    // only <li>s, so it is a list by its roles. Each item says its place in the whole.
    return exits(html`
      <div part="list" class="list" role="list" tabindex=${rail ? '-1' : nothing} @scroll=${this.#railScroll} @keydown=${this.#railKeydown}>
        ${cards.map(
          (card, i) => html`<div part="item" class="item" role="listitem" aria-posinset=${i + 1} aria-setsize=${total}>${card}</div>`,
        )}
        <div class="tail" hidden></div>
      </div>
    `);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-card-list': NewsCardList;
  }
  // On every event target's map, like the card's events (types/events.ts): document and window listeners are typed too.
  interface GlobalEventHandlersEventMap {
    'news-card-list-load': NewsCardListLoadEvent;
  }
}
