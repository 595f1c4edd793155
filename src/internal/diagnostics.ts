/**
 * What the elements write to the console, as plain functions: the developer reads these, not the
 * reader of the page, so they are English only and say how to fix the problem.
 *
 * Every message starts with the element (`<news-card id="top-story">`, else its `src`), echoes the
 * rejected value as text cut to {@link ECHO_LENGTH} characters, and adds "did you mean" hints for the
 * keys and attributes people write instead of ours. The element passes itself as the second argument
 * of `console.warn`, so developer tools link the message to it.
 */
import { detectFormat } from '../article/detect.js';
import type { Problem } from '../article/types.js';

/** The longest echo of a rejected value, in characters. */
export const ECHO_LENGTH = 80;

const cut = (text: string, max = ECHO_LENGTH) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/** How a message names its element: `<news-card id="top">`, else `<news-card src="…">`, else `<news-card>`. */
export function elementLabel(tag: string, id?: string | null, src?: string | null): string {
  const [name, value] = id ? ['id', id] : src ? ['src', src] : [];
  return name ? `<${tag} ${name}=${JSON.stringify(cut(value as string))}>` : `<${tag}>`;
}

/**
 * A value as text for a message, cut to {@link ECHO_LENGTH} characters: strings quoted (after the cut)
 * with their controls escaped, other values as JSON, and what JSON cannot write by its type (`function`, `bigint`,
 * `object` for a cyclic one). Never throws.
 */
export function echo(value: unknown): string {
  if (typeof value == 'string') return JSON.stringify(cut(value));
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Cyclic, a bigint, a getter that throws, a revoked proxy.
  }
  return cut(text ?? typeof value);
}

/**
 * The value at a problem's `path` (`image.url`, `author[1].name`; `''` is the input itself) inside
 * `input`, a parsed value or JSON text. `undefined` when there is none. Never throws, and reads only
 * own properties.
 */
export function valueAt(input: unknown, path: string): unknown {
  try {
    let value = input;
    if (path && typeof value == 'string') value = JSON.parse(value);
    for (const key of path.match(/[^.[\]]+/g) ?? []) {
      if (typeof value != 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    return value;
  } catch {
    return undefined;
  }
}

/** Keys people write in article data → the canonical key they mean. */
export const KEY_ALIASES: Readonly<Record<string, string>> = {
  title: 'headline',
  name: 'headline',
  summary: 'description',
  excerpt: 'description',
  authors: 'author',
  byline: 'author',
  date: 'datePublished',
  published: 'datePublished',
  pubDate: 'datePublished',
  img: 'image',
  thumbnail: 'image',
  photo: 'image',
  link: 'url',
  href: 'url',
};

/**
 * "Did you mean" hints for canonical article data (an object or its JSON text) that uses a key of
 * {@link KEY_ALIASES} and lacks the key it stands for. JSON-LD, WordPress and Open Graph records have
 * their own names and get none. Never throws.
 */
export function keyHints(input: unknown): string[] {
  const hints: string[] = [];
  try {
    const data: unknown = typeof input == 'string' ? JSON.parse(input) : input;
    if (detectFormat(data) !== 'canonical') return hints;
    for (const [alias, key] of Object.entries(KEY_ALIASES)) {
      if (Object.hasOwn(data as object, alias) && !Object.hasOwn(data as object, key)) {
        hints.push(`"${alias}": did you mean "${key}"?`);
      }
    }
  } catch {
    // Not JSON, or unreadable: nothing to hint.
  }
  return hints;
}

/** The edit distance (insertions, deletions and substitutions) between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/**
 * Hints for attribute names that the element does not know but that are one or two edits from one it
 * does (`heading-levle` → `heading-level`). Names that `isOther` claims (the element passes the global
 * attributes: those it has a property for, such as `id`, `title`, `style`, and `data-*`, `aria-*`) are
 * never reported, nor are unknown names far from every known one: they are someone else's.
 */
export function attributeHints(names: Iterable<string>, known: readonly string[], isOther: (name: string) => boolean): string[] {
  const hints: string[] = [];
  for (const name of names) {
    if (known.includes(name) || isOther(name) || name.length > 64) continue;
    const near = known.find((candidate) => Math.abs(candidate.length - name.length) < 3 && editDistance(name, candidate) < 3);
    if (near) hints.push(`unknown attribute "${name}": did you mean "${near}"?`);
  }
  return hints;
}

/**
 * One problem as a line of a message: its path, its message and the rejected value, when `rejected`
 * finds one (`image.url: The "javascript:" scheme is not allowed (got "javascript:alert(1)")`).
 */
export function problemLine(problem: Problem, rejected: (path: string) => unknown): string {
  const value = rejected(problem.path);
  return `${problem.path || '(input)'}: ${problem.message}${value === undefined ? '' : ` (got ${echo(value)})`}`;
}

/** A whole message: the element, what happened, then one indented line per detail. */
export const consoleMessage = (label: string, summary: string, lines: readonly string[]): string =>
  `${label}: ${summary}${lines.map((line) => `\n  ${line}`).join('')}`;
