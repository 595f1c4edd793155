/**
 * Plain-text fields of the article model. Text is always rendered as text (never as markup), so
 * cleaning here is about what a reader can see and what a screen reader announces:
 *
 * - strings are kept; finite numbers become strings (`2021` → `"2021"`); every other type is rejected;
 * - `\r\n` and `\r` become `\n`; tabs and line feeds are kept (an element may show them with
 *   `white-space: pre-line`); every other C0 and C1 control character and DEL is removed;
 * - lone UTF-16 surrogates become U+FFFD, so the text is well formed;
 * - bidi controls are kept (right-to-left names and headlines need them, and elements isolate each
 *   value with `<bdi>`), but unpaired ones are removed: an embedding or override (LRE, RLE, LRO, RLO)
 *   with no PDF, an isolate (LRI, RLI, FSI) with no PDI, and a PDF or PDI that closes nothing. A PDF
 *   only closes an embedding opened inside the current isolate; a PDI closes its isolate and every
 *   embedding opened inside it. Text can then never reorder what follows it, wherever it is placed
 *   (attributes, server output);
 * - leading and trailing whitespace, zero-width spaces, word joiners, byte-order marks and soft
 *   hyphens are trimmed;
 * - a string left empty, or holding only whitespace and invisible characters (zero-width joiners,
 *   bidi marks, fillers), is rejected;
 * - a longer string than `maxLength` is cut at a character boundary and ends with "…"; that is
 *   reported as a problem while the text is kept.
 *
 * Every step is one linear pass, and a string longer than twice `maxLength` is first cut to that
 * window (after its leading whitespace), so a 1 MiB string costs no more than a short one. Control and
 * invisible characters count towards that window.
 */
import { MAX_TEXT_LENGTH } from './limits.js';
import { expected, fail, messageOf, report } from './type-name.js';
import type { Problem } from './types.js';

/** The result of {@link cleanText}: the cleaned `text`, a `problem` to report, or both when the text was cut. */
export interface TextResult {
  text?: string;
  problem?: string;
}

/**
 * Whitespace and the characters that render as nothing (including the combining U+034F and U+17B4,
 * listed one by one), as the body of a regular-expression class. The URL policy removes them too.
 * Written as regular-expression escapes (`\\u200b`), which the minifier leaves alone: ASCII escapes
 * compress better than the characters themselves.
 */
export const INVISIBLE = '\\s\\xad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0';
// One character that is neither whitespace nor invisible: the text has something to show. The class
// lists invisible combining characters (U+034F, U+17B4) on purpose, one by one.
// eslint-disable-next-line no-misleading-character-class
const VISIBLE = new RegExp(`[^${INVISIBLE}]`);
// What is trimmed from both ends: `\s` plus the soft hyphen, the Mongolian vowel separator, the
// zero-width space and the word joiner.
const EDGE = '\\s\\xad\\u180e\\u200b\\u2060';
const IS_EDGE = new RegExp(`[${EDGE}]`);
const LEADING_EDGE = new RegExp(`^[${EDGE}]+`);
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\0-\b\v\f\x0e-\x1f\x7f-\x9f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** `text` without the characters `edge` matches at either end. One pass; `edge` tests one character. */
export function trimBy(text: string, edge: RegExp): string {
  let start = 0;
  let end = text.length;
  while (start < end && edge.test(text[start])) start++;
  while (end > start && edge.test(text[end - 1])) end--;
  return text.slice(start, end);
}

const trim = (text: string): string => trimBy(text, IS_EDGE);

/** Removes bidi embeddings, overrides and isolates that are not closed, and closers that close nothing. */
function balanceBidi(text: string): string {
  const drop = new Set<number>();
  // Open embeddings/overrides and isolates, innermost last, as index * 2 + (1 for an isolate).
  const open: number[] = [];
  let isolates = 0;
  for (const { 0: char, index } of text.matchAll(BIDI)) {
    const at = index as number;
    if (char == '\u202c') {
      if (open[open.length - 1] % 2 == 0) open.pop();
      else drop.add(at);
    } else if (char == '\u2069') {
      if (isolates) {
        isolates--;
        while ((open.pop() as number) % 2 == 0);
      } else drop.add(at);
    } else {
      const isolate = +(char > '\u2065');
      isolates += isolate;
      open.push(at * 2 + isolate);
    }
  }
  for (const entry of open) drop.add(entry >> 1);
  return drop.size ? text.replace(BIDI, (char, at: number) => (drop.has(at) ? '' : char)) : text;
}

/**
 * Cleans one plain-text value found at `path`: returns the clean text, or throws the problem that
 * rejects it. A text longer than `max` is cut, and the cut reported in `problems`; with `whole` it is
 * rejected instead (an identifier cut short would be another identifier).
 */
export function clean(value: unknown, path: string, problems: Problem[], max = MAX_TEXT_LENGTH, whole?: boolean): string {
  const raw = typeof value == 'number' && isFinite(value) ? `${value}` : value;
  if (typeof raw != 'string') expected('a string', raw);
  // Only a window of twice the limit (after leading whitespace) is cleaned, so a 1 MiB string costs
  // no more than a short one.
  const window = max * 2 + 16;
  const rest = raw.replace(LEADING_EDGE, '');
  const text = trim(
    balanceBidi(
      rest
        .slice(0, window)
        .replace(/\r\n?/g, '\n')
        .replace(CONTROLS, '')
        .replace(LONE_SURROGATE, '\ufffd'),
    ),
  );
  if (!VISIBLE.test(text)) fail(text ? 'Only invisible characters' : 'Empty or whitespace-only string');
  if (rest.length <= window && text.length <= max) return text;
  const longer = `Longer than ${max} characters`;
  if (whole) fail(longer);
  let cut = Math.min(text.length, max - 1);
  if (/[\ud800-\udbff]/.test(text[cut - 1])) cut--;
  report(problems, path, `${longer}: cut`);
  return trim(balanceBidi(trim(text.slice(0, cut)) + '\u2026'));
}

/**
 * Cleans one plain-text value. Never throws.
 * @param maxLength longest kept text in UTF-16 code units (default `MAX_TEXT_LENGTH`).
 * @returns `{ text }` when usable; `{ problem }` when rejected; both when the text was cut to `maxLength`.
 */
export function cleanText(value: unknown, maxLength?: number): TextResult {
  const problems: Problem[] = [];
  try {
    const text = clean(value, '', problems, maxLength);
    return problems[0] ? { text, problem: problems[0].message } : { text };
  } catch (thrown) {
    return { problem: messageOf(thrown) };
  }
}
