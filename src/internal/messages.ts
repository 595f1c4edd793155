/**
 * Built-in labels, one plain table per locale, with `en` as the fallback.
 *
 * A label that surrounds data is a pattern with a named placeholder (`By {authors}`), never two
 * fragments glued together in code: word order differs between languages, and a translator must be
 * able to move the data. Lists of names are joined with `Intl.ListFormat`, dates are formatted with
 * `Intl.DateTimeFormat`; `and` is only the fallback for runtimes without `Intl.ListFormat`.
 */

/** Every built-in label. Override any of them per element through the `messages` property. */
export interface Messages {
  /** The byline lead-in. `{authors}` is replaced by the list of author names. */
  by: string;
  /** Joins the last two names when `Intl.ListFormat` is unavailable. */
  and: string;
  /** Shown when `dateModified` is later than `datePublished`. `{time}` is replaced by the date. */
  updated: string;
  /** The heading of the related-stories list. */
  related: string;
  /** Flag labels, from `article.flags`. */
  live: string;
  breaking: string;
  sponsored: string;
  opinion: string;
  /** The photo credit. `{credit}` is replaced by the credit text, which is shown exactly as given. */
  photo: string;
  /** The fallback text when the article cannot be shown. */
  error: string;
  /** Read by assistive technology while a `src` is loading. */
  loading: string;
}

/** The placeholders a pattern may hold. */
export type Placeholder = 'authors' | 'time' | 'credit';

const en: Messages = {
  by: 'By {authors}',
  and: 'and',
  updated: 'Updated {time}',
  related: 'Related',
  live: 'Live',
  breaking: 'Breaking',
  sponsored: 'Sponsored',
  opinion: 'Opinion',
  photo: 'Photo: {credit}',
  error: 'This story could not be shown.',
  loading: 'Loading story…',
};

const ar: Messages = {
  by: 'بقلم {authors}',
  and: 'و',
  updated: 'آخر تحديث {time}',
  related: 'أخبار ذات صلة',
  live: 'مباشر',
  breaking: 'عاجل',
  sponsored: 'محتوى مموَّل',
  opinion: 'رأي',
  photo: 'تصوير: {credit}',
  error: 'تعذّر عرض هذا الخبر.',
  loading: 'جارٍ تحميل الخبر…',
};

const fr: Messages = {
  by: 'Par {authors}',
  and: 'et',
  updated: 'Mis à jour le {time}',
  related: 'À lire aussi',
  live: 'En direct',
  breaking: 'Alerte info',
  sponsored: 'Contenu sponsorisé',
  opinion: 'Opinion',
  // French sets a narrow no-break space before the colon.
  photo: 'Photo\u202f: {credit}',
  error: 'Cet article ne peut pas être affiché.',
  loading: 'Chargement de l’article…',
};

const es: Messages = {
  by: 'Por {authors}',
  and: 'y',
  updated: 'Actualizado el {time}',
  related: 'Noticias relacionadas',
  live: 'En directo',
  breaking: 'Última hora',
  sponsored: 'Patrocinado',
  opinion: 'Opinión',
  photo: 'Foto: {credit}',
  error: 'No se puede mostrar esta noticia.',
  loading: 'Cargando la noticia…',
};

const de: Messages = {
  by: 'Von {authors}',
  and: 'und',
  updated: 'Aktualisiert am {time}',
  related: 'Mehr zum Thema',
  live: 'Live',
  breaking: 'Eilmeldung',
  sponsored: 'Anzeige',
  opinion: 'Meinung',
  photo: 'Foto: {credit}',
  error: 'Dieser Artikel kann nicht angezeigt werden.',
  loading: 'Artikel wird geladen…',
};

/** The shipped tables, keyed by primary language subtag. */
export const MESSAGES: Readonly<Record<string, Readonly<Messages>>> = Object.freeze({ en, ar, fr, es, de });

/** The language subtags that have a built-in table. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.freeze(Object.keys(MESSAGES));

const KEYS = Object.keys(en) as Array<keyof Messages>;

/**
 * The table for `locale`: its primary language (`fr-CA` → `fr`), else `en`. Entries of `overrides`
 * that are non-empty strings replace the built-in labels; anything else in it is ignored.
 */
export function messagesFor(locale: string | undefined, overrides?: Partial<Messages> | null): Messages {
  const language = (locale ?? '').split(/[-_]/)[0].toLowerCase();
  const base = Object.prototype.hasOwnProperty.call(MESSAGES, language) ? MESSAGES[language] : en;
  if (!overrides || typeof overrides !== 'object') return base;
  let merged: Messages | undefined;
  for (const key of KEYS) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim() !== '') {
      merged ??= { ...base };
      merged[key] = value;
    }
  }
  return merged ?? base;
}

/** One piece of a pattern: literal text, or the name of a placeholder. */
export type PatternPart = { text: string } | { placeholder: Placeholder };

const PLACEHOLDER = /\{(authors|time|credit)\}/g;

/**
 * Splits a pattern such as `By {authors}` into literal text and placeholders. A pattern that lacks
 * `expected` (an override that forgot it) gets it appended after a space, so the data is never lost.
 */
export function splitPattern(pattern: string, expected: Placeholder): PatternPart[] {
  const key = `${expected}|${pattern}`;
  const known = patterns.get(key);
  if (known) return known;
  const parts: PatternPart[] = [];
  let last = 0;
  let found = false;
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: pattern.slice(last, index) });
    parts.push({ placeholder: match[1] as Placeholder });
    if (match[1] === expected) found = true;
    last = index + match[0].length;
  }
  if (last < pattern.length) parts.push({ text: pattern.slice(last) });
  if (!found) {
    if (parts.length > 0) parts.push({ text: ' ' });
    parts.push({ placeholder: expected });
  }
  // Patterns are few (the built-in tables and a page's overrides): each is split once.
  if (patterns.size > 200) patterns.clear();
  patterns.set(key, parts);
  return parts;
}

const patterns = new Map<string, PatternPart[]>();

/**
 * The text before and after `placeholder` in `pattern` (`By {authors}` → `['By ', '']`), for a
 * template that renders the value between them. Other placeholders are left out.
 */
export function around(pattern: string, placeholder: Placeholder): [before: string, after: string] {
  const parts = splitPattern(pattern, placeholder);
  const at = parts.findIndex((part) => 'placeholder' in part && part.placeholder === placeholder);
  const text = (list: PatternPart[]) => list.map((part) => ('text' in part ? part.text : '')).join('');
  return [text(parts.slice(0, at)), text(parts.slice(at + 1))];
}
