/**
 * The URL policy: the one place that decides whether a URL from article data may reach an
 * `href`, `src` or `srcset`. The normalizer applies it to every URL field, and elements pass any
 * URL they take through their own attributes through the same functions. Lit does not check
 * attribute values, so this module is what keeps `javascript:` out of the page.
 *
 * Allowed:
 * - `http:` and `https:` URLs with a named host;
 * - relative URLs: a path (`/a`, `a/b`, `./a`, `../a`), a query (`?q`) or a fragment (`#f`);
 * - `mailto:` URLs, only where the caller asks for them (author links).
 *
 * Rejected, each with a problem message:
 * - every other scheme (`javascript:`, `vbscript:`, `data:`, `file:`, `blob:`, `about:`, `ftp:`, …);
 * - protocol-relative URLs (`//host/x`, and the `\\host`, `/\host` spellings browsers read the same
 *   way): they take their scheme from whatever page embeds the card and point at another host, so
 *   they are never what a relative link in article data means;
 * - hosts written as IP addresses (`http://127.0.0.1/`, `http://[::1]/`, and the shorthand forms
 *   such as `http://2130706433/` or `http://0x7f.1/` that browsers read as IPv4): news content is not
 *   served from bare addresses, and these spellings are a classic way around host filters. The one
 *   exception is `allowLoopback`, which the `src` fetch sets on a page that is itself served from a
 *   loopback host (development): then `127.0.0.0/8` and `[::1]` pass (docs/decisions/ on loopback);
 * - URLs with user names or passwords (`https://example.com@evil.test/` reads as one host and goes
 *   to another);
 * - hosts that are not DNS names once parsed (spaces, `%`, other odd characters);
 * - URLs with control characters, and URLs longer than `MAX_URL_LENGTH`.
 *
 * How a URL is checked: like the URL parser in browsers, leading and trailing C0 controls and spaces
 * are stripped and tabs, line feeds and carriage returns are removed everywhere. The scheme is then
 * read case-insensitively from that string and, separately, from a copy in which HTML character
 * references (`&colon;`, `&#106;`, `&#x09;`, `&Tab;`, even double-encoded `&amp;#106;`, with or without
 * their `;`) and `%XX` escapes are decoded (four rounds) and every whitespace or invisible character is
 * removed. If either reading names a scheme outside the policy, the URL is rejected. Absolute URLs are
 * then parsed with the platform's URL parser to check the host; relative URLs are resolved against a
 * placeholder base and must stay on it. The returned string is the cleaned URL (not the decoded copy):
 * it is what the browser would have parsed, minus the ignored characters, and is safe to bind to
 * `href`, `src` or `srcset`.
 */
import { decodeEntities } from './html-text.js';
import { MAX_URL_LENGTH } from './limits.js';
import { INVISIBLE, trimBy } from './text.js';
import { expected, fail, messageOf } from './type-name.js';

export interface UrlPolicyOptions {
  /** Also accept `mailto:` URLs (author links). Default `false`. */
  allowMailto?: boolean;
  /**
   * Also accept loopback addresses as hosts (`127.0.0.0/8`, `[::1]`, in any spelling the URL parser
   * reads as one of them). Only for a `src` on a page that is itself on a loopback host. Default `false`.
   */
  allowLoopback?: boolean;
}

/** The result of {@link checkUrl}: either the cleaned `url` or the `problem` that rejected it. */
export interface UrlCheck {
  url?: string;
  problem?: string;
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;
const C0_OR_SPACE = /[\0- ]/;
// Removed from the decoded copy before its scheme is read: invisible characters and every control.
const HIDDEN = new RegExp(`[${INVISIBLE}\0-\x1f\x7f-\xa0]`, 'g');
// A DNS name as the URL parser leaves it: ASCII (IDNs become xn--), labels of letters, digits, - and _.
const HOST_NAME = /^[\w-]+(\.[\w-]+)*\.?$/;
const RELATIVE_BASE = 'https://relative.invalid';
const INVALID = 'Not a valid URL';

const schemeOf = (text: string) => SCHEME.exec(text)?.[1].toLowerCase();

/**
 * A loopback host as the URL parser writes it (`localhost`, a name under `.localhost`, `127.x.x.x`,
 * `[::1]`), or as `location.hostname` gives it.
 */
export const isLoopbackHost = (hostname: string): boolean =>
  /^(localhost|[\w.-]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\])\.?$/i.test(hostname);

/**
 * The URL policy itself: returns the cleaned URL, safe to bind to `href`/`src`, or throws the problem
 * (a string) that rejects it.
 */
export function urlOf(value: unknown, allowMailto?: boolean, allowLoopback?: boolean): string {
  if (typeof value != 'string') expected('a URL string', value);
  // Far too long even before stripping: no need to clean it, it is rejected as too long below.
  const url = value.length > 4 * MAX_URL_LENGTH ? value : trimBy(value, C0_OR_SPACE).replace(/[\t\n\r]/g, '');
  if (!url) fail(INVALID);
  if (url.length > MAX_URL_LENGTH) fail(`Longer than ${MAX_URL_LENGTH} characters`);

  // The copy used only to read the scheme: references and escapes decoded (repeatedly, for double
  // encoding; ASCII escapes only, the ones that could spell a scheme), hidden characters removed,
  // backslashes read as slashes.
  let probe = url;
  for (let i = 0; i < 4; i++) {
    probe = decodeEntities(probe, true).replace(/%([0-7][\da-f])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  probe = probe.replace(HIDDEN, '').replace(/\\/g, '/');

  // A scheme outside the policy, in the decoded probe first, then in the URL as the browser reads it.
  const scheme = schemeOf(url);
  for (const found of [schemeOf(probe), scheme]) {
    if (found && !/^https?$/.test(found) && !(found == 'mailto' && allowMailto)) fail(`The "${found}:" scheme is not allowed`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\0-\x1f\x7f]/.test(url)) fail(INVALID);
  if (scheme == 'mailto' && url.length > 7) return url;
  let parsed: URL;
  try {
    parsed = new URL(url, scheme ? undefined : RELATIVE_BASE);
  } catch {
    fail(INVALID);
  }
  if (!scheme) {
    // Relative: it must stay on the placeholder base.
    return probe.startsWith('//') || parsed.origin != RELATIVE_BASE ? fail('Protocol-relative URLs are not allowed') : url;
  }
  const { hostname } = parsed;
  if (parsed.username || parsed.password) fail('Credentials are not allowed');
  // The parser has already turned every IPv4 shorthand (2130706433, 0x7f.1) into dotted digits.
  const loopback = allowLoopback && isLoopbackHost(hostname);
  if (/^\[|^[\d.]+$/.test(hostname) && !loopback) fail('IP address hosts are not allowed');
  // Parsers differ on odd hosts (Chromium keeps `exa mple.com` as `exa%20mple.com`), and an empty
  // `mailto:` has none: only DNS names pass (and loopback addresses, when allowed).
  return HOST_NAME.test(hostname) || loopback ? url : fail(INVALID);
}

/**
 * Checks one URL against the policy. Never throws.
 * @returns `{ url }` with the cleaned URL, safe to bind to `href`/`src`, or `{ problem }` saying why it was rejected.
 */
export function checkUrl(value: unknown, opts?: UrlPolicyOptions): UrlCheck {
  try {
    return { url: urlOf(value, opts?.allowMailto, opts?.allowLoopback) };
  } catch (thrown) {
    return { problem: messageOf(thrown) };
  }
}

/**
 * A URL meant for a `srcset` candidate: the URL policy (no `mailto:`), plus no spaces and no leading
 * or trailing commas, which would split it into extra candidates or descriptors. Throws like `urlOf`.
 */
export function srcsetUrlOf(value: unknown): string {
  const url = urlOf(value);
  return /\s|^,|,$/.test(url) ? fail('No spaces or edge commas in a srcset URL') : url;
}

/** {@link srcsetUrlOf} as `{ url }` or `{ problem }`. Never throws. */
export function checkSrcsetUrl(value: unknown): UrlCheck {
  try {
    return { url: srcsetUrlOf(value) };
  } catch (thrown) {
    return { problem: messageOf(thrown) };
  }
}
