import type { Messages } from '../messages.js';
import type { TimeStyle } from '../format.js';

/** What every template needs besides the article: the resolved locale, its labels and the time style. */
export interface RenderContext {
  /** The resolved BCP 47 locale, used by `Intl`. */
  locale: string;
  /** Labels for `locale`, with the element's overrides applied. */
  messages: Messages;
  timeStyle: TimeStyle;
  /** The current time for relative dates; `undefined` until the element has upgraded in a browser. */
  now?: number;
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** `value` when it is a whole number from 1 to 6, else `fallback`. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6
    ? (level as HeadingLevel)
    : fallback;
}
