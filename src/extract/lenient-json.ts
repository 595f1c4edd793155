/**
 * Reads the JSON-LD that pages actually ship, which is often not JSON: wrapped in `<!-- -->` or
 * `<![CDATA[ ]]>`, with `//` and block comments, trailing commas, raw line breaks inside strings,
 * HTML-escaped quotes (`&quot;`), or several objects written one after another.
 *
 * Strict `JSON.parse` is tried first. Only when it fails is the text repaired, in one linear pass that
 * knows where strings begin and end, and parsed again; the values of several top-level objects become
 * one array. A text that still fails gives `undefined`. Never throws.
 */

import { decodeEntities } from '../article/html-text.js';

const WRAPPER = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;

/** Parses JSON-LD text as leniently as the page's readers do; `undefined` when it cannot be read. */
export function parseLenientJson(source: string): unknown {
  const text = source.replace(/^\ufeff/, '').replace(WRAPPER, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Repaired below.
  }
  // HTML-escaped markup: the whole text was written through an HTML escaper.
  const unescaped = /^[[{]\s*&quot;/.test(text) ? decodeEntities(text) : text;
  try {
    return JSON.parse(repair(unescaped));
  } catch {
    return undefined;
  }
}

// One token: a string (to its closing quote, or the end), a comment, a run of plain text, or one character.
// Each alternative is linear in its length, so the scan is one pass.
const TOKEN = /"(?:[^"\\]|\\[\s\S])*("?)|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|[^"/{}[\],;]+|[\s\S]/g;

/**
 * One pass over the text: comments dropped, control characters inside strings escaped, trailing
 * commas dropped, and top-level values separated by commas and wrapped in `[ ]` when there are several.
 */
function repair(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let values = 0;
  // Where the last token that is not white space is in `out`.
  let last = -1;
  const put = (token: string) => (out.push(token), token.trim() && (last = out.length - 1));
  // Drops a comma already written when the next real character closes a container.
  const dropTrailingComma = () => out[last] == ',' && (out[last] = '');
  for (const [token, closed] of text.matchAll(TOKEN)) {
    const c = token[0];
    if (c == '"') {
      // A string: raw control characters escaped (an escape pair stays as it is), closed if the text ended inside it.
      // eslint-disable-next-line no-control-regex -- control characters are what this finds
      put(token.replace(/\\[\s\S]|[\0-\x1f]/g, (ch) => (ch[1] ? ch : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)) + (closed ? '' : '"'));
    } else if (c == '{' || c == '[') {
      if (depth++ == 0 && values++ > 0) {
        dropTrailingComma();
        put(',');
      }
      put(c);
    } else if (c == '}' || c == ']') {
      dropTrailingComma();
      depth = Math.max(0, depth - 1);
      put(c);
    } else if (!(c == '/' && token.length > 1) && !(c == ';' && depth == 0)) put(token);
  }
  const body = out.join('');
  return values > 1 ? `[${body}]` : body;
}
