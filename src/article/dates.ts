/**
 * Dates of the article model (`datePublished`, `dateModified`, related stories' dates).
 *
 * Accepted input:
 * - a date `YYYY-MM-DD`, kept as a date with no time;
 * - a date-time `YYYY-MM-DDThh:mm[:ss[.fraction]]` with `Z` or a `±hh:mm` / `±hhmm` offset (a space
 *   or lower-case `t`/`z` is accepted too). A date-time with no offset is rejected: it names a
 *   different instant in every time zone, so the server and each reader would show different dates;
 * - a valid `Date` object (developers setting the `article` property), taken as its UTC instant.
 *
 * Numbers are rejected: an epoch count is ambiguous (seconds or milliseconds) and unreadable in JSON.
 *
 * Every field is range-checked by hand, so an impossible date such as 2024-02-30, 2023-02-29, month 13
 * or hour 25 is rejected rather than rolled over to another day the way `Date` would.
 *
 * Output is canonical and normalizing it again gives the same string: `YYYY-MM-DD`, or
 * `YYYY-MM-DDThh:mm:ss[.fff]` followed by `Z` or the original `±hh:mm` offset (kept, so the publisher's
 * local time survives; `+00:00` and `-00:00` become `Z`). Fractions keep at most milliseconds,
 * without trailing zeros.
 */

import { typeName } from './type-name.js';

/** The result of {@link checkDate}: the canonical `date` or the `problem` that rejected the value. */
export interface DateCheck {
  date?: string;
  problem?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date, optionally with a time. The zone is optional here so that a missing one gets its own problem.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function checkDay(year: number, month: number, day: number): string | undefined {
  if (year < 1) return 'Year 0000 is not a valid date';
  if (month < 1 || month > 12) return `Month ${pad(month)} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `${pad(year, 4)}-${pad(month)}-${pad(day)} does not exist`;
  return undefined;
}

function fromDateObject(value: Date): DateCheck {
  const time = Date.prototype.getTime.call(value);
  if (!Number.isFinite(time)) return { problem: 'Invalid Date object' };
  const year = value.getUTCFullYear();
  if (year < 1 || year > 9999) return { problem: 'Date is outside the years 0001–9999' };
  const iso = Date.prototype.toISOString.call(value); // YYYY-MM-DDTHH:mm:ss.sssZ
  return { date: iso.replace(/\.000Z$/, 'Z').replace(/(\.\d*?)0+Z$/, '$1Z') };
}

/** Checks one date value. Never throws. */
export function checkDate(value: unknown): DateCheck {
  try {
    if (Object.prototype.toString.call(value) === '[object Date]') return fromDateObject(value as Date);
    if (typeof value !== 'string') return { problem: `Expected an ISO 8601 date string, got ${typeName(value)}` };
    if (value.length > 100) return { problem: 'Not an ISO 8601 date' };
    const text = value.trim();
    if (text === '') return { problem: 'Empty date' };

    const m = DATE_TIME.exec(text);
    if (!m) return { problem: 'Not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)' };
    const [year, month, day, hour, minute] = m.slice(1, 6).map(Number);
    const dayProblem = checkDay(year, month, day);
    if (dayProblem) return { problem: dayProblem };
    const date = `${m[1]}-${m[2]}-${m[3]}`;
    // A date with no time is kept as a date.
    if (m[4] === undefined) return { date };

    const second = m[6] === undefined ? 0 : Number(m[6]);
    if (hour > 23 || minute > 59 || second > 59) {
      return { problem: `Time ${m[4]}:${m[5]}${m[6] === undefined ? '' : `:${m[6]}`} does not exist` };
    }
    let zone: string;
    if (m[8] !== undefined) {
      zone = 'Z';
    } else if (m[9] !== undefined) {
      const offsetHours = Number(m[10]);
      const offsetMinutes = Number(m[11]);
      if (offsetHours > 23 || offsetMinutes > 59) return { problem: `Offset ${m[9]}${m[10]}:${m[11]} does not exist` };
      zone = offsetHours === 0 && offsetMinutes === 0 ? 'Z' : `${m[9]}${m[10]}:${m[11]}`;
    } else {
      return { problem: 'Date-time has no time zone (add Z or an offset such as +03:00)' };
    }
    const fraction = (m[7] ?? '').slice(0, 3).replace(/0+$/, '');
    return {
      date: `${date}T${m[4]}:${m[5]}:${pad(second)}${fraction ? `.${fraction}` : ''}${zone}`,
    };
  } catch {
    return { problem: 'Date could not be read' };
  }
}

/** The canonical ISO 8601 form of a date value, or `undefined` when it is not a valid date. */
export function normalizeDate(value: unknown): string | undefined {
  return checkDate(value).date;
}

/** True for a canonical date with no time (`YYYY-MM-DD`). */
export function isDateOnly(iso: string): boolean {
  return DATE_ONLY.test(iso);
}

/**
 * The instant a canonical date names, for formatting and comparing. A date with no time is taken as
 * midnight UTC; format it with `timeZone: 'UTC'` so it shows the same calendar day everywhere.
 * Returns an invalid `Date` (NaN time) for a string that is not a valid date.
 */
export function toDate(iso: string): Date {
  const canonical = checkDate(iso).date;
  if (canonical === undefined) return new Date(NaN);
  const m = DATE_ONLY.exec(canonical);
  if (m) {
    const date = new Date(0);
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
    date.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return date;
  }
  return new Date(canonical);
}
