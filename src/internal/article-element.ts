import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { normalizeArticle } from '../article/normalize.js';
import { checkDate } from '../article/dates.js';
import { cleanText } from '../article/text.js';
import { checkUrl } from '../article/url-policy.js';
import type { Article, Problem } from '../article/types.js';
import { subscribe, unsubscribe } from './clock.js';
import { hasRelativeTimes, isTimeStyle, type TimeStyle } from './format.js';
import { directionOf, resolveLocale, type Direction } from './locale.js';
import { messagesFor, type Messages } from './messages.js';
import { toHeadingLevel, type HeadingLevel, type RenderContext } from './templates/context.js';
import { errorTemplate } from './templates/state.js';

/** The rendering state, reflected to the `state` attribute. No attribute: no input yet. */
export type ArticleState = 'loading' | 'ready' | 'error';

/** `detail` of `news-card-error`. */
export interface NewsCardErrorDetail {
  /** What was wrong, as `{ path, message }` pairs. */
  problems: Problem[];
  /** For `src` only: the HTTP status, or -1 for a network failure, a timeout or a body that is not JSON. */
  status?: number;
}

/** `detail` of `news-card-load`. */
export interface NewsCardLoadDetail {
  /** The canonical article that was fetched and rendered. */
  article: Article;
}

export type NewsCardErrorEvent = CustomEvent<NewsCardErrorDetail>;
export type NewsCardLoadEvent = CustomEvent<NewsCardLoadDetail>;

/** Where an element's input came from, highest precedence first. */
export type InputChannel = 'property' | 'attribute' | 'script' | 'src';

/** The input an element found, before normalization. */
export type ArticleInput =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'data'; channel: InputChannel; value: unknown; problems?: Problem[] }
  | { kind: 'normalized'; channel: InputChannel; article: Article; problems: Problem[] }
  | { kind: 'failed'; channel: InputChannel; problems: Problem[]; status?: number };

/** Records a checker's `problem`, if any, at `path`, and passes its value through. */
function noted<T>(value: T, problem: string | undefined, path: string, problems: Problem[]): T {
  if (problem) problems.push({ path, message: problem });
  return value;
}

/** Text from a focused attribute, cleaned like article text; a rejected value becomes a problem. */
export function focusedText(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const { text, problem } = cleanText(value);
  return noted(text, problem, path, problems);
}

/** A URL from a focused attribute, through the same URL policy as article data. */
export function focusedUrl(value: unknown, path: string, problems: Problem[], allowMailto = false): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const { url, problem } = checkUrl(value, { allowMailto });
  return noted(url, problem, path, problems);
}

/** An ISO date from a focused attribute, checked like article dates. */
export function focusedDate(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const { date, problem } = checkDate(value);
  return noted(date, problem, path, problems);
}

/** Global attributes of the host that change how the element renders. */
const HOST_ATTRIBUTES = ['dir', 'lang'];

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function describe(problems: readonly Problem[]): string {
  return problems.map((p) => `\n  ${p.path || '(input)'}: ${p.message}`).join('');
}

// Per-instance state is kept small (a page may hold thousands of cards): private fields hold only
// what the next update needs, and listeners are methods (Lit calls a bound listener with the element
// as `this`), not a closure per instance.

/**
 * The shared machinery of the five elements: input channels and their precedence, the one data
 * path (input → `normalizeArticle` → canonical `Article` → template), the `state` attribute, the
 * error fallback and event, locale and direction, and the guards that keep every failure inside
 * the element. Subclasses supply `renderArticle()` and, where they have them, focused properties.
 *
 * Nothing here touches `window` or `document` at import time or in `render()`: server rendering
 * runs `willUpdate()` and `render()` without a DOM.
 */
export abstract class ArticleElement extends LitElement {
  /**
   * The article: a canonical article object, a schema.org JSON-LD object, a WordPress REST post or
   * an Open Graph record, or a JSON string of any of these. Wins over the `article` attribute. Set
   * a new object to re-render; changes inside the same object are not observed.
   */
  @property({ attribute: false })
  article?: unknown;

  // Read from the attribute each time, not kept: a server-rendered card carries its whole article
  // there, and a copy per element would outlive the rendering.
  /**
   * The `article` attribute: the article as a JSON string. Used when the `article` property is not set.
   * @default null
   */
  @property({ attribute: 'article', noAccessor: true })
  protected get articleAttribute(): string | null {
    return this.getAttribute('article');
  }

  protected set articleAttribute(_value: string | null) {
    // Lit calls this when the attribute changes; the attribute itself holds the value.
    this.invalidateInput();
  }

  /**
   * Level of the headline element, 1–6. Default 2; a value outside 1–6 falls back to the default.
   */
  @property({ attribute: 'heading-level', type: Number })
  headingLevel = 2;

  /**
   * BCP 47 locale for labels and dates. Default: the article's `inLanguage`, then the nearest `lang`
   * in the document, then the browser's language, then `en`.
   */
  @property()
  locale?: string;

  /**
   * How dates are written: `absolute` (default) formats the date with `Intl.DateTimeFormat`;
   * `relative` ("3 hours ago", with `Intl.RelativeTimeFormat`) and `auto` (relative when under
   * 24 hours old) apply once the element has upgraded in a browser, so server-rendered and cached
   * output is always absolute. Relative times refresh each minute on one timer shared by every
   * element; the absolute date stays in the `<time>`'s `title`, and `datetime` is always ISO 8601.
   * A calendar day (`2021-12-27`) is never relative.
   */
  @property({ attribute: 'time-style' })
  timeStyle: TimeStyle = 'absolute';

  /** Overrides for the built-in labels, e.g. `{ by: 'Written by {authors}' }`. */
  @property({ attribute: false })
  messages?: Partial<Messages>;

  /** The rendering state: `loading`, `ready` or `error`; `undefined` while there is no input. Reflected to `state`. */
  get state(): ArticleState | undefined {
    return this.#state;
  }

  /** The canonical article being rendered, or `null`. */
  protected model: Article | null = null;

  /** The `dir` for the element's root: follows the language unless the host has a `dir` attribute. */
  protected textDir?: Direction;

  /** The `lang` for the element's root, when the locale came from the element or its article. */
  protected textLang?: string;

  /** Properties whose change means new input (subclasses add theirs). */
  protected static inputProperties: readonly PropertyKey[] = ['article', 'articleAttribute'];

  /**
   * Focused properties (`headline`, `src`, …): any of them set (not `null` or `undefined`) is
   * applied to the article by `applyFocused()`, and a change to any of them means new input.
   */
  protected static focusedProperties: readonly string[] = [];

  #state?: ArticleState;
  #ingested = false;
  #warned = false;
  #upgraded = false;
  #clocked = false;
  /** Events waiting for the next render; created only when there is one. */
  #events?: Event[];
  #ctx?: RenderContext;

  // The host's own `dir` and `lang` are watched (cheap: no observer). A `lang` changed on an
  // ancestor after the first render is not: set `locale`, or call `requestUpdate()`.
  static override get observedAttributes(): string[] {
    return super.observedAttributes.concat(HOST_ATTRIBUTES);
  }

  /** The effective heading level (1–6). */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel, 2);
  }

  /** Locale, labels and time style for templates. */
  protected get context(): RenderContext {
    return this.#ctx ?? { locale: 'en', messages: messagesFor('en'), timeStyle: 'absolute' };
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root is adopted by Lit's hydration support when the page loaded it
    // (news-card.hydrate.bundle.js). Without it, Lit would render beside the server's markup: clear it.
    if (!isServer && !('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    try {
      super.connectedCallback();
      // Back in the document: relative times may be stale, and the clock was left on disconnect.
      if (this.#upgraded && this.timeStyle !== 'absolute') this.requestUpdate();
    } catch (error) {
      this.contain(error);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncClock();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'dir' || name === 'lang') && old !== value && !isServer) this.requestUpdate();
  }

  /**
   * Finds the input by precedence: the `article` property, then the `article` attribute.
   * `<news-card>` extends this with its script child and `src`.
   */
  protected readInput(): ArticleInput {
    // An empty string is "not set" (what a template binding an empty value writes), not bad JSON.
    if (this.article !== undefined && this.article !== null && !isBlank(this.article)) {
      return { kind: 'data', channel: 'property', value: this.article };
    }
    if (typeof this.articleAttribute === 'string' && !isBlank(this.articleAttribute)) {
      return { kind: 'data', channel: 'attribute', value: this.articleAttribute };
    }
    return { kind: 'none' };
  }

  /** True when a focused property is set: then `applyFocused()` runs, with or without an article. */
  protected hasFocused(): boolean {
    const { focusedProperties } = this.constructor as typeof ArticleElement;
    return focusedProperties.some((key) => (this as unknown as Record<string, unknown>)[key] != null);
  }

  /**
   * Applies the focused properties to `article` (a copy of the input's article, or `{ headline: '' }`
   * when there is none), reporting rejected values in `problems`. Returns the article to render, or
   * `null` when there is nothing to render. Only elements with focused properties override this.
   */
  protected applyFocused(article: Article, _problems: Problem[]): Article | null {
    return article;
  }

  /** A problem that stops rendering an otherwise valid article (e.g. a photo with no image). */
  protected blockingProblem(_article: Article, _focusedOnly: boolean): Problem | undefined {
    return undefined;
  }

  /** Problems with what this element renders that do not stop it (e.g. an undescribed image). */
  protected contentProblems(_article: Article): Problem[] {
    return [];
  }

  /** Called when new input has been rendered successfully. */
  protected onReady(_article: Article, _input: ArticleInput): void {}

  /** The markup for a ready article. */
  protected abstract renderArticle(article: Article, ctx: RenderContext): TemplateResult | typeof nothing;

  /** The markup while loading; standalone parts render nothing. */
  protected renderLoading(_ctx: RenderContext): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The markup for bad input. */
  protected renderError(ctx: RenderContext): TemplateResult | typeof nothing {
    return errorTemplate(ctx, { dir: this.textDir, lang: this.textLang });
  }

  /** Re-reads the input on the next update (for inputs Lit does not observe, such as children). */
  protected invalidateInput(): void {
    this.#ingested = false;
    this.requestUpdate();
  }

  /** A standalone part's markup in its `.root` wrapper, which carries `dir` and `lang`; nothing stays nothing. */
  protected partTemplate(content: TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    return content === nothing
      ? nothing
      : html`<div class="root" dir=${ifDefined(this.textDir)} lang=${ifDefined(this.textLang)}>${content}</div>`;
  }

  protected override willUpdate(changed: PropertyValues): void {
    try {
      super.willUpdate(changed);
      const { inputProperties, focusedProperties } = this.constructor as typeof ArticleElement;
      const changedInput = (key: PropertyKey) => changed.has(key);
      if (!this.#ingested || inputProperties.some(changedInput) || focusedProperties.some(changedInput)) {
        this.#ingested = true;
        this.#ingest();
      }
      this.#resolveContext();
    } catch (error) {
      this.contain(error);
    }
  }

  protected override render(): unknown {
    try {
      const ctx = this.context;
      switch (this.#state) {
        case 'loading':
          return this.renderLoading(ctx);
        case 'error':
          return this.renderError(ctx);
        case 'ready':
          return this.model ? this.renderArticle(this.model, ctx) : nothing;
        default:
          return nothing;
      }
    } catch (error) {
      this.contain(error);
      return this.renderError(this.context);
    }
  }

  protected override firstUpdated(changed: PropertyValues): void {
    try {
      super.firstUpdated(changed);
      this.#upgraded = true;
      // Relative times switch on only now, after upgrade: server output and caches stay absolute.
      if (this.timeStyle === 'relative' || this.timeStyle === 'auto') this.requestUpdate();
    } catch (error) {
      this.contain(error);
    }
  }

  protected override updated(changed: PropertyValues): void {
    try {
      super.updated(changed);
      this.#syncClock();
    } catch (error) {
      this.contain(error);
    }
    const events = this.#events;
    this.#events = undefined;
    // A removed element fires nothing: its events would reach no listener in the page anyway.
    if (!events || !this.isConnected) return;
    for (const event of events) {
      try {
        this.dispatchEvent(event);
      } catch {
        // A listener's exception is the host page's own; never let it stop the next event.
      }
    }
  }

  /** Turns an unexpected exception into the error state, so it never reaches the host page. */
  protected contain(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.fail([{ path: '', message: `Internal error: ${message}` }]);
  }

  /** Queues an event to dispatch after the next render. */
  protected queueEvent(event: Event): void {
    (this.#events ??= []).push(event);
    if (!this.isUpdatePending) this.requestUpdate();
  }

  /** `console.warn` once per element instance, never more. */
  protected warnOnce(message: string, problems: readonly Problem[] = []): void {
    if (this.#warned) return;
    this.#warned = true;
    console.warn(`<${this.localName ?? 'news-card'}>: ${message}${describe(problems)}`);
  }

  /** Enters the error state: fallback, one `news-card-error`, one warning. */
  protected fail(problems: Problem[], status?: number): void {
    this.model = null;
    this.#setState('error');
    const detail: NewsCardErrorDetail = status === undefined ? { problems } : { problems, status };
    this.queueEvent(new CustomEvent('news-card-error', { detail, bubbles: true, composed: true }));
    this.warnOnce('the article could not be shown:', problems);
  }

  #ingest(): void {
    const input = this.readInput();
    if (input.kind === 'loading') {
      this.model = null;
      this.#setState('loading');
      return;
    }
    if (input.kind === 'failed') {
      this.fail(input.problems, input.status);
      return;
    }
    let article: Article | null = null;
    const problems: Problem[] = [];
    if (input.kind === 'data') {
      const result = normalizeArticle(input.value);
      problems.push(...(input.problems ?? []), ...result.problems);
      if (!result.article) {
        this.fail(problems);
        return;
      }
      article = result.article;
    } else if (input.kind === 'normalized') {
      article = input.article;
      problems.push(...input.problems);
    }
    const focused = this.hasFocused();
    if (focused) article = this.applyFocused({ ...(article ?? { headline: '' }) }, problems);
    if (!article) {
      if (input.kind === 'none' && !focused) {
        // No input at all: render nothing, no state, no event.
        this.model = null;
        this.#setState(undefined);
      } else {
        this.fail(problems.length ? problems : [{ path: 'headline', message: 'Missing headline' }]);
      }
      return;
    }
    const blocking = this.blockingProblem(article, input.kind === 'none');
    if (blocking) {
      this.fail([...problems, blocking]);
      return;
    }
    problems.push(...this.contentProblems(article));
    this.model = article;
    this.#setState('ready');
    if (problems.length > 0) this.warnOnce('rendered the article, but some of its data was not used:', problems);
    this.onReady(article, input);
  }

  #resolveContext(): void {
    const inBrowser = !isServer && this.isConnected;
    const { locale, source } = resolveLocale({
      attribute: this.locale,
      article: this.model?.inLanguage,
      host: inBrowser ? this : undefined,
      browser: inBrowser ? globalThis.navigator?.language : undefined,
    });
    const timeStyle = isTimeStyle(this.timeStyle) ? this.timeStyle : 'absolute';
    this.#ctx = {
      locale,
      messages: messagesFor(locale, this.messages),
      timeStyle,
      now: this.#upgraded && timeStyle !== 'absolute' ? Date.now() : undefined,
    };
    this.textDir = this.hasAttribute('dir') ? undefined : directionOf(locale);
    this.textLang = source === 'attribute' || source === 'article' ? locale : undefined;
  }

  /** On the shared minute clock while connected and showing (or about to show) a relative time. */
  #syncClock(): void {
    const model = this.model;
    const wanted =
      !isServer &&
      this.isConnected &&
      this.#upgraded &&
      model !== null &&
      this.#state === 'ready' &&
      hasRelativeTimes(
        [model.datePublished, model.dateModified, ...(model.related ?? []).map((story) => story.datePublished)],
        this.context.timeStyle,
        Date.now(),
      );
    if (wanted === this.#clocked) return;
    this.#clocked = wanted;
    if (wanted) subscribe(this);
    else unsubscribe(this);
  }

  #setState(state: ArticleState | undefined): void {
    this.#state = state;
    if (state) {
      if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    } else if (this.hasAttribute('state')) {
      this.removeAttribute('state');
    }
  }
}
