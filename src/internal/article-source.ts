/**
 * The `src` fetch layer: one request per URL, bounded in time and size, retried only when a retry can help.
 *
 * - **Timeout.** `timeout` ms (default 10 000) covers the whole load: every attempt, every wait between
 *   attempts and reading the body. When it runs out the result is `status: -1`.
 * - **Retries.** At most {@link MAX_RETRIES} retries (three attempts), only after a network error or a
 *   408, 429, 500, 502, 503 or 504. The wait is 300 ms then 900 ms, each ±25 % jitter, or what
 *   `Retry-After` asks for (seconds or an HTTP date). No retry is made when the wait would pass the
 *   timeout or exceed {@link MAX_RETRY_AFTER}: the last HTTP status is reported instead.
 * - **Size.** A body larger than `maxBytes` (default {@link MAX_RESPONSE_BYTES}, 1 MiB) is refused with the
 *   HTTP status of the response. `Content-Length` rejects early, and the bytes are also counted while
 *   they stream, so a missing, understated or compressed length cannot get around the cap.
 * - **Statuses.** A non-2xx response settles with its HTTP status. A network failure, a timeout, a
 *   body that is not JSON and a URL the policy refuses settle with `-1`.
 * - **URLs.** Only `http:`, `https:` and relative URLs are fetched; anything else settles at once with a
 *   problem at path `src` and no request. Credentials are `same-origin` unless `omit` or `include` is asked.
 * - **Sharing.** Loads of the same resolved URL with the same options share one request while it is in
 *   flight; the request is aborted only when its last subscriber leaves. Nothing is cached after it
 *   settles. Each subscriber parses the body itself, so no two cards hold the same object.
 *
 * Nothing here touches `window` or `document` at import time: the module is imported by server rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../article/types.js';
import { MAX_RESPONSE_BYTES } from '../article/limits.js';
import { checkUrl } from '../article/url-policy.js';

export interface SourceOptions {
  /** Milliseconds before the request is abandoned (default 10 000). */
  timeout?: number;
  /** Fetch credentials mode (default 'same-origin'). */
  credentials?: RequestCredentials;
  /** Largest accepted response body in bytes (default 1 MiB). */
  maxBytes?: number;
}

export type SourceResult =
  | { ok: true; data: unknown }
  | { ok: false; status: number; problems: Problem[] };

export interface FetchArticleOptions extends SourceOptions {
  /** Aborting it rejects the returned promise with the signal's reason and leaves the shared request. */
  signal?: AbortSignal;
}

/** Default `timeout`, in ms, for the whole load including retries. */
export const DEFAULT_TIMEOUT = 10_000;
/** Retries after the first attempt. */
export const MAX_RETRIES = 2;
/** HTTP statuses worth another attempt. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);
/** Longest `Retry-After` honoured, in ms; a server asking for more gets no retry. */
export const MAX_RETRY_AFTER = 10_000;

const BACKOFF_BASE = 300;
const BACKOFF_FACTOR = 3;
/** Longest delay `setTimeout` keeps; a larger one would fire at once. */
const MAX_TIMER = 2 ** 31 - 1;
const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
// CORS-safelisted, so a cross-origin `src` needs no preflight.
const ACCEPT = 'application/json, application/ld+json;q=0.9, */*;q=0.1';

interface Settings {
  timeout: number;
  credentials: RequestCredentials;
  maxBytes: number;
}

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && value > 0 && Number.isFinite(value);

/** Options with every invalid value replaced by its default. */
export function resolveSourceOptions(options: SourceOptions = {}): Settings {
  const { timeout, credentials, maxBytes } = options;
  return {
    timeout: isPositive(timeout) ? Math.min(Math.floor(timeout), MAX_TIMER) || 1 : DEFAULT_TIMEOUT,
    credentials: CREDENTIALS.includes(credentials as RequestCredentials)
      ? (credentials as RequestCredentials)
      : 'same-origin',
    maxBytes: isPositive(maxBytes) ? Math.floor(maxBytes) : MAX_RESPONSE_BYTES,
  };
}

/** A `Retry-After` header value (delay seconds or an HTTP date) as ms from `now`, or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its weekday or month; a bare number or junk is not one.
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retry + 1`: what the server asked for, else backoff with ±25 % jitter. */
export function retryDelay(retry: number, retryAfter?: number, random: () => number = Math.random): number {
  if (retryAfter !== undefined) return retryAfter;
  return Math.round(BACKOFF_BASE * BACKOFF_FACTOR ** retry * (0.75 + random() * 0.5));
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The absolute URL to fetch, or why it may not be fetched. */
function resolveSourceUrl(raw: unknown): { ok: true; url: string } | { ok: false; message: string } {
  if (typeof raw !== 'string' || raw.trim() === '') return { ok: false, message: 'src is empty' };
  const refused = (why: string) =>
    ({ ok: false, message: `src ${JSON.stringify(raw.length > 100 ? `${raw.slice(0, 100)}…` : raw)} ${why}` }) as const;
  const checked = checkUrl(raw);
  if (checked.url === undefined) return refused(`was refused: ${checked.problem}`);
  const base = globalThis.document?.baseURI ?? globalThis.location?.href;
  let url: URL;
  try {
    url = new URL(checked.url, base);
  } catch {
    return refused(base === undefined ? 'is relative and there is no page URL to resolve it against' : 'is not a valid URL');
  }
  // A relative URL on a page that is not http(s) itself (about:blank, file:) resolves to a scheme we refuse.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refused('is not an http(s) or relative URL');
  return { ok: true, url: url.href };
}

type BodyOutcome = { ok: true; text: string; type: string } | { ok: false; status: number; message: string };
type Attempt = BodyOutcome | { ok: false; status: number; message: string; retry: true; retryAfter?: number };

const isTimeout = (reason: unknown) => reason instanceof DOMException && reason.name === 'TimeoutError';

/** Lets go of a body that will not be read, freeing the connection. */
function discard(body: ReadableStream | ReadableStreamDefaultReader | null | undefined): void {
  body?.cancel().catch(() => {});
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads the body as UTF-8 text, counting bytes as they arrive; `undefined` when it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  const decoder = new TextDecoder();
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    return buffer.byteLength > maxBytes ? undefined : decoder.decode(buffer);
  }
  const reader = response.body.getReader();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      discard(reader);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function attempt(url: string, settings: Settings, signal: AbortSignal): Promise<Attempt> {
  const networkError = { ok: false, status: -1, message: 'Network error: no response', retry: true } as const;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: settings.credentials,
      headers: { Accept: ACCEPT },
    });
  } catch {
    if (signal.aborted) throw signal.reason;
    return networkError;
  }
  const { status } = response;
  if (!response.ok) {
    // An error page is of no use.
    discard(response.body);
    const message = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return RETRY_STATUSES.has(status)
      ? { ok: false, status, message, retry: true, retryAfter: parseRetryAfter(response.headers.get('Retry-After')) }
      : { ok: false, status, message };
  }
  const tooLarge = { ok: false, status, message: `Response larger than ${formatBytes(settings.maxBytes)}` } as const;
  const declared = response.headers.get('Content-Length');
  if (declared !== null && Number(declared) > settings.maxBytes) {
    discard(response.body);
    return tooLarge;
  }
  let text: string | undefined;
  try {
    text = await readCapped(response, settings.maxBytes);
  } catch {
    if (signal.aborted) throw signal.reason;
    return { ...networkError, message: 'Network error: the response was cut off' };
  }
  if (text === undefined) return tooLarge;
  return { ok: true, text, type: response.headers.get('Content-Type') ?? '' };
}

/** The outcome of a request that stops after attempt `retry + 1`, saying why no retry follows. */
function gaveUp(last: { status: number; message: string }, why: string, retry: number): BodyOutcome {
  const attempts = retry > 0 ? ` (${retry + 1} attempts)` : '';
  return { ok: false, status: last.status, message: `${last.message}${why}${attempts}` };
}

/** Runs the attempts of one request. Resolves, never rejects; an aborted request resolves `aborted`. */
async function request(url: string, settings: Settings, controller: AbortController): Promise<BodyOutcome | 'aborted'> {
  const { signal } = controller;
  const deadline = Date.now() + settings.timeout;
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No complete response within ${settings.timeout} ms`, 'TimeoutError')),
    settings.timeout,
  );
  try {
    for (let retry = 0; ; retry++) {
      const outcome = await attempt(url, settings, signal);
      if (!('retry' in outcome)) return outcome;
      if (retry >= MAX_RETRIES) return gaveUp(outcome, '', retry);
      const wait = retryDelay(retry, outcome.retryAfter);
      if (outcome.retryAfter !== undefined && wait > MAX_RETRY_AFTER) {
        return gaveUp(outcome, `; the server asked to retry after ${Math.ceil(wait / 1000)} s`, retry);
      }
      if (Date.now() + wait >= deadline) return gaveUp(outcome, `; no time left to retry within ${settings.timeout} ms`, retry);
      await sleep(wait, signal);
    }
  } catch (error) {
    if (!signal.aborted) return { ok: false, status: -1, message: `Request failed: ${String(error)}` };
    return isTimeout(signal.reason) ? { ok: false, status: -1, message: (signal.reason as DOMException).message } : 'aborted';
  } finally {
    clearTimeout(timer);
  }
}

interface Flight {
  promise: Promise<BodyOutcome | 'aborted'>;
  controller: AbortController;
  subscribers: number;
  settled: boolean;
}

/** Requests in flight, by resolved URL and options. A settled request leaves at once: there is no cache. */
const flights = new Map<string, Flight>();

function join(url: string, settings: Settings): { promise: Flight['promise']; leave(): void } {
  const key = JSON.stringify([url, settings.credentials, settings.timeout, settings.maxBytes]);
  let flight = flights.get(key);
  if (!flight) {
    const controller = new AbortController();
    const created: Flight = { controller, subscribers: 0, settled: false, promise: request(url, settings, controller) };
    created.promise.then(() => {
      created.settled = true;
      if (flights.get(key) === created) flights.delete(key);
    });
    flights.set(key, created);
    flight = created;
  }
  const joined = flight;
  joined.subscribers++;
  let left = false;
  return {
    promise: joined.promise,
    leave() {
      if (left) return;
      left = true;
      joined.subscribers--;
      if (joined.subscribers === 0 && !joined.settled) {
        if (flights.get(key) === joined) flights.delete(key);
        joined.controller.abort();
      }
    },
  };
}

function failure(status: number, message: string): SourceResult {
  return { ok: false, status, problems: [{ path: 'src', message }] };
}

function parse(outcome: BodyOutcome): SourceResult {
  if (!outcome.ok) return failure(outcome.status, outcome.message);
  try {
    return { ok: true, data: JSON.parse(outcome.text) as unknown };
  } catch {
    const type = outcome.type.split(';')[0].trim();
    return failure(-1, `Response is not valid JSON${type ? ` (Content-Type ${type})` : ''}`);
  }
}

/**
 * Fetches `url` and parses it as JSON, with the timeout, retries, size cap and URL policy described
 * above. Resolves with a {@link SourceResult} and never rejects, unless `signal` aborts: then it
 * rejects with the signal's reason, and the shared request is aborted if no one else waits for it.
 */
export function fetchArticleJson(url: string, options: FetchArticleOptions = {}): Promise<SourceResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const target = resolveSourceUrl(url);
  if (!target.ok) return Promise.resolve(failure(-1, target.message));
  const flight = join(target.url, resolveSourceOptions(options));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      flight.leave();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    void flight.promise.then((outcome) => {
      signal?.removeEventListener('abort', onAbort);
      // `aborted` only reaches a subscriber that already left and rejected.
      if (outcome !== 'aborted') resolve(parse(outcome));
    });
  });
}

/**
 * Owns the `src` fetch cycle for a host element. The last `load()` wins: it cancels the load before it,
 * and only its result reaches `onSettle`. `abort()` cancels without settling, and so does disconnecting
 * the host; a host connected again decides itself whether to `load()` again. `onSettle` is called
 * asynchronously, at most once per load, and an exception it throws is caught.
 */
export class ArticleSourceController implements ReactiveController {
  #current?: AbortController;
  readonly #onSettle: (result: SourceResult) => void;

  constructor(host: ReactiveControllerHost, onSettle: (result: SourceResult) => void) {
    this.#onSettle = onSettle;
    host.addController(this);
  }

  /** True while a request is in flight. */
  get pending(): boolean {
    return this.#current !== undefined;
  }

  load(url: string, options: SourceOptions = {}): void {
    const previous = this.#current;
    const controller = new AbortController();
    this.#current = controller;
    fetchArticleJson(url, { ...options, signal: controller.signal }).then(
      (result) => this.#settle(controller, result),
      (error: unknown) => {
        if (!controller.signal.aborted) this.#settle(controller, failure(-1, `Request failed: ${String(error)}`));
      },
    );
    // Leave the previous request only after joining the new one, so loading the same URL again keeps it.
    previous?.abort();
  }

  /** Cancels the load in flight; `onSettle` is not called for it. */
  abort(): void {
    const current = this.#current;
    this.#current = undefined;
    current?.abort();
  }

  hostDisconnected(): void {
    this.abort();
  }

  #settle(controller: AbortController, result: SourceResult): void {
    if (this.#current !== controller || controller.signal.aborted) return;
    this.#current = undefined;
    try {
      this.#onSettle(result);
    } catch (error) {
      // The host page must never see it; the element's own bug is still worth a trace.
      console.warn('ArticleSourceController: the settle handler threw', error);
    }
  }
}
