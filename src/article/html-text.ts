/**
 * Plain text from the HTML that feeds carry in text fields (WordPress `title.rendered`, SEO plugins'
 * JSON-LD strings), captions split from the credit they carry inline, and the one decoder of HTML
 * character references, which the URL policy uses too.
 *
 * Nothing here parses markup into a document: no `DOMParser`, no `innerHTML`, no `<template>`. A
 * payload such as `<img src=x onerror=…>` therefore never becomes an element, never loads and never
 * runs, and the result is the same in Node (server rendering) and in every browser.
 *
 * Every pattern below is linear in the length of its input (no nested quantifiers that can backtrack),
 * so a 1 MiB string costs one pass.
 */

// Content that is not text: script/style/template/noscript bodies, comments, doctypes, processing
// instructions and `</ x>`-style bogus comments. An unclosed one runs to the end, as in a browser.
const NOT_TEXT =
  /<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<(?:[!?]|\/(?![a-z]))[^>]*>?/gi;

// A start or end tag. Quoted attribute values may hold `>`; an unclosed tag runs to the end.
const TAG = /<\/?([a-z][^\s/>]*)(?:[^>"']|"[^"]*"?|'[^']*'?)*>?/gi;

// Tags that break a line when rendered and that feed snippets (titles, excerpts, captions) hold: they
// become a space so words on either side stay apart. (Sectioning tags come with line breaks around them
// in practice, and those become a space too.)
const BLOCK = /^(?:p|br|div|li|[uod]l|d[td]|h\d|t[rdh]|hr|blockquote|figcaption)$/i;

const ENTITY = /&(?:#(\d+)|#x([\da-f]+)|([a-z][\da-z]*))(;?)/gi;

// The named references that appear in real feeds (markup escapes, typography, a few symbols), plus the
// ones that can spell out a URL scheme or hide its separator (`&colon;`, `&Tab;`, `&NewLine;`,
// `&sol;`, `&bsol;`). Not HTML's 2,000: WordPress and SEO plugins write numeric references for
// everything else, and unknown names are left as they are, as browsers do. Names are matched without
// regard to case (`&AMP;`, `&Tab;`). `NAMES[i]` decodes to `CHARS[i]`; the quotes, bullet and dashes come in
// windows-1252 order, as in `C1` below, so the compressed file holds that run once.
const NAMES = 'amp lt gt quot apos nbsp shy hellip lsquo rsquo ldquo rdquo bull ndash mdash trade laquo raquo copy reg deg times euro pound colon tab newline sol bsol'.split(' ');
const CHARS = '&<>"\'\xa0\xad…‘’“”•–—™«»©®°×€£:\t\n/\\';

// `&eacute;`, `&Uuml;`, `&ccedil;`, `&scaron;` …: a letter plus a combining mark, kept only when it
// composes to one precomposed character, which is exactly when HTML defines such a name.
const MARKS = 'grave acute circ tilde uml ring caron cedil'.split(' ');
const MARK_CHARS = '\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327';

// Numeric references to 0x80–0x9F mean windows-1252 in HTML (`&#146;` is ’).
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/**
 * Decodes HTML character references (named, decimal and hexadecimal) in a string that has no tags.
 * Decodes once: `&amp;lt;` becomes `&lt;`. Named references need their `;`, as in browsers, unless
 * `loose` is set: the URL policy reads `javascript&colon` as a scheme too.
 */
export function decodeEntities(text: string, loose?: boolean): string {
  return text.replace(ENTITY, (match, dec?: string, hex?: string, name?: string, semi?: string) => {
    if (name) {
      if (!semi && !loose) return match;
      const i = NAMES.indexOf(name.toLowerCase());
      if (i >= 0) return CHARS[i];
      const composed = (name[0] + MARK_CHARS[MARKS.indexOf(name.slice(1))]).normalize('NFC');
      return composed.length == 1 ? composed : match;
    }
    const code = dec ? +dec : parseInt(hex as string, 16);
    // (Not for the URL policy: there the control characters stay, to be removed like any other.)
    if (code > 127 && code < 160 && !loose) return C1[code - 128];
    return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Converts an HTML fragment to plain text: drops script, style, template and noscript bodies and
 * comments, removes tags (block tags leave a space), decodes character references, collapses runs of
 * whitespace to one space and trims. A `<` that does not start a tag stays as text.
 */
export function htmlToText(html: string): string {
  return typeof html == 'string'
    ? decodeEntities(html.replace(NOT_TEXT, '').replace(TAG, (_tag, name: string) => (BLOCK.test(name) ? ' ' : '')))
        .replace(/[ \t\n\f\r]+/g, ' ')
        .trim()
    : '';
}

/** A caption with the credit it carried inline moved out. Either part may be missing. */
export interface CaptionParts {
  caption?: string;
  credit?: string;
}

// "Photo:", "Photo credit:", "Photograph:", "Image:", "Picture:", "Credit:", "Photo by", "Image by".
const PICTURE = '(?:photo(?:graph)?|image|picture)s?';
const LABEL = `(?:(?:${PICTURE}\\s*(?:credits?\\s*)?|credits?\\s*):|${PICTURE}\\s+by\\s)`;
// At the very end, in brackets: "… 2019. (Photo credit: REUTERS/Ari Jalal)", "(AP Photo/Jane Doe)".
const BRACKETED = new RegExp(`[([]\\s*(?:${LABEL}\\s*([^()[\\]]{1,100}?)|([^()[\\]]{0,40}\\bphoto\\/[^()[\\]]{1,100}?))\\s*[)\\]]$`, 'i');
// At the very end after a finished sentence (or alone): "… in Basra. Photograph: Jane Doe/Reuters".
const TRAILING = new RegExp(`(?:^|([.!?"”’)])\\s*|\\s[|–—]\\s*)${LABEL}\\s*([^:]{1,100}?)\\.?$`, 'i');

/**
 * Splits a credit written inside a caption from the caption. Conservative: only a labelled credit at
 * the very end counts ("(Photo credit: X)", "(Photo: X)", "[Credit: X]", "(Photo by X)",
 * "(AP Photo/X)", or after a full stop "Photo: X", "Photograph: X", "Credit: X", "Image: X"). Anything
 * else comes back unchanged as the caption; so does a "caption" longer than 1,000 characters, which is
 * article text rather than a caption.
 */
export function splitCredit(caption: string): CaptionParts {
  const text = typeof caption == 'string' ? caption.trim() : '';
  if (!text || text.length > 1000) return text ? { caption: text } : {};
  const bracketed = BRACKETED.exec(text);
  const trailing = bracketed ? null : TRAILING.exec(text);
  const match = bracketed ?? trailing;
  if (!match) return { caption: text };
  const credit = (bracketed ? (bracketed[1] ?? bracketed[2]) : match[2]).trim();
  // The full stop that ended the caption stays with it.
  const before = (text.slice(0, match.index) + (trailing?.[1] ?? '')).replace(/[\s|–—]+$/, '');
  return before ? { caption: before, credit } : { credit };
}
