/**
 * The cleaning rules of extraction: what pages get wrong in their dates, bylines and titles, put right
 * by general rules (no rule knows a site).
 *
 * Dates: pages write ISO 8601, RFC 2822 (`Fri, 09 Dec 2016 09:13:00 GMT`), prose (`December 9, 2016
 * 9:13 AM EST`, `9 Dec 2016`), compact (`20161209`), epoch seconds or milliseconds, `2016年12月9日`, or
 * numbers with the year last (`19.07.2022`, `9/21/2016`).
 * All become ISO 8601 here, without `Date.parse`, whose reading of anything but ISO differs between
 * engines. A date-time with no zone stays without one, and the canonical check keeps its calendar date
 * only (with a problem): the day the page shows is right, the hour would not be.
 *
 * Names: "By " prefixes go; "A, B and C" is split into people; e-mail addresses, Twitter handles, URLs
 * and the site's own name are not people and are dropped.
 *
 * Titles: a site name written before or after the headline (" | Site", " - Site", "Site: …") is removed
 * when it is the site's name (as the page states it, or its host name), or a short tail after a long
 * headline.
 */

import { LINE } from './facts.js';

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
// US zone abbreviations that pages print after times; anything else unknown means "no zone".
const ZONES: Record<string, string> = {
  z: 'Z', utc: 'Z', gmt: 'Z', ut: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', jst: '+09:00', ist: '+05:30', aest: '+10:00',
};
const pad = (n: number | string) => `${n}`.padStart(2, '0');

const ISO_LIKE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(z|[+-]\d\d(?::?\d\d)?|utc|gmt)?)?(?:\s|$)/i;

/** A date written any common way, as ISO 8601 (with no zone when the page gives none); `undefined` when unreadable. */
export function readDate(raw: string | undefined): string | undefined {
  const value = raw?.trim().slice(0, 100);
  if (!value) return undefined;
  let m = ISO_LIKE.exec(value);
  if (m) {
    const [, y, mo, d, h, mi, s = '00', frac, zone] = m;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (!h) return day;
    return `${day}T${pad(h)}:${mi}:${s}${frac ? `.${frac.slice(0, 3)}` : ''}${zoneOf(zone)}`;
  }
  if ((m = /^(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)?(z)?)?$/i.exec(value))) {
    const [, y, mo, d, h, mi, s = '00', z] = m;
    return `${y}-${mo}-${d}${h ? `T${h}:${mi}:${s}${z ? 'Z' : ''}` : ''}`;
  }
  if ((m = /^(\d{10}|\d{13})$/.exec(value))) {
    const ms = +value * (value.length == 10 ? 1000 : 1);
    // Only the years news pages come from: other digit strings are not dates.
    return ms > 6e11 && ms < 4.2e12 ? new Date(ms).toISOString() : undefined;
  }
  if ((m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\D*?(\d{1,2})[:時](\d\d))?/.exec(value))) {
    const [, y, mo, d, h, mi] = m;
    return `${y}-${pad(mo)}-${pad(d)}${h ? `T${pad(h)}:${mi}:00` : ''}`;
  }
  // A date inside other words: "Posted 2019/03/05", "Updated: Dec 15, 2016 2:57 PM UTC", "19.07.2022".
  return proseDate(value) ?? numericDate(value);
}

/**
 * A numeric date inside other words, the year first (`2019/03/05`) or last: then day first when written
 * with dots (`19.07.2022`, as everywhere dots are used) or when the first number cannot be a month
 * (`21/09/2016`), month first otherwise (`9/21/2016`, `12-15-2016`), as US pages write it.
 */
function numericDate(value: string): string | undefined {
  const m = /(?:^|\D)(?:((?:19|20)\d\d)[./-](\d{1,2})[./-](\d{1,2})|(\d{1,2})([./-])(\d{1,2})\5((?:19|20)\d\d))(?!\d)/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, a, sep, b, year] = m;
  const [month, day] = y ? [mo, d] : sep == '.' || +a > 12 ? [b, a] : [a, b];
  return `${y ?? year}-${pad(month)}-${pad(day)}`;
}

function zoneOf(zone: string | undefined): string {
  if (!zone) return '';
  const known = ZONES[zone.toLowerCase()];
  if (known) return known;
  const m = /^([+-])(\d\d):?(\d\d)?$/.exec(zone) as RegExpExecArray;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

/** `December 9, 2016 9:13 AM EST`, `Fri, 09 Dec 2016 09:13:00 +0000`, `9. Dezember 2016` (English months only). */
function proseDate(value: string): string | undefined {
  const tokens = value.toLowerCase().match(/[a-z]+|\d+(?::\d\d){1,2}|\d+|[+-]\d{4}/g) ?? [];
  let year, month, day, time: string | undefined, pm: boolean | undefined, zone: string | undefined;
  for (const token of tokens) {
    const month3 = MONTHS.indexOf(token.slice(0, 3));
    if (/^[a-z]+$/.test(token)) {
      if (month === undefined && month3 >= 0 && token.length >= 3) month = month3 + 1;
      else if (token == 'am' || token == 'pm') pm = token == 'pm';
      else if (time && ZONES[token]) zone ??= ZONES[token];
    } else if (token.includes(':')) time ??= token;
    else if (/^[+-]\d{4}$/.test(token)) zone ??= zoneOf(token);
    else if (token.length == 4) year ??= +token;
    else if (token.length <= 2 && day === undefined && +token >= 1 && +token <= 31) day = +token;
  }
  if (!year || !month || !day) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [h, mi, s = '00'] = time.split(':');
  const hour = pm === undefined ? +h : (+h % 12) + (pm ? 12 : 0);
  return hour < 24 ? `${date}T${pad(hour)}:${mi}:${s}${zone ?? ''}` : date;
}

/** The date in a URL path (`/2016/12/09/`, `/2016-12-09-`), the last resort for a page's date. */
export function dateInUrl(url: string | undefined): string | undefined {
  const m = url && /[/_-](20\d\d|19\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url.replace(/[?#].*/, ''));
  return m ? `${m[1]}-${pad(m[2])}-${pad(m[3])}` : undefined;
}

const normal = (value: string) =>
  value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** True when `value` names the site: one of its stated names, or its host name without `www.` and the domain ending. */
export function isSiteName(value: string, sites: readonly string[]): boolean {
  const v = normal(value);
  return !!v && sites.some((site) => {
    const s = normal(site.replace(/^(https?:\/\/)?(www\d?\.)?/i, '').replace(/\.(com|org|net|news|[a-z]{2})(\.[a-z]{2})?\/?$/i, ''));
    return !!s && (v == s || (s.length > 3 && v.startsWith(s) && v.length - s.length <= 4) || (v.length > 3 && s.startsWith(v) && s.length - v.length <= 4));
  });
}

const SEPARATOR = /\s+[|\-–—·•»«:/]{1,2}\s+|\s+[|]\s*|\s*[|]\s+/;

/**
 * A title without the site's name before or after it. With `shortTail` (a `<title>`), a short last part
 * after a much longer headline goes too: that is where pages put their name.
 */
export function cleanTitle(title: string, sites: readonly string[], shortTail: boolean): string {
  const parts = title.split(SEPARATOR).filter(Boolean);
  if (parts.length < 2) {
    // "Site: Headline"
    const colon = /^([^:]{2,40}):\s+(.{10,})$/.exec(title);
    return colon && isSiteName(colon[1], sites) ? colon[2] : title;
  }
  const before = parts.length;
  for (let i = 0; i < 2 && parts.length > 1; i++) {
    if (isSiteName(parts[parts.length - 1], sites)) parts.pop();
    else if (isSiteName(parts[0], sites)) parts.shift();
  }
  const words = (s: string) => s.split(/\s+/).length;
  if (shortTail && parts.length == before && parts.length == 2 && words(parts[1]) <= 3 && words(parts[0]) >= 2 * words(parts[1]) + 2) parts.pop();
  // Rejoin what remains with the separators the title had between those parts.
  if (parts.length == before) return title;
  const start = title.indexOf(parts[0]);
  const last = parts[parts.length - 1];
  const end = title.lastIndexOf(last) + last.length;
  return title.slice(start, end).trim();
}

const PREFIX_ONLY = /^\s*(by|von|par|por|door|di)[\s:]*$/i;
const PREFIX = /^\s*((written|posted|reported|story|text|words|photos?)\s+)?(by|von|par|por|door|di)\b[\s:]*/i;
const NAME_SPLIT = /\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|、|・\s(?=\S))\s*/i;
const EMAIL = /\S+@\S+\.\w+/;
const URLISH = /^([a-z][\w+.-]*:|\/|www\.)/i;

/**
 * The people a byline names: prefixes such as "By " removed, lists split, and what is not a person's
 * name (e-mail addresses, handles, URLs, the site's name, long sentences) dropped. A byline of several
 * lines (blocks) names its people in the first line that names any: the others hold the date, the
 * outlet, a role.
 */
export function namesOf(byline: string, sites: readonly string[]): string[] {
  const line = byline.split(LINE).find((part) => part.trim() && !PREFIX_ONLY.test(part));
  return line ? lineNames(line, sites) : [];
}

function lineNames(line: string, sites: readonly string[]): string[] {
  const text = line
    .replace(/\s+/g, ' ')
    .replace(PREFIX, '')
    // A byline often goes on with a date, an outlet or a role after a separator, or a date right after the name.
    .split(/\s+[|•·—–/]\s+|\s+-\s+|\s(?:updated|published|posted|on)\s(?=\S*\s*\d)|(?=(?:19|20)\d\d[-/.年])/i)[0]
    .replace(/\(?\s*\S+@\S+\.\w+\s*\)?/g, (m) => (EMAIL.test(m) ? ' ' : m))
    .trim();
  if (!text || URLISH.test(text)) return [];
  return text
    .split(NAME_SPLIT)
    .map((name) => name.replace(PREFIX, '').replace(/^[\s"'“]+|[\s"'”.]+$/g, ''))
    .filter((name) => name && name.length <= 60 && name.split(' ').length <= 6 && !/^@\w+$/.test(name) && !URLISH.test(name) && !/\d/.test(name) && !isSiteName(name, sites));
}
