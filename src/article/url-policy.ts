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
 *   served from bare addresses, and these spellings are a classic way around host filters;
 * - URLs with user names or passwords (`https://example.com@evil.test/` reads as one host and goes
 *   to another);
 * - hosts that are not DNS names once parsed (spaces, `%`, other odd characters);
 * - URLs with control characters, and URLs longer than `MAX_URL_LENGTH`.
 *
 * How a URL is checked: like the URL parser in browsers, leading and trailing C0 controls and spaces
 * are stripped and tabs, line feeds and carriage returns are removed everywhere. The scheme is then
 * read case-insensitively from that string and, separately, from a copy in which HTML character
 * references (`&colon;`, `&#106;`, `&#x09;`, even double-encoded `&amp;#106;`) and `%XX` escapes are
 * decoded and every whitespace or invisible character is removed. If either reading names a scheme
 * outside the policy, the URL is rejected. Absolute URLs are then parsed with the platform's URL
 * parser to check the host; relative URLs are resolved against a placeholder base and must stay on
 * it. The returned string is the cleaned URL (not the decoded copy): it is what the browser would
 * have parsed, minus the ignored characters, and is safe to bind to `href`, `src` or `srcset`.
 */
import { MAX_IMAGE_DIMENSION, MAX_URL_LENGTH } from './limits.js';
import { typeName } from './type-name.js';

export interface UrlPolicyOptions {
  /** Also accept `mailto:` URLs (author links). Default `false`. */
  allowMailto?: boolean;
}

/** The result of {@link checkUrl}: either the cleaned `url` or the `problem` that rejected it. */
export interface UrlCheck {
  url?: string;
  problem?: string;
}

/** One `srcset` candidate: a URL and its intrinsic width (the `w` descriptor). */
export interface SrcsetCandidate {
  url: string;
  width: number;
}

const RELATIVE_BASE_HOST = 'relative.invalid';
const RELATIVE_BASE = `https://${RELATIVE_BASE_HOST}/base/path`;

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Control characters are exactly what these patterns are for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const TAB_OR_NEWLINE = /[\t\n\r]/g;
// Whitespace, controls and characters that render as nothing (including the combining U+034F and U+17B4,
// listed one by one): removed from the decoded copy before its scheme is read.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\s\u0000-\u001F\u007F-\u00A0\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// A DNS name as the URL parser leaves it: ASCII (IDNs become xn--), labels of letters, digits, - and _.
const HOST_NAME = /^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/i;

// The named character references that can spell out a scheme or hide its separator, plus `&amp;` for
// double encoding. Any other name is left as it is: it cannot form a scheme character.
const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  period: '.',
  plus: '+',
  hyphen: '-',
  dash: '-',
  num: '#',
  quest: '?',
  percnt: '%',
  semi: ';',
  lpar: '(',
  rpar: ')',
  comma: ',',
  zwj: '\u200D',
  zwnj: '\u200C',
};

const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      return NAMED_ENTITIES[name.toLowerCase()] ?? match;
    }
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

function decodePercent(text: string): string {
  // ASCII escapes only: they are the ones that could spell a scheme, and they never throw.
  return text.includes('%')
    ? text.replace(/%([0-7][0-9a-fA-F])/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/**
 * The copy of a URL used only to read its scheme: references and escapes decoded (repeatedly, for
 * double encoding), invisible characters removed, backslashes read as slashes.
 */
function schemeProbe(cleaned: string): string {
  let probe = cleaned;
  for (let i = 0; i < 4; i++) {
    const next = decodePercent(decodeEntities(probe));
    if (next === probe) break;
    probe = next;
  }
  return probe.replace(INVISIBLE, '').replace(/\\/g, '/');
}

function isC0OrSpace(code: number): boolean {
  return code <= 0x20;
}

/** Strips what the URL parser ignores: leading/trailing C0 controls and spaces, tabs and newlines anywhere. */
function stripIgnored(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isC0OrSpace(value.charCodeAt(start))) start++;
  while (end > start && isC0OrSpace(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end).replace(TAB_OR_NEWLINE, '');
}

/** The platform's parse of a URL, or `undefined` when it does not parse. */
function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

function checkHttp(cleaned: string): UrlCheck {
  const parsed = parse(cleaned);
  if (!parsed) return { problem: 'Not a valid URL' };
  if (parsed.username !== '' || parsed.password !== '') {
    return { problem: 'URLs with a user name or password are not allowed' };
  }
  const host = parsed.hostname;
  if (host === '') return { problem: 'URL has no host' };
  if (host.startsWith('[') || IPV4.test(host)) {
    return { problem: 'URLs with an IP address as host are not allowed' };
  }
  // Parsers differ on odd hosts (Chromium keeps `exa mple.com` as `exa%20mple.com`): only DNS names pass.
  if (!HOST_NAME.test(host)) return { problem: 'URL host is not a valid name' };
  return { url: cleaned };
}

function checkRelative(cleaned: string): UrlCheck {
  const resolved = parse(cleaned, RELATIVE_BASE);
  if (!resolved) return { problem: 'Not a valid URL' };
  if (resolved.protocol !== 'https:' || resolved.host !== RELATIVE_BASE_HOST) {
    return { problem: 'Protocol-relative URLs (//host) are not allowed' };
  }
  return { url: cleaned };
}

/**
 * Checks one URL against the policy. Never throws.
 * @returns `{ url }` with the cleaned URL, safe to bind to `href`/`src`, or `{ problem }` saying why it was rejected.
 */
export function checkUrl(value: unknown, opts: UrlPolicyOptions = {}): UrlCheck {
  try {
    if (typeof value !== 'string') return { problem: `Expected a URL string, got ${typeName(value)}` };
    // Far too long even before stripping: no need to clean it, it is rejected as too long below.
    const cleaned = value.length > 4 * MAX_URL_LENGTH ? value : stripIgnored(value);
    if (cleaned === '') return { problem: 'Empty URL' };
    if (cleaned.length > MAX_URL_LENGTH) return { problem: `URL is longer than ${MAX_URL_LENGTH} characters` };
    if (CONTROL.test(cleaned)) return { problem: 'URL contains control characters' };

    // A scheme outside the policy, in the decoded probe first, then in the URL as the browser reads it.
    const forbidden = (url: string): string | undefined => {
      const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
      const allowed = scheme === 'http' || scheme === 'https' || (scheme === 'mailto' && opts?.allowMailto === true);
      return scheme === undefined || allowed ? undefined : `The "${scheme}:" scheme is not allowed`;
    };
    const probe = schemeProbe(cleaned);
    const rejected = forbidden(probe) ?? forbidden(cleaned);
    if (rejected !== undefined) return { problem: rejected };
    const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
    if (scheme === undefined && probe.startsWith('//')) {
      return { problem: 'Protocol-relative URLs (//host) are not allowed' };
    }

    if (scheme === 'http' || scheme === 'https') return checkHttp(cleaned);
    if (scheme === 'mailto') {
      return cleaned.length > 'mailto:'.length ? { url: cleaned } : { problem: 'Empty mailto: address' };
    }
    return checkRelative(cleaned);
  } catch {
    return { problem: 'URL could not be checked' };
  }
}

/** The cleaned URL when it passes the policy, else `undefined`. */
export function safeUrl(value: unknown, opts: UrlPolicyOptions = {}): string | undefined {
  return checkUrl(value, opts).url;
}

/**
 * Checks a URL meant for a `srcset` candidate: the URL policy (no `mailto:`), plus no spaces and no
 * leading or trailing commas, which would split it into extra candidates or descriptors.
 */
export function checkSrcsetUrl(value: unknown): UrlCheck {
  const result = checkUrl(value);
  if (result.url === undefined) return result;
  if (result.url.includes(' ')) return { problem: 'A srcset URL cannot contain spaces' };
  if (result.url.startsWith(',') || result.url.endsWith(',')) {
    return { problem: 'A srcset URL cannot start or end with a comma' };
  }
  return result;
}

/** True when `width` is an integer width descriptor from 1 to `MAX_IMAGE_DIMENSION`. */
export function isValidWidth(width: unknown): width is number {
  return typeof width === 'number' && Number.isInteger(width) && width >= 1 && width <= MAX_IMAGE_DIMENSION;
}

/**
 * Builds a `srcset` value (`url 480w, url 960w`). Each candidate is checked on its own; when any one
 * fails (URL outside the policy, bad width, repeated width), the whole `srcset` is dropped and
 * `undefined` is returned, so the image falls back to its `src`.
 */
export function safeSrcset(candidates: unknown): string | undefined {
  try {
    if (!Array.isArray(candidates) || candidates.length === 0) return undefined;
    const parts: string[] = [];
    const widths = new Set<number>();
    for (const candidate of candidates as unknown[]) {
      if (typeof candidate !== 'object' || candidate === null) return undefined;
      const { url, width } = candidate as { url?: unknown; width?: unknown };
      const checked = checkSrcsetUrl(url);
      if (checked.url === undefined || !isValidWidth(width) || widths.has(width)) return undefined;
      widths.add(width);
      parts.push(`${checked.url} ${width}w`);
    }
    return parts.join(', ');
  } catch {
    return undefined;
  }
}

const SRCSET_SPACE = /[\t\n\f\r ]/;

/**
 * Parses a `srcset` string that uses `w` descriptors into candidates, following the HTML parsing
 * rules for URLs and descriptors. Returns `undefined` when any candidate has no single `w`
 * descriptor or fails {@link checkSrcsetUrl}: like {@link safeSrcset}, one bad candidate drops all.
 */
export function parseSrcsetString(value: unknown): SrcsetCandidate[] | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates: SrcsetCandidate[] = [];
  const input = value;
  let pos = 0;
  const length = input.length;
  while (pos < length) {
    while (pos < length && (SRCSET_SPACE.test(input[pos]) || input[pos] === ',')) pos++;
    if (pos >= length) break;
    const urlStart = pos;
    while (pos < length && !SRCSET_SPACE.test(input[pos])) pos++;
    let url = input.slice(urlStart, pos);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors run to the next comma outside parentheses.
      let current = '';
      let inParens = false;
      while (pos < length) {
        const ch = input[pos];
        pos++;
        if (!inParens && ch === ',') break;
        if (!inParens && SRCSET_SPACE.test(ch)) {
          if (current) descriptors.push(current);
          current = '';
          continue;
        }
        if (ch === '(') inParens = true;
        if (ch === ')') inParens = false;
        current += ch;
      }
      if (current) descriptors.push(current);
    }
    if (descriptors.length !== 1 || !/^[1-9]\d*w$/.test(descriptors[0])) return undefined;
    const width = Number(descriptors[0].slice(0, -1));
    const checked = checkSrcsetUrl(url);
    if (checked.url === undefined || !isValidWidth(width)) return undefined;
    candidates.push({ url: checked.url, width });
  }
  return candidates.length > 0 ? candidates : undefined;
}
