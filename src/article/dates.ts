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
 * Every field is range-checked, so an impossible date such as 2024-02-30, 2023-02-29, month 13 or
 * hour 25 is rejected rather than rolled over to another day the way `Date` would.
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

// A date, optionally with a time. The zone is optional here so that a missing one gets its own problem.
/** The problem of a date-time with no offset (`Z`, `+03:00`). */
export const NO_ZONE = 'Date-time has no time zone';

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?([Zz]|([+-])(\d\d):?(\d\d))?)?$/;

/** Checks one date value. Never throws. */
export function checkDate(value: unknown): DateCheck {
  try {
    // A Date (from any realm) is read as its UTC instant; an invalid one throws here.
    const iso = Object.prototype.toString.call(value) == '[object Date]' ? Date.prototype.toISOString.call(value) : value;
    if (typeof iso != 'string') return { problem: `Expected an ISO 8601 date string, got ${typeName(value)}` };
    const m = iso.length < 99 && ISO.exec(iso.trim());
    if (!m) return { problem: 'Not an ISO 8601 date' };
    const [, year, month, day, hour, minute, second = '00', fraction = '', zone, sign, offsetHours, offsetMinutes] = m;
    // Days in the month: day 0 of the next month, in a year of the same 400-year leap cycle.
    const days = new Date(Date.UTC(2000 + (+year % 400), +month, 0)).getUTCDate();
    if (
      !+year ||
      !+month ||
      +month > 12 ||
      !+day ||
      +day > days ||
      +hour > 23 ||
      +minute > 59 ||
      +second > 59 ||
      +offsetHours > 23 ||
      +offsetMinutes > 59
    ) {
      return { problem: 'Date does not exist' };
    }
    const date = `${year}-${month}-${day}`;
    if (!hour) return { date };
    if (!zone) return { problem: NO_ZONE };
    const ms = fraction.slice(0, 3).replace(/0+$/, '');
    const offset = sign && +offsetHours + +offsetMinutes ? `${sign}${offsetHours}:${offsetMinutes}` : 'Z';
    return { date: `${date}T${hour}:${minute}:${second}${ms && `.${ms}`}${offset}` };
  } catch {
    return { problem: 'Date does not exist' };
  }
}

/** True for a canonical date with no time (`YYYY-MM-DD`). */
export function isDateOnly(iso: string): boolean {
  return /^\d{4}-\d\d-\d\d$/.test(iso);
}

/**
 * The instant a canonical date names, for formatting and comparing. A date with no time is taken as
 * midnight UTC; format it with `timeZone: 'UTC'` so it shows the same calendar day everywhere.
 * Returns an invalid `Date` (NaN time) for a string that is not a valid date.
 */
export function toDate(iso: string): Date {
  return new Date(checkDate(iso).date ?? NaN);
}
