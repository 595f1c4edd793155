// Helpers shared by the feed readers: links resolved against the feed's URL, feed dates, and the first
// picture of an HTML body. Like the article adapters, they take any value and never throw.
import { date } from '../article/adapters/shared.js';
import { decodeEntities } from '../article/html-text.js';
import type { Problem } from '../article/types.js';

/**
 * `link` resolved against `base` (the feed's URL, or an `xml:base`), or as it is when there is no usable
 * base. The URL policy still checks the result: resolving never makes a `javascript:` link acceptable.
 */
export function resolve(link: string | undefined, base: string | undefined): string | undefined {
  const value = link?.trim();
  if (!value || !base) return value || undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** `base` with an `xml:base` applied, when it is a URL; `base` itself otherwise. */
export const rebase = (base: string | undefined, xmlBase: string | undefined): string | undefined =>
  xmlBase ? (/^https?:/i.test(resolve(xmlBase, base) ?? '') ? resolve(xmlBase, base) : base) : base;

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
// RFC 822 zones by name; a military letter or an unknown name leaves the time with no zone.
const ZONES: Record<string, string> = {
  gmt: 'Z', ut: 'Z', utc: 'Z', z: 'Z',
  est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const RFC822 = /^(?:[a-z]{2,9},?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4}|\d\d)\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([a-z]{1,5}|[+-]\d\d:?\d\d)?$/i;
const pad = (n: string) => n.padStart(2, '0');

/**
 * A feed date as the article model reads it: an RFC 822 date (RSS `pubDate`: `Mon, 27 Dec 2021
 * 10:00:00 GMT`, `+0300`, `EST`) becomes ISO 8601 with its offset; a two-digit year is 19xx from 50 on
 * and 20xx below, as RFC 2822 says. Anything else (ISO 8601 from Atom, JSON Feed and `dc:date`) is
 * passed on as it is: the normalizer checks it, and reports what it cannot read. A time with no zone
 * (or a zone RFC 822 does not name) keeps only its date, with a problem at `path`.
 */
export function feedDate(value: string | undefined, path: string, problems: Problem[]): unknown {
  const text = value?.trim();
  const m = text && text.length < 64 ? RFC822.exec(text) : null;
  const month = m ? MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (!m || !month) return date(text || undefined, path, problems);
  const [, day, , year, hour, minute, second = '00', zone = ''] = m;
  const fullYear = year.length === 2 ? `${+year < 50 ? 20 : 19}${year}` : year;
  const offset = /^[+-]/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : (ZONES[zone.toLowerCase()] ?? '');
  return date(`${fullYear}-${pad(`${month}`)}-${pad(day)}T${pad(hour)}:${minute}:${second}${offset}`, path, problems);
}

/** Most `<img>` tags looked at in one HTML body. */
const MAX_IMG_TAGS = 50;

/**
 * The first `<img>` of an HTML body (RSS `content:encoded`, JSON Feed `content_html`) with a `src`:
 * its URL (references decoded) and `alt`. Linear in the length of the HTML: tags are found with
 * `indexOf`, and a tag that never closes ends the search.
 */
export function firstImage(html: string | undefined): { url: string; alt?: string } | undefined {
  if (!html) return undefined;
  const lower = html.toLowerCase();
  let at = 0;
  for (let n = 0; n < MAX_IMG_TAGS; n++) {
    const start = lower.indexOf('<img', at);
    if (start < 0) return undefined;
    const end = lower.indexOf('>', start);
    if (end < 0) return undefined;
    const tag = html.slice(start, end);
    at = end;
    if (!/^<img[\s/]/i.test(tag)) continue;
    const attr = (name: string) => {
      const m = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(tag);
      return m ? decodeEntities(m[1] ?? m[2] ?? m[3]).trim() : undefined;
    };
    const url = attr('src');
    if (url) return { url, alt: attr('alt') };
  }
  return undefined;
}
