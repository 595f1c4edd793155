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
import { expected, fail, messageOf } from './type-name.js';

/** The result of {@link checkDate}: the canonical `date` or the `problem` that rejected the value. */
export interface DateCheck {
  date?: string;
  problem?: string;
}

/** The problem of a date-time with no offset (`Z`, `+03:00`). */
export const NO_ZONE = 'Date-time has no time zone';

// A date, optionally with a time, each field within its range (the day is checked against its month
// below). The zone is optional here so that a missing one gets its own problem.
const H = '([01]\\d|2[0-3])';
const M = '([0-5]\\d)';
const ISO = new RegExp(
  `^(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?:[Tt ]${H}:${M}(?::${M}(?:[.,](\\d{1,9}))?)?([Zz]|([+-])${H}:?${M})?)?$`,
);

/** The canonical form of one date value, or throws the problem that rejects it. */
export function dateOf(value: unknown): string {
  let iso = value;
  // A valid Date (from any realm) is read as its UTC instant; any other object throws here, and is
  // reported below. (Strings never get here: an exception on every date would be slow.)
  if (typeof value == 'object') {
    try {
      iso = Date.prototype.toISOString.call(value);
    } catch {
      // Not a Date, or an invalid one.
    }
  }
  if (typeof iso != 'string') expected('an ISO 8601 date string', value);
  const m = iso.length < 99 && ISO.exec(iso.trim());
  // Day 0 of the next month is the last day of this one, in a year of the same 400-year leap cycle.
  if (!m || !+m[1] || +m[3] > new Date(Date.UTC(2000 + (+m[1] % 400), +m[2], 0)).getUTCDate()) fail('Not a valid ISO 8601 date');
  const [, year, month, day, hour, minute, second = '00', fraction = '', zone, sign, offsetHours, offsetMinutes] = m;
  const date = `${year}-${month}-${day}`;
  if (!hour) return date;
  if (!zone) fail(NO_ZONE);
  const ms = fraction.slice(0, 3).replace(/0+$/, '');
  const offset = sign && +offsetHours + +offsetMinutes ? `${sign}${offsetHours}:${offsetMinutes}` : 'Z';
  return `${date}T${hour}:${minute}:${second}${ms && `.${ms}`}${offset}`;
}

/** Checks one date value. Never throws. */
export function checkDate(value: unknown): DateCheck {
  try {
    return { date: dateOf(value) };
  } catch (thrown) {
    return { problem: messageOf(thrown) };
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
  // Not `new Date(iso)` alone: it rolls impossible dates over (2024-02-30 is March 1st) and reads a
  // date-time with no offset as local time.
  try {
    return new Date(dateOf(iso));
  } catch {
    return new Date(NaN);
  }
}
