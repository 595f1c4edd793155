/**
 * Reads the JSON-LD that pages actually ship, which is often not JSON: wrapped in `<!-- -->` or
 * `<![CDATA[ ]]>`, with `//` and block comments, trailing commas, raw line breaks inside strings,
 * HTML-escaped quotes (`&quot;`), or several objects written one after another.
 *
 * Strict `JSON.parse` is tried first. Only when it fails is the text repaired, in one linear pass that
 * knows where strings begin and end, and parsed again; the values of several top-level objects become
 * one array. A text that still fails gives `undefined`. Never throws.
 */

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
  const unescaped = /^[[{]\s*&quot;/.test(text) ? text.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : text;
  try {
    return JSON.parse(repair(unescaped));
  } catch {
    return undefined;
  }
}

/**
 * One pass over the text: comments dropped, control characters inside strings escaped, trailing
 * commas dropped, and top-level values separated by commas and wrapped in `[ ]` when there are several.
 */
function repair(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let values = 0;
  let i = 0;
  const n = text.length;
  // Drops a comma already written when the next real character closes a container.
  const dropTrailingComma = () => {
    for (let j = out.length - 1; j >= 0; j--) {
      if (/^\s*$/.test(out[j])) continue;
      if (out[j] == ',') out.splice(j, 1);
      return;
    }
  };
  while (i < n) {
    const c = text[i];
    if (c == '"') {
      // A string: copied to its closing quote, raw control characters escaped.
      let j = i + 1;
      let s = '"';
      while (j < n && text[j] != '"') {
        if (text[j] == '\\' && j + 1 < n) {
          s += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        const code = text.charCodeAt(j);
        s += code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : text[j];
        j++;
      }
      out.push(s + '"');
      i = j + 1;
    } else if (c == '/' && text[i + 1] == '/') {
      while (i < n && text[i] != '\n') i++;
    } else if (c == '/' && text[i + 1] == '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c == '{' || c == '[') {
      if (depth == 0 && values++ > 0) {
        dropTrailingComma();
        out.push(',');
      }
      depth++;
      out.push(c);
      i++;
    } else if (c == '}' || c == ']') {
      dropTrailingComma();
      depth = Math.max(0, depth - 1);
      out.push(c);
      i++;
    } else if (c == ';' && depth == 0) {
      i++;
    } else {
      out.push(c);
      i++;
    }
  }
  const body = out.join('');
  return values > 1 ? `[${body}]` : body;
}
