/**
 * Plain text from the HTML that feeds carry in text fields (WordPress `title.rendered`, SEO plugins'
 * JSON-LD strings), and captions split from the credit they carry inline.
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
  /<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)|<(?:[!?]|\/(?![A-Za-z]))[^>]*>?/gi;

// A start or end tag. Quoted attribute values may hold `>`; an unclosed tag runs to the end.
const TAG = /<\/?([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"?|'[^']*'?)*>?/g;

// Tags that break a line when rendered: they become a space so words on either side stay apart.
const BLOCK =
  /^(?:p|br|div|li|[uod]l|d[td]|h[1-6]|blockquote|figure|figcaption|table|t[rdh]|hr|pre|section|article|aside|header|footer|nav|main|address)$/i;

const ENTITY = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|([A-Za-z][\dA-Za-z]*));?/g;

// The named references that appear in real feeds (markup escapes, typography, a few symbols and Latin
// letters with no diacritic pattern below), not HTML's 2,000: WordPress and SEO plugins write numeric
// references for everything else. Unknown names are left as they are, as browsers do.
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  euro: '€',
  pound: '£',
  szlig: 'ß',
  aelig: 'æ',
  oelig: 'œ',
  oslash: 'ø',
};

// `&eacute;`, `&Uuml;`, `&ccedil;`, `&scaron;` …: a letter plus a combining mark, kept only when it
// composes to one precomposed character, which is exactly when HTML defines such a name.
const LETTER_MARK = /^([A-Za-z])(grave|acute|circ|tilde|uml|ring|cedil|caron)$/;
const MARKS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  caron: '\u030c',
  cedil: '\u0327',
};

// Numeric references to 0x80–0x9F mean windows-1252 in HTML (`&#146;` is ’).
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeOne(match: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) {
    // Named references need their `;` (the legacy exceptions are not worth their bytes).
    if (!match.endsWith(';')) return match;
    if (Object.hasOwn(NAMED, name)) return NAMED[name];
    const parts = LETTER_MARK.exec(name);
    const composed = parts && (parts[1] + MARKS[parts[2]]).normalize('NFC');
    return composed && composed.length === 1 ? composed : match;
  }
  const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
  if (code >= 0x80 && code <= 0x9f) return C1[code - 0x80];
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes HTML character references (named, decimal and hexadecimal) in a string that has no tags. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, decodeOne);
}

/**
 * Converts an HTML fragment to plain text: drops script, style, template and noscript bodies and
 * comments, removes tags (block tags leave a space), decodes character references, collapses runs of
 * whitespace to one space and trims. A `<` that does not start a tag stays as text.
 */
export function htmlToText(html: string): string {
  if (typeof html !== 'string') return '';
  return decodeEntities(
    html.replace(NOT_TEXT, '').replace(TAG, (_tag, name: string) => (BLOCK.test(name) ? ' ' : '')),
  )
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();
}

/** A caption with the credit it carried inline moved out. Either part may be missing. */
export interface CaptionParts {
  caption?: string;
  credit?: string;
}

// "Photo:", "Photo credit:", "Photograph:", "Image:", "Picture:", "Credit:", "Photo by", "Image by".
const LABEL = String.raw`(?:(?:(?:photo(?:graph)?|image|picture)s?\s*(?:credits?\s*)?|credits?\s*):|(?:photo(?:graph)?|image|picture)s?\s+by\s)`;
// At the very end, in brackets: "… 2019. (Photo credit: REUTERS/Ari Jalal)", "(AP Photo/Jane Doe)".
const BRACKETED = new RegExp(
  String.raw`[([]\s*(?:${LABEL}\s*([^()[\]]{1,100}?)|([^()[\]]{0,40}\bphoto\/[^()[\]]{1,100}?))\s*[)\]]$`,
  'i',
);
// At the very end after a finished sentence (or alone): "… in Basra. Photograph: Jane Doe/Reuters".
const TRAILING = new RegExp(String.raw`(?:^|([.!?"”’)])\s*|\s[|–—]\s*)${LABEL}\s*([^:]{1,100}?)\.?$`, 'i');

// Longer "captions" are article text, not captions: they are left alone.
const MAX_CAPTION = 1000;

/**
 * Splits a credit written inside a caption from the caption. Conservative: only a labelled credit at
 * the very end counts ("(Photo credit: X)", "(Photo: X)", "[Credit: X]", "(Photo by X)",
 * "(AP Photo/X)", or after a full stop "Photo: X", "Photograph: X", "Credit: X", "Image: X"). Anything
 * else comes back unchanged as the caption.
 */
export function splitCredit(caption: string): CaptionParts {
  if (typeof caption !== 'string') return {};
  const text = caption.trim();
  if (!text) return {};
  if (text.length > MAX_CAPTION) return { caption: text };
  let before: string;
  let credit: string;
  let match = BRACKETED.exec(text);
  if (match) {
    before = text.slice(0, match.index);
    credit = match[1] ?? match[2];
  } else if ((match = TRAILING.exec(text))) {
    // The full stop that ended the caption stays with it.
    before = text.slice(0, match.index) + (match[1] ?? '');
    credit = match[2];
  } else {
    return { caption: text };
  }
  before = before.replace(/[\s|–—]+$/, '');
  return before ? { caption: before, credit: credit.trim() } : { credit: credit.trim() };
}
