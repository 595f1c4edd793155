/**
 * Dates and lists for display, through `Intl`. Formatters are cached per locale: a page of a
 * thousand cards formats a thousand dates with a handful of formatter objects.
 *
 * A date with no time (`2021-12-27`) is a calendar day, not an instant: it is formatted in UTC so it
 * shows as 27 December everywhere, never as 26 December west of Greenwich.
 */
import { isDateOnly, toDate } from '../article/dates.js';

/**
 * How `<time>` text is written. `absolute` is a date (and time, when the value has one); `relative`
 * is "3 hours ago"; `auto` is relative when less than 24 hours old, else absolute. Without `now`
 * (server rendering, before upgrade) every style is absolute, so a cached page never shows a stale
 * "2 minutes ago".
 */
export type TimeStyle = 'absolute' | 'relative' | 'auto';

export const TIME_STYLES: readonly TimeStyle[] = ['absolute', 'relative', 'auto'];

export function isTimeStyle(value: unknown): value is TimeStyle {
  return typeof value === 'string' && (TIME_STYLES as readonly string[]).includes(value);
}

export interface FormatOptions {
  locale: string;
  style?: TimeStyle;
  /** The current time in ms; only used by `relative` and `auto`. */
  now?: number;
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat>(
  key: string,
  create: () => T,
): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    if (cache.size > 200) cache.clear();
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Digits the same in every engine. Current CLDR (Node, Chromium, Firefox) writes generic Arabic (`ar`,
 * `ar-001`) with Latin digits, "27 ديسمبر 2021"; an older ICU (WebKitGTK on Debian 12 has ICU 72; older
 * Safari) still picks Arabic-Indic ones, "٢٧ ديسمبر ٢٠٢١", so a server-rendered card and the browser would
 * disagree. Those two tags get `latn` explicitly; regional tags (ar-EG, ar-SA) and `-u-nu-` keep their own.
 */
function digits(locale: string): { numberingSystem?: string } {
  return /^ar(-001)?$/i.test(locale) ? { numberingSystem: 'latn' } : {};
}

function dateFormatter(locale: string, dateOnly: boolean): Intl.DateTimeFormat {
  return cached(`d|${locale}|${dateOnly}`, () =>
    dateOnly
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC', ...digits(locale) })
      : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', ...digits(locale) }),
  );
}

const DAY = 86_400_000;
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** "3 hours ago" / "in 2 days", in the largest whole unit. */
export function formatRelative(date: Date, now: number, locale: string): string {
  const diff = date.getTime() - now;
  const abs = Math.abs(diff);
  const [unit, size] = UNITS.find(([, ms]) => abs >= ms) ?? ['second', 1000];
  const rtf = cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', ...digits(locale) }));
  return rtf.format(Math.trunc(diff / size), unit);
}

/**
 * The display text for a canonical ISO date. Returns the ISO string itself if `Intl` cannot format
 * it, and an empty string for an invalid date (callers render nothing then).
 */
export function formatDate(iso: string, options: FormatOptions): string {
  const { locale, style = 'absolute', now } = options;
  const relative = now !== undefined && style !== 'absolute';
  // Absolute dates repeat across a page of cards (a feed has a few days in it): each is formatted once.
  const key = `${locale}|${iso}`;
  const known = relative ? undefined : absolutes.get(key);
  if (known !== undefined) return known;
  const date = toDate(iso);
  if (Number.isNaN(date.getTime())) return '';
  const dateOnly = isDateOnly(iso);
  let text: string;
  try {
    // A calendar day has no hour, so it is never "3 hours ago".
    if (relative && !dateOnly && (style === 'relative' || Math.abs(now - date.getTime()) < DAY)) {
      return formatRelative(date, now, locale);
    }
    text = dateFormatter(locale, dateOnly).format(date);
  } catch {
    text = iso;
  }
  if (absolutes.size > 500) absolutes.clear();
  absolutes.set(key, text);
  return text;
}

const absolutes = new Map<string, string>();

/** True when `later` names a later instant than `earlier` (both canonical ISO dates). */
export function isLater(later: string | undefined, earlier: string | undefined): boolean {
  if (!later) return false;
  const a = toDate(later).getTime();
  if (Number.isNaN(a)) return false;
  if (!earlier) return true;
  const b = toDate(earlier).getTime();
  return Number.isNaN(b) || a > b;
}

/** One piece of a formatted list: an item, or the literal text between items. */
export type ListPart<T> = { item: T } | { text: string };

function listFormatter(locale: string): Intl.ListFormat | undefined {
  if (typeof Intl.ListFormat !== 'function') return undefined;
  // English newsroom style (AP, Reuters, the Guardian) has no serial comma: "A, B and C".
  const listLocale = /^en(-|$)/i.test(locale) ? 'en-GB' : locale;
  return cached(`l|${listLocale}`, () => new Intl.ListFormat(listLocale, { type: 'conjunction', style: 'long' }));
}

/**
 * Joins `items` the way `locale` writes a list ("A, B and C", "A, B et C", "A، B وC"), keeping each
 * item as it is so the caller can render it as a link. `and` is used only when `Intl.ListFormat`
 * is unavailable.
 */
export function listParts<T>(items: readonly T[], locale: string, and: string): Array<ListPart<T>> {
  if (items.length < 2) return items.map((item) => ({ item }));
  try {
    const formatter = listFormatter(locale);
    if (formatter) {
      // Format stand-in indexes, then map each element back to its item.
      const keys = items.map((_, i) => `\u0000${i}\u0000`);
      return formatter.formatToParts(keys).map((part) => {
        if (part.type === 'element') {
          const index = Number(part.value.slice(1, -1));
          return { item: items[index] };
        }
        return { text: part.value };
      });
    }
  } catch {
    // Fall through to the plain join below.
  }
  const parts: Array<ListPart<T>> = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push({ text: i === items.length - 1 ? ` ${and} ` : ', ' });
    parts.push({ item });
  });
  return parts;
}

/**
 * True when a date in `dates` would be shown relative under `style` at `now`, or may become or stop
 * being relative within the next minute: such an element needs the shared minute clock. Calendar
 * days (no time) are never relative.
 */
export function hasRelativeTimes(dates: ReadonlyArray<string | undefined>, style: TimeStyle, now: number): boolean {
  if (style === 'absolute') return false;
  return dates.some((iso) => {
    if (!iso || isDateOnly(iso)) return false;
    const time = toDate(iso).getTime();
    if (Number.isNaN(time)) return false;
    return style === 'relative' || Math.abs(now - time) < DAY + 60_000;
  });
}
