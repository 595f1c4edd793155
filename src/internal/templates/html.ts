import { html as litHtml, type TemplateResult } from 'lit';
import type { HeadingLevel } from './context.js';

// Templates are written on many lines and indented like the markup they make. Left as written, those
// line breaks would become text nodes (thousands on a page of cards) and spaces between inline
// elements, so each template's strings are tidied once, on first use: a line break with the spaces
// around it goes when it touches a tag or stands alone between two bindings, and becomes one space
// elsewhere (between attributes). `<hx>` is the heading tag: Lit cannot bind a tag name, so a template
// gets one copy per heading level, with `<h1>`…`<h6>` written in. Only template strings, which are
// our source code, are changed here; data is never part of them.
const copies = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

const tidy = (text: string): string =>
  text.replace(/\s*\n\s*/g, (space: string, at: number) =>
    text[at - 1] === '>' || text[at + space.length] === '<' || space === text ? '' : ' ',
  );

function prepare(strings: TemplateStringsArray, level: number): TemplateStringsArray {
  let byLevel = copies.get(strings);
  if (!byLevel) copies.set(strings, (byLevel = []));
  // Lit accepts only arrays with `raw`, the mark of a template literal's strings.
  return (byLevel[level] ??= Object.assign(
    strings.map((text) => tidy(text).replace(/<(\/?)hx\b/g, `<$1h${level}`)),
    { raw: strings.raw },
  ) as unknown as TemplateStringsArray);
}

/** Lit's `html`, with the template's layout whitespace removed. */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
  litHtml(prepare(strings, 0), ...values);

/** `html` for a template whose `<hx>` heading becomes `<h{level}>`. */
export const headed =
  (level: HeadingLevel) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult =>
    litHtml(prepare(strings, level), ...values);
