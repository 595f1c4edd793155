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
 *   with no PDF, an isolate (LRI, RLI, FSI) with no PDI, and a PDF or PDI that closes nothing. Text
 *   can then never reorder what follows it, wherever it is placed (attributes, server output);
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
import { typeName } from './type-name.js';

/** The result of {@link cleanText}: the cleaned `text`, a `problem` to report, or both when the text was cut. */
export interface TextResult {
  text?: string;
  problem?: string;
}

// Control characters are exactly what this pattern is for.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// One character that is neither whitespace nor invisible: the text has something to show. The class
// lists invisible combining characters (U+034F, U+17B4) on purpose, one by one.
const VISIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /[^\s\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/;

const ELLIPSIS = '\u2026';

function isEdgeSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0xad ||
    code === 0x1680 ||
    code === 0x180e ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpace(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Removes bidi embeddings, overrides and isolates that are not closed, and closers that close nothing. */
export function balanceBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  const length = text.length;
  const drop = new Uint8Array(length);
  let dropped = 0;
  // Open embeddings/overrides and isolates, innermost last, as index * 2 + (1 for an isolate).
  const stack: number[] = [];
  let openIsolates = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x202a || code > 0x2069 || (code > 0x202e && code < 0x2066)) continue;
    if (code === 0x202c) {
      // A PDF only closes an embedding opened inside the current isolate.
      if (stack.length > 0 && stack[stack.length - 1] % 2 === 0) {
        stack.pop();
      } else {
        drop[i] = 1;
        dropped++;
      }
    } else if (code === 0x2069) {
      if (openIsolates === 0) {
        drop[i] = 1;
        dropped++;
      } else {
        // A PDI closes its isolate and, implicitly, every embedding opened inside it.
        while (stack.length > 0 && (stack.pop() as number) % 2 === 0);
        openIsolates--;
      }
    } else if (code >= 0x2066) {
      stack.push(i * 2 + 1);
      openIsolates++;
    } else {
      stack.push(i * 2);
    }
  }
  for (const entry of stack) {
    drop[Math.floor(entry / 2)] = 1;
    dropped++;
  }
  if (dropped === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < length; i++) {
    if (drop[i] === 0) continue;
    if (i > from) parts.push(text.slice(from, i));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * Cleans one plain-text value. Never throws.
 * @param maxLength longest kept text in UTF-16 code units (default `MAX_TEXT_LENGTH`).
 * @returns `{ text }` when usable; `{ problem }` when rejected; both when the text was cut to `maxLength`.
 */
export function cleanText(value: unknown, maxLength: number = MAX_TEXT_LENGTH): TextResult {
  try {
    let text: string;
    if (typeof value === 'string') {
      text = value;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { problem: `Expected a string, got the number ${String(value)}` };
      text = String(value);
    } else {
      return { problem: `Expected a string, got ${typeName(value)}` };
    }
    if (text.length === 0) return { problem: 'Empty string' };

    const limit = Math.max(1, Math.floor(Number.isFinite(maxLength) ? maxLength : MAX_TEXT_LENGTH));
    const originalLength = text.length;
    // Only a window of twice the limit is cleaned, so a 1 MiB string costs no more than a short one.
    const window = limit * 2 + 16;
    let windowed = false;
    if (text.length > window) {
      let start = 0;
      while (start < text.length && isEdgeSpace(text.charCodeAt(start))) start++;
      windowed = text.length - start > window;
      text = text.slice(start, start + window);
    }

    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    text = text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
    text = trimEdges(balanceBidi(text));
    if (!VISIBLE.test(text)) {
      return { problem: text.length === 0 ? 'Empty or whitespace-only string' : 'Only invisible characters' };
    }
    if (!windowed && text.length <= limit) return { text };

    let cut = Math.min(text.length, limit - 1);
    const last = text.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut--;
    text = trimEdges(balanceBidi(trimEdges(text.slice(0, cut)) + ELLIPSIS));
    return { text, problem: `Text cut to ${limit} characters (it had ${originalLength})` };
  } catch {
    return { problem: 'Text could not be read' };
  }
}
