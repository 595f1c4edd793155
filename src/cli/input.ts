/// <reference types="node" />
/**
 * Where the command line's article comes from: standard input (`-`), an http(s) URL, a file, or, for
 * `render`, the article JSON itself. Every source is capped at the card's response limit
 * (`MAX_RESPONSE_BYTES`, 1 MiB), counted as the bytes arrive, so a huge file, an endless pipe or a
 * lying server ends in an {@link InputError} instead of filling memory.
 *
 * URLs are fetched with `fetch`, following redirects by hand: the first URL and every `Location` pass
 * the URL policy (`http:` and `https:` with a named host; no `javascript:`, `file:`, `data:`, IP
 * addresses or credentials), at most {@link MAX_REDIRECTS} times. `timeout` covers the whole load.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_RESPONSE_BYTES } from '../article/limits.js';
import { checkUrl } from '../article/url-policy.js';

/** An input that could not be read: a network failure, a refused URL, a missing file, too many bytes. */
export class InputError extends Error {}

/** What was read: the bytes, their media type when known, and the address a page's links resolve against. */
export interface Input {
  bytes: Uint8Array;
  /** `Content-Type` of a response; for a file, from its extension; otherwise undefined. */
  type?: string;
  /** The final URL of a fetched page, or the file's `file:` URL. */
  url?: string;
  /** True for a fetched URL: its final address is the article's `url` when the page names none. */
  fetched: boolean;
}

export interface FetchOptions {
  timeout: number;
  userAgent: string;
  /** Largest accepted body in bytes (default 1 MiB, as for `<news-card src>`). */
  maxBytes?: number;
}

/** Redirects followed before giving up, as `curl --max-redirs` defaults to 50 and browsers to 20. */
export const MAX_REDIRECTS = 10;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,application/json;q=0.9,application/ld+json;q=0.9,*/*;q=0.1';

const tooLarge = (what: string, max: number) => new InputError(`${what} is larger than ${max} bytes`);

/** Reads a stream of bytes to its end, or throws as soon as it passes `max` bytes. */
export async function readCapped(stream: AsyncIterable<Uint8Array | string>, max: number, what: string): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > max) throw tooLarge(what, max);
    parts.push(bytes);
  }
  return Buffer.concat(parts);
}

/** `url` if the URL policy lets it be fetched (absolute http or https), else an InputError. */
function fetchable(url: string, what: string): string {
  const { url: checked, problem } = checkUrl(url);
  if (!checked || !/^https?:/i.test(checked)) throw new InputError(`${what} refused: ${problem ?? 'not an http or https URL'} (${url})`);
  return checked;
}

/** The message of a failed `fetch`, with its cause (`ECONNREFUSED`, `ENOTFOUND`, …) when there is one. */
function networkMessage(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

/** Fetches `url` as described above. */
export async function fetchInput(start: string, { timeout, userAgent, maxBytes = MAX_RESPONSE_BYTES }: FetchOptions): Promise<Input> {
  const signal = AbortSignal.timeout(timeout);
  const timedOut = () => new InputError(`no complete response from ${start} within ${timeout} ms`);
  let url = fetchable(start, 'URL');
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'manual', signal, headers: { 'User-Agent': userAgent, Accept: ACCEPT } });
    } catch (error) {
      throw signal.aborted ? timedOut() : new InputError(`could not fetch ${url}: ${networkMessage(error)}`);
    }
    const { status, headers } = response;
    if (REDIRECTS.has(status)) {
      await response.body?.cancel().catch(() => {});
      const location = headers.get('Location');
      if (!location) throw new InputError(`HTTP ${status} from ${url} names no Location`);
      if (hop >= MAX_REDIRECTS) throw new InputError(`more than ${MAX_REDIRECTS} redirects from ${start}`);
      let next: string;
      try {
        next = new URL(location, url).href;
      } catch {
        throw new InputError(`redirect from ${url} refused: not a valid URL (${location})`);
      }
      url = fetchable(next, `redirect from ${url}`);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new InputError(`HTTP ${status} from ${url}`);
    }
    if (Number(headers.get('Content-Length')) > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw tooLarge(`the response from ${url}`, maxBytes);
    }
    try {
      // Node's web streams are async iterables (the DOM typings do not say so).
      const body = response.body as unknown as AsyncIterable<Uint8Array> | null;
      const bytes = body ? await readCapped(body, maxBytes, `the response from ${url}`) : new Uint8Array();
      return { bytes, type: headers.get('Content-Type') ?? undefined, url, fetched: true };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw signal.aborted ? timedOut() : new InputError(`the response from ${url} was cut off: ${networkMessage(error)}`);
    }
  }
}

/** Media types known from a file's extension; anything else is told apart by its first character. */
const TYPES: Record<string, string> = {
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'application/xhtml+xml',
  json: 'application/json',
  jsonld: 'application/ld+json',
};

export interface ReadOptions extends FetchOptions {
  /** Standard input, for `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Accept the article JSON itself as the input (render). */
  inlineJson?: boolean;
}

/** Reads the command line's input: `-`, a URL, the JSON itself (when allowed) or a file. */
export async function readInput(input: string, options: ReadOptions): Promise<Input> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  if (input === '-') return { bytes: await readCapped(options.stdin, maxBytes, 'standard input'), fetched: false };
  if (options.inlineJson && /^\s*[{[]/.test(input)) {
    const bytes = Buffer.from(input);
    if (bytes.length > maxBytes) throw tooLarge('the article JSON', maxBytes);
    return { bytes, type: 'application/json', fetched: false };
  }
  if (/^https?:/i.test(input)) return fetchInput(input, options);
  const path = resolve(input);
  let info;
  try {
    info = await stat(path);
  } catch {
    // Not a file: a URL in a scheme we do not fetch is worth its own message.
    const scheme = /^([a-z][\w+.-]+):/i.exec(input)?.[1];
    throw new InputError(scheme ? `only http and https URLs are fetched, not ${scheme}: (${input})` : `no such file: ${input}`);
  }
  if (info.isDirectory()) throw new InputError(`${input} is a directory`);
  if (info.size > maxBytes) throw tooLarge(input, maxBytes);
  let bytes;
  try {
    // Counted as it is read too: a pipe or a device has no size to check first.
    bytes = await readCapped(createReadStream(path), maxBytes, input);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`could not read ${input}: ${(error as Error).message}`);
  }
  const type = TYPES[/\.([a-z]+)$/i.exec(path)?.[1].toLowerCase() ?? ''];
  return { bytes, type, url: pathToFileURL(path).href, fetched: false };
}
