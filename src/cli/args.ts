/// <reference types="node" />
/**
 * The command line's arguments: `news-card <extract|render> <input> [options]`, read with Node's own
 * `parseArgs`. Anything it cannot use is a {@link UsageError} (exit status 2), never a guess.
 */
import { parseArgs } from 'node:util';
import type { Layout, Theme } from '../elements/news-card/news-card.js';
import type { HeadingLevel } from '../internal/templates/context.js';

/** A command line that cannot be run as written. */
export class UsageError extends Error {}

export type Command = 'extract' | 'render';

export interface CliOptions {
  command: Command | 'help' | 'version';
  /** `-`, an http(s) URL, a file, or (render) the article JSON itself. */
  input?: string;
  /** The page's address, for a page read from a file or standard input. */
  url?: string;
  /** Milliseconds for the whole load of a URL, redirects included. */
  timeout: number;
  layout?: Layout;
  theme?: Theme;
  locale?: string;
  headingLevel?: HeadingLevel;
}

/** Default `--timeout`: 10 s, as for `<news-card src>`. */
export const DEFAULT_TIMEOUT = 10_000;

const LAYOUTS: readonly Layout[] = ['stacked', 'horizontal', 'compact', 'hero'];
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export const USAGE = `Usage: news-card extract <url|file|-> [--url <page url>] [--timeout <time>]
       news-card render <url|file|json|-> [--layout <layout>] [--locale <tag>] [--heading-level <1-6>]
                        [--theme <theme>] [--url <page url>] [--timeout <time>]
       news-card --help | --version`;

export const HELP = `news-card: article pages and article data as news cards.

${USAGE}

Commands
  extract   Print the article that an HTML page (or article JSON in any supported format) describes,
            as canonical JSON on standard output; problems go to standard error.
  render    Print the card as server-rendered HTML with Declarative Shadow DOM (needs the optional
            peer dependency @lit-labs/ssr: npm install @lit-labs/ssr).

Input
  <url>     an http or https URL, fetched (redirects followed, each one checked by the URL policy)
  <file>    an HTML page or a JSON file
  -         standard input
  <json>    (render) the article JSON itself, e.g. '{"headline": "Hello"}'

Options
  --url <page url>        the page's address when it is read from a file or standard input:
                          its relative URLs resolve against it
  --timeout <time>        for a URL: the whole load, in ms, or with a unit (10s); default 10s
  --layout <layout>       stacked (default), horizontal, compact or hero
  --locale <tag>          BCP 47 language tag for labels and dates (default: the article's language)
  --heading-level <1-6>   level of the card's headline (default 2)
  --theme <theme>         light, dark or auto (default: auto)
  -h, --help              this help
  -v, --version           the package version

Exit status: 0 with an article, 1 when the input describes no article, 2 on a usage or network error.
Inputs larger than 1 MiB are refused, as <news-card src> refuses them.`;

/** `--timeout`: milliseconds, or a number with `ms` or `s`. */
function toTimeout(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * (match[2] === 's' ? 1000 : 1) : NaN;
  if (!(ms >= 1 && ms <= 2 ** 31 - 1)) throw new UsageError(`--timeout: expected a time such as 5000 or 5s, got "${value}"`);
  return Math.round(ms);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || allowed.includes(value as T)) return value as T | undefined;
  throw new UsageError(`--${name}: expected ${allowed.join(', ')}, got "${value}"`);
}

/** Reads the arguments after `news-card`. Throws a {@link UsageError} for anything it cannot use. */
export function parseCommandLine(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        timeout: { type: 'string' },
        layout: { type: 'string' },
        theme: { type: 'string' },
        locale: { type: 'string' },
        'heading-level': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const timeout = values.timeout === undefined ? DEFAULT_TIMEOUT : toTimeout(values.timeout);
  if (values.help) return { command: 'help', timeout };
  if (values.version) return { command: 'version', timeout };
  const [command, input, ...extra] = positionals;
  if (command === undefined) throw new UsageError('no command given');
  if (command !== 'extract' && command !== 'render') throw new UsageError(`unknown command "${command}"`);
  if (input === undefined) throw new UsageError(`${command}: no input given (a URL, a file, or - for standard input)`);
  if (extra.length) throw new UsageError(`${command} takes one input, got also "${extra.join('" "')}"`);
  if (command === 'extract') {
    const renderOnly = (['layout', 'theme', 'locale', 'heading-level'] as const).find((name) => values[name] !== undefined);
    if (renderOnly) throw new UsageError(`--${renderOnly} is an option of render, not extract`);
  }
  let headingLevel: HeadingLevel | undefined;
  if (values['heading-level'] !== undefined) {
    headingLevel = Number(values['heading-level']) as HeadingLevel;
    if (![1, 2, 3, 4, 5, 6].includes(headingLevel)) {
      throw new UsageError(`--heading-level: expected 1 to 6, got "${values['heading-level']}"`);
    }
  }
  let locale = values.locale;
  if (locale !== undefined) {
    try {
      [locale] = Intl.getCanonicalLocales(locale);
    } catch {
      throw new UsageError(`--locale: "${values.locale}" is not a BCP 47 language tag`);
    }
  }
  if (values.url !== undefined && !/^https?:\/\/[^/]/i.test(values.url)) {
    throw new UsageError(`--url: expected an http or https URL, got "${values.url}"`);
  }
  return {
    command,
    input,
    url: values.url,
    timeout,
    layout: oneOf('layout', values.layout, LAYOUTS),
    theme: oneOf('theme', values.theme, THEMES),
    locale,
    headingLevel,
  };
}
