import { LitElement, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { normalizeCanonical } from '../article/canonical.js';
import { normalizeArticle } from '../article/normalize.js';
import type { Article, Problem } from '../article/types.js';
import type { ArticleData } from '../types/article-data.js';
import { subscribe, unsubscribe } from './clock.js';
import { normalizedOnServer } from './server-handoff.js';
import { hasRelativeTimes, isTimeStyle, type TimeStyle } from './format.js';
import { directionOf, resolveLocale, type Direction } from './locale.js';
import { messagesFor, type Messages } from './messages.js';
import { attributeHints, consoleMessage, elementLabel, keyHints, problemLine, valueAt } from './diagnostics.js';
import { toHeadingLevel, type HeadingLevel, type RenderContext } from './templates/context.js';
import { isBrokenImage } from './templates/photo.js';
import { errorTemplate } from './templates/state.js';

/** The rendering state, reflected to the `state` attribute. No attribute: no input yet. */
export type ArticleState = 'loading' | 'ready' | 'error';

export type {
  NewsCardErrorDetail,
  NewsCardErrorEvent,
  NewsCardLoadDetail,
  NewsCardLoadEvent,
} from '../types/events.js';

/** Where an element's input came from, highest precedence first. */
export type InputChannel = 'property' | 'attribute' | 'script' | 'src';

/** What one input channel holds: data to normalize, or the problems that left it with none. */
export interface ArticleInput {
  channel: InputChannel;
  /** The data, in any format `normalizeArticle` reads. Absent when the channel failed. */
  data?: unknown;
  /** Problems found while reading the channel (a failed fetch, a second script child). */
  problems?: Problem[];
  /** For `src`: the HTTP status of a failed fetch, or -1. */
  status?: number;
}

// Stands in for the headline that parts other than <news-headline> never show, when they have only
// their field attributes: the normalizer needs one to accept the article.
const UNSHOWN_HEADLINE = '-';

/** Set: not `null`, `undefined` or blank text (what a template binding an empty value writes). */
const isSet = (value: unknown): boolean => value != null && !(typeof value === 'string' && value.trim() === '');

const event = (type: string, detail: unknown) => new CustomEvent(type, { detail, bubbles: true, composed: true });

/**
 * The shared machinery of the five elements. One data path: `readInput()` picks the input by
 * precedence, `normalizeArticle` turns it into a canonical `Article` (once per input), field
 * attributes (`headline`, `src`, …) go through the same normalizer, and `renderArticle()` only
 * renders. Also: the `state` attribute, the error fallback and event, locale and direction, relative
 * times on the shared clock, and one error boundary around the update, so that no failure reaches
 * the host page.
 *
 * Nothing here touches `window` or `document` at import time or in `render()`: server rendering
 * runs `willUpdate()` and `render()` without a DOM.
 */
export abstract class ArticleElement extends LitElement {
  /**
   * The reactive properties, declared here rather than with decorators (the decorator code cost every
   * entry 0.4 kB gzip). Subclasses add theirs; Lit merges them. Each field is documented below.
   */
  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    articleAttribute: { attribute: 'article', noAccessor: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    locale: {},
    timeStyle: { attribute: 'time-style' },
    messages: { attribute: false },
  };

  /**
   * The article: a canonical article object, a schema.org JSON-LD object, a WordPress REST post or
   * an Open Graph record, or a JSON string of any of these. Wins over the `article` attribute. Set
   * a new object to re-render; changes inside the same object are not observed.
   */
  article?: ArticleData | null;

  // Read from the attribute each time, not kept: a server-rendered card carries its whole article
  // there, and a copy per element would outlive the rendering.
  /**
   * The `article` attribute: the article as a JSON string. Used when the `article` property is not set.
   * @default null
   */
  protected get articleAttribute(): string | null {
    return this.getAttribute('article');
  }

  protected set articleAttribute(_value: string | null) {
    // Lit calls this when the attribute changes; the attribute itself holds the value.
    this.invalidateInput();
  }

  /** Level of the headline element, 1–6. Default 2; a value outside 1–6 falls back to the default. */
  headingLevel = 2;

  /**
   * BCP 47 locale for labels and dates. Default: the article's `inLanguage`, then the nearest `lang`
   * in the document, then the browser's language, then `en`.
   */
  locale?: string;

  /**
   * How dates are written: `absolute` (default) formats the date with `Intl.DateTimeFormat`;
   * `relative` ("3 hours ago", with `Intl.RelativeTimeFormat`) and `auto` (relative when under
   * 24 hours old) apply once the element has upgraded in a browser, so server-rendered and cached
   * output is always absolute. Relative times refresh each minute on one timer shared by every
   * element; the absolute date stays in the `<time>`'s `title`, and `datetime` is always ISO 8601.
   * A calendar day (`2021-12-27`) is never relative.
   */
  timeStyle: TimeStyle = 'absolute';

  /** Overrides for the built-in labels, e.g. `{ by: 'Written by {authors}' }`. */
  messages?: Partial<Messages>;

  /** The rendering state: `loading`, `ready` or `error`; `undefined` while there is no input. Reflected to `state`. */
  get state(): ArticleState | undefined {
    return this.#state;
  }

  /** Properties whose change means new input (subclasses add theirs). */
  protected static inputProperties: readonly PropertyKey[] = ['article', 'articleAttribute'];

  /**
   * Field attributes: each property → the canonical field it sets (`src` → `image.url`). Any of them
   * set is laid over the article, and the result goes through the normalizer again; problems with
   * them are reported under the attribute's own name.
   */
  protected static fields: Readonly<Record<string, string>> = {};

  /** The normalized article being shown, or `null`. */
  protected shown: Article | null = null;

  /** Locale, labels and time style for templates. */
  protected ctx: RenderContext = { locale: 'en', messages: messagesFor('en'), timeStyle: 'absolute' };

  /** The `dir` for the element's root: follows the language unless the host has a `dir` attribute. */
  protected textDir?: Direction;

  /** The `lang` for the element's root, when the locale came from the element or its article. */
  protected textLang?: string;

  /**
   * The URL of the image that failed to load: the photo keeps its box and hides the broken image.
   * Internal state, not a property: set through `#onImageError`, which asks for the update.
   */
  protected failedImage?: string;

  #state?: ArticleState;
  #stale = true;
  #warned = false;
  /** Hints for misspelled attributes, found at the first update and told with the one warning. */
  #typos?: string[];
  #upgraded = false;
  #clocked = false;
  /** Events waiting for the next render; created only when there is one. */
  #events?: Event[];

  // The host's own `dir` and `lang` are watched (cheap: no observer). A `lang` changed on an
  // ancestor after the first render is not: set `locale`, or call `requestUpdate()`.
  static override get observedAttributes(): string[] {
    return super.observedAttributes.concat('dir', 'lang');
  }

  /** The effective heading level (1–6). */
  protected get level(): HeadingLevel {
    return toHeadingLevel(this.headingLevel, 2);
  }

  /** True while input is on its way (a `src` fetch, a script child the parser has not finished). */
  protected get pending(): boolean {
    return false;
  }

  /**
   * The input, by precedence: the `article` property, then the `article` attribute. `<news-card>`
   * adds its script child and `src`. Pure: it reads, and starts or stops nothing.
   */
  protected readInput(): ArticleInput | undefined {
    if (isSet(this.article)) return { channel: 'property', data: this.article };
    const attribute = this.getAttribute('article');
    if (!isSet(attribute)) return undefined;
    return { channel: 'attribute', data: (isServer && normalizedOnServer.get(attribute as string)) || attribute };
  }

  /**
   * Checks the article about to be shown: adds problems that do not stop it (an undescribed image)
   * to `problems`, and returns a problem that does (a photo with no image), if any.
   * `fieldsOnly` is true when the element has no article, only field attributes.
   */
  protected review(_article: Article, _problems: Problem[], _fieldsOnly: boolean): Problem | undefined {
    return undefined;
  }

  /** The value of the field attribute `name` for the article; `null` or `undefined` when it is not set. */
  protected fieldValue(name: string): unknown {
    return (this as unknown as Record<string, unknown>)[name];
  }

  /** The markup for a ready article. */
  protected abstract renderArticle(article: Article): unknown;

  /** The markup while loading; the standalone parts render nothing. */
  protected renderLoading(): unknown {
    return nothing;
  }

  /** Re-reads the input on the next update (for inputs Lit does not observe, such as children). */
  protected invalidateInput(): void {
    this.#stale = true;
    this.requestUpdate();
  }

  /** The photo failed to load: it keeps its box and hides the broken image. */
  #onImageError(): void {
    const url = this.shown?.image?.url;
    if (url === this.failedImage) return;
    this.failedImage = url;
    this.requestUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root is adopted by Lit's hydration support when the page loaded it
    // (news-card.hydrate.bundle.js). Without it, Lit would render beside the server's markup: clear it.
    const hydrating = !!this.shadowRoot && 'litElementHydrateSupport' in globalThis;
    if (!isServer && !hydrating) this.shadowRoot?.replaceChildren();
    // Relative times may show from the first render, unless that render must match the server's
    // absolute output (hydration): then they switch on after it, in `firstUpdated`. Either way the
    // element renders once more only when it has to (Lit warns about an update after an update).
    this.#upgraded = !isServer && !hydrating;
    const root = super.createRenderRoot();
    // One listener for the element's life, not a binding per render: `error` does not bubble, so it
    // is caught on its way down.
    root.addEventListener('error', (event) => (event.target as Element).localName === 'img' && this.#onImageError(), true);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the document: relative times may be stale, and the clock was left on disconnect.
    if (this.#upgraded && this.ctx.timeStyle !== 'absolute') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncClock();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'dir' || name === 'lang') && old !== value && !isServer) this.requestUpdate();
  }

  // The one error boundary: an exception anywhere in an update (a bug of ours, or an input that
  // defeats a guard) becomes the error state, never an exception in the host page.
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (this.#state === 'error' && !this.shown) return; // The fallback itself failed: stop here.
      this.fail([{ path: '', message: `Internal error: ${error instanceof Error ? error.message : String(error)}` }]);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const { inputProperties, fields, observedAttributes } = this.constructor as typeof ArticleElement;
    if (!this.hasUpdated && !isServer) {
      // Global attributes (`id`, `title`, `style`, `on…`) are those the element has a property for.
      this.#typos = attributeHints(this.getAttributeNames(), [...observedAttributes, 'state'], (name) => name in this || /^(data|aria)-/.test(name));
    }
    if (this.#stale || inputProperties.some((key) => changed.has(key)) || Object.keys(fields).some((key) => changed.has(key))) {
      this.#stale = false;
      this.#ingest();
    }
    this.#resolveContext();
  }

  protected override render(): unknown {
    const state = this.#state;
    if (state === 'ready') return this.renderArticle(this.shown as Article);
    if (state === 'loading') return this.renderLoading();
    return state === 'error' ? errorTemplate(this.ctx.messages, { dir: this.textDir, lang: this.textLang }) : nothing;
  }

  protected override firstUpdated(): void {
    const hydrated = !this.#upgraded;
    this.#upgraded = true;
    // An image that failed before the element upgraded (server-rendered markup) fired its error unheard.
    if (isBrokenImage(this.renderRoot.querySelector('img'))) this.#onImageError();
    // Relative times switch on only now, after hydration: server output and caches stay absolute.
    if (hydrated && this.ctx.timeStyle !== 'absolute') this.requestUpdate();
  }

  protected override updated(): void {
    this.#syncClock();
    // Misspelled attributes and nothing else to say: they get the warning of their own.
    if (this.#typos?.length) this.#warn('some attributes are not known and were ignored:', []);
    const events = this.#events;
    this.#events = undefined;
    // A removed element fires nothing: its events would reach no listener in the page anyway.
    if (this.isConnected) events?.forEach((e) => this.dispatchEvent(e));
  }

  /** Queues an event to dispatch after the next render. */
  protected queueEvent(type: string, detail: unknown): void {
    (this.#events ??= []).push(event(type, detail));
    this.requestUpdate();
  }

  /**
   * Enters the error state: fallback, one `news-card-error`, one warning. `data` is the input that
   * failed, for the warning to echo what was rejected.
   */
  protected fail(problems: Problem[], status?: number, data?: unknown): void {
    this.#show(null, 'error');
    this.queueEvent('news-card-error', status === undefined ? { problems } : { problems, status });
    this.#warn('the article could not be shown:', problems, data);
  }

  #ingest(): void {
    const input = this.readInput();
    if (!input && this.pending) return this.#show(null, 'loading');
    const problems: Problem[] = [...(input?.problems ?? [])];
    let article: Article | null = null;
    if (input) {
      if (input.data === undefined) return this.fail(problems, input.status);
      const result = normalizeArticle(input.data);
      problems.push(...result.problems);
      if (!result.article) return this.fail(problems, undefined, input.data);
      article = result.article;
    }
    const fields = this.#fieldValues(article);
    if (fields) {
      const { fields: paths } = this.constructor as typeof ArticleElement;
      const headline = Object.values(paths).includes('headline') ? undefined : UNSHOWN_HEADLINE;
      const result = normalizeCanonical({ headline, ...article, ...fields });
      problems.push(...this.#fieldProblems(result.problems));
      article = result.article;
    } else if (!article) {
      // No input at all: render nothing, no state, no event.
      return this.#show(null, undefined);
    }
    const stop = article ? this.review(article, problems, !input) : undefined;
    if (!article || stop) return this.fail(stop ? [...problems, stop] : problems, undefined, input?.data);
    this.#show(article, 'ready');
    // Keys such as `title` or `summary` are ignored without a problem: an object is cheap to look at
    // for them (JSON text would have to be parsed again, so it is looked at only when there are problems).
    if (problems.length || (!this.#warned && typeof input?.data == 'object' && keyHints(input.data).length)) {
      this.#warn('rendered the article, but some of its data was not used:', problems, input?.data);
    }
    if (input?.channel === 'src') this.queueEvent('news-card-load', { article });
  }

  /**
   * The canonical fields that the field attributes set, laid over the article's own (`image.*` over
   * the article's image), or `undefined` when none is set.
   */
  #fieldValues(article: Article | null): Record<string, unknown> | undefined {
    const { fields } = this.constructor as typeof ArticleElement;
    let values: Record<string, unknown> | undefined;
    for (const [name, path] of Object.entries(fields)) {
      const value = this.fieldValue(name);
      if (value == null) continue;
      values ??= {};
      const [key, inner] = path.split('.');
      values[key] = inner ? { ...((values[key] ?? article?.[key as keyof Article]) as object), [inner]: value } : value;
    }
    return values;
  }

  /** Problems of field attributes, named after the attribute: `src`, not `image.url`. */
  #fieldProblems(problems: Problem[]): Problem[] {
    const { fields } = this.constructor as typeof ArticleElement;
    return problems.map((problem) => {
      for (const [name, path] of Object.entries(fields)) {
        if (this.fieldValue(name) != null && problem.path.startsWith(path)) {
          return { ...problem, path: name + problem.path.slice(path.length) };
        }
      }
      return problem;
    });
  }

  /**
   * `console.warn` once per element instance, never more: the element, what happened, each problem with
   * the value it rejected, "did you mean" hints for the keys of `data` and for misspelled attributes.
   * In a browser the element itself is the second argument, so developer tools link to it.
   */
  #warn(summary: string, problems: readonly Problem[], data?: unknown): void {
    const typos = this.#typos ?? [];
    this.#typos = undefined;
    if (this.#warned) return;
    this.#warned = true;
    const lines = [...problems.map((problem) => problemLine(problem, (path) => this.#rejected(path, data))), ...keyHints(data), ...typos];
    const text = consoleMessage(elementLabel(this.localName, this.getAttribute('id'), this.getAttribute('src')), summary, lines);
    if (isServer) console.warn(text);
    else console.warn(text, this);
  }

  /** The value a problem at `path` rejected: a field attribute's, the `src`, or the one at `path` in `data`. */
  #rejected(path: string, data: unknown): unknown {
    const name = path.split(/[.[]/)[0];
    if (Object.hasOwn((this.constructor as typeof ArticleElement).fields, name)) return this.fieldValue(name) ?? undefined;
    if (name === 'src' && data === undefined) return this.getAttribute('src') ?? undefined;
    return data === undefined ? undefined : valueAt(data, path);
  }

  #show(article: Article | null, state: ArticleState | undefined): void {
    this.shown = article;
    this.#state = state;
    if (state) {
      if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    } else this.removeAttribute('state');
  }

  #resolveContext(): void {
    const inBrowser = !isServer && this.isConnected;
    const { locale, source } = resolveLocale({
      attribute: this.locale,
      article: this.shown?.inLanguage,
      host: inBrowser ? this : undefined,
      browser: inBrowser ? globalThis.navigator?.language : undefined,
    });
    const timeStyle = isTimeStyle(this.timeStyle) ? this.timeStyle : 'absolute';
    this.ctx = {
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
    const article = this.shown;
    const wanted =
      !isServer &&
      this.isConnected &&
      this.#upgraded &&
      article !== null &&
      hasRelativeTimes(
        [article.datePublished, article.dateModified, ...(article.related ?? []).map((story) => story.datePublished)],
        this.ctx.timeStyle,
        Date.now(),
      );
    if (wanted === this.#clocked) return;
    this.#clocked = wanted;
    if (wanted) subscribe(this);
    else unsubscribe(this);
  }
}
