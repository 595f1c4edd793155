/**
 * Which locale an element speaks, and which way its text runs.
 *
 * Resolution order: the `locale` attribute, then the article's `inLanguage`, then the nearest `lang`
 * in the document (walking out of shadow roots), then the browser's language, then `en`. Invalid
 * tags are skipped, never thrown on. Nothing here runs at import time.
 */

export type Direction = 'ltr' | 'rtl';

/** Where a resolved locale came from. `explicit` sources also set `lang` inside the element. */
export type LocaleSource = 'attribute' | 'article' | 'document' | 'browser' | 'default';

export interface ResolvedLocale {
  locale: string;
  source: LocaleSource;
}

// Languages written right to left by default (ar, he, fa and ur, plus the other common ones).
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ji', 'ps', 'sd', 'ug', 'dv', 'ckb', 'syr']);
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg', 'mand', 'samr']);

/** The canonical form of a BCP 47 tag (`EN_us` → `en-US`), or `undefined` when it is not one. */
export function canonicalLocale(tag: unknown): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const trimmed = tag.trim().replace(/_/g, '-');
  if (trimmed === '' || trimmed.length > 35) return undefined;
  // A page of cards asks for the same few tags a thousand times.
  if (canonical.has(trimmed)) return canonical.get(trimmed);
  let result: string | undefined;
  try {
    result = Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    result = undefined;
  }
  if (canonical.size > 200) canonical.clear();
  canonical.set(trimmed, result);
  return result;
}

const canonical = new Map<string, string | undefined>();

/** The text direction of a locale: its script subtag decides when present, else its language. */
export function directionOf(locale: string): Direction {
  const subtags = locale.toLowerCase().split('-');
  const script = subtags.slice(1).find((s) => s.length === 4 && /^[a-z]{4}$/.test(s));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(subtags[0]) ? 'rtl' : 'ltr';
}

/**
 * The `lang` in effect at `el`: its own or the nearest ancestor's, continuing from a shadow root to
 * its host. An empty `lang=""` means "unknown" and stops the search.
 */
export function closestLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang')?.trim() || undefined;
    const root: Node = node.getRootNode();
    node = (root as ShadowRoot).host ?? null;
  }
  return undefined;
}

export interface LocaleInputs {
  /** The element's `locale` attribute. */
  attribute?: string | null;
  /** The article's `inLanguage`. */
  article?: string;
  /** The element, when it is in a document (omit while server rendering). */
  host?: Element;
  /** The browser's preferred language (omit while server rendering: the server's is meaningless). */
  browser?: string;
}

/** Resolves the locale from its sources in order; the first valid tag wins. */
export function resolveLocale(inputs: LocaleInputs): ResolvedLocale {
  const fromAttribute = canonicalLocale(inputs.attribute);
  if (fromAttribute) return { locale: fromAttribute, source: 'attribute' };
  const fromArticle = canonicalLocale(inputs.article);
  if (fromArticle) return { locale: fromArticle, source: 'article' };
  if (inputs.host) {
    let lang: string | undefined;
    try {
      lang = closestLang(inputs.host);
    } catch {
      lang = undefined;
    }
    const fromDocument = canonicalLocale(lang);
    if (fromDocument) return { locale: fromDocument, source: 'document' };
  }
  const fromBrowser = canonicalLocale(inputs.browser);
  if (fromBrowser) return { locale: fromBrowser, source: 'browser' };
  return { locale: 'en', source: 'default' };
}
