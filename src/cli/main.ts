/// <reference types="node" />
/**
 * The `news-card` command line (`npx news-card …`; usage in args.ts):
 *
 * - `news-card extract <url|file|->` prints the canonical article as JSON on standard output and its
 *   problems on standard error;
 * - `news-card render <url|file|json|->` prints the card as server-rendered HTML (news-card/ssr).
 *
 * Exit status 0 with an article, 1 when the input describes none, 2 on a usage or input error (a bad
 * option, a refused or failed URL, a missing or oversized file) and when server rendering is missing.
 * An HTML page is read by the extraction engine's Node host (parse5), JSON by `normalizeArticle`; a
 * fetched page with no address of its own gets its final URL as the article's `url`, as in `<news-card src>`.
 */
import { readFileSync } from 'node:fs';
import { normalizeArticle } from '../article/normalize.js';
import type { Article, NormalizeResult, Problem } from '../article/types.js';
import { articleFromHtml } from '../extract/node.js';
import { decodePage, isPageType, linkToPage } from '../internal/page.js';
import { HELP, USAGE, UsageError, parseCommandLine, type CliOptions } from './args.js';
import { InputError, readInput, type Input } from './input.js';

/** The streams the command uses: the process's own, or stand-ins in tests. */
export interface CliIo {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface Renderer {
  renderNewsCard(article: unknown, options: Record<string, unknown>): string;
}

/** The package's own `package.json` fields the command line shows. */
function packageInfo(): { version: string; homepage?: string } {
  try {
    // Read at run time from the installed package (dist/cli/ → the package root), not inlined by the build.
    const file = new URL(/* @vite-ignore */ '../../package.json', import.meta.url);
    return JSON.parse(readFileSync(file, 'utf8')) as { version: string; homepage?: string };
  } catch {
    return { version: '0.0.0' };
  }
}

/** `news-card/<version>`, and the project's home page when the package names one. */
export function userAgent({ version, homepage }: { version: string; homepage?: string } = packageInfo()): string {
  return `news-card/${version}${homepage ? ` (+${homepage})` : ''}`;
}

const loadSsr = () => import('../ssr/index.js') as Promise<Renderer>;

/** True when `error` says that `@lit-labs/ssr` (or a part of it) could not be found. */
const missingSsr = (error: unknown) =>
  (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@lit-labs/ssr');

/** The input as an article: a page through the extraction engine, anything else through `normalizeArticle`. */
export function articleOf(input: Input, pageUrl?: string): NormalizeResult {
  const first = String.fromCharCode(...input.bytes.subarray(0, 512)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart()[0];
  const isPage = input.type ? isPageType(input.type) || (!/json/i.test(input.type) && first === '<') : first === '<';
  if (!isPage) return normalizeArticle(new TextDecoder().decode(input.bytes));
  const url = pageUrl ?? input.url ?? '';
  const result = articleFromHtml(decodePage(input.bytes, input.type), { url });
  // Like <news-card src>: a fetched page that names no address of its own is the article's address.
  return input.fetched ? linkToPage(result, url) : result;
}

const problemLines = (problems: readonly Problem[]) => problems.map((p) => `news-card: ${p.path || '(input)'}: ${p.message}\n`).join('');

/** Runs the command line `argv` (the arguments after `news-card`); resolves with the exit status. Never rejects. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    io.stderr.write(`news-card: ${(error as UsageError).message}\n${USAGE}\nRun news-card --help for more.\n`);
    return 2;
  }
  if (options.command === 'help') {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (options.command === 'version') {
    io.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  const { command, input = '-' } = options;
  try {
    // Loaded before the input is read: a missing peer dependency is a setup error, reported first.
    let renderer: Renderer | undefined;
    if (command === 'render') {
      try {
        renderer = await loadSsr();
      } catch (error) {
        if (!missingSsr(error)) throw error;
        io.stderr.write(
          'news-card: render needs the package @lit-labs/ssr, an optional peer dependency of news-card.\n' +
            'Install it beside news-card: npm install @lit-labs/ssr\n',
        );
        return 2;
      }
    }
    const read = await readInput(input, { stdin: io.stdin, timeout: options.timeout, userAgent: userAgent(), inlineJson: command === 'render' });
    const { article, problems } = articleOf(read, options.url);
    io.stderr.write(problemLines(problems));
    if (!article) {
      io.stderr.write(`news-card: ${input === '-' ? 'standard input' : input} describes no article\n`);
      return 1;
    }
    io.stdout.write(command === 'extract' ? `${JSON.stringify(article, null, 2)}\n` : `${render(renderer!, article, options)}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`news-card: ${error instanceof InputError ? error.message : `unexpected error: ${(error as Error)?.stack ?? String(error)}`}\n`);
    return 2;
  }
}

function render(renderer: Renderer, article: Article, { layout, theme, locale, headingLevel }: CliOptions): string {
  return renderer.renderNewsCard(article, { layout, theme, locale, headingLevel });
}
