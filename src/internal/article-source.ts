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
 *   body that is not JSON (nor an HTML page) and a URL the policy refuses settle with `-1`.
 * - **Pages.** A `text/html` or `application/xhtml+xml` body is an article page: it is parsed inertly
 *   and read by the page reader with the extraction engine, loaded only then (page-reader.ts). A page that describes no
 *   article settles with its HTTP status; an engine that cannot be loaded with `-1`. A cross-origin
 *   page, like cross-origin JSON, is readable only when its server allows it (CORS).
 * - **URLs.** Only `http:`, `https:` and relative URLs are fetched; anything else settles at once with a
 *   problem at path `src` and no request. Credentials are `same-origin` unless `omit` or `include` is asked.
 * - **Sharing.** Loads of the same resolved URL with the same options share one request while it is in
 *   flight; the request is aborted only when its last subscriber leaves. Nothing is cached after it
 *   settles. Each subscriber parses a JSON body itself, so no two cards hold the same object; a page
 *   is read once, and its subscribers share the frozen article.
 *
 * Nothing here touches `window` or `document` at import time: the module is imported by server rendering.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../article/types.js';
import { MAX_RESPONSE_BYTES } from '../article/limits.js';
import { checkUrl, isLoopbackHost } from '../article/url-policy.js';
import { loadPageReader, type PageReader } from './extract-loader.js';
import { PAGE_TYPE } from './page.js';

export interface SourceOptions {
  /** Milliseconds before the request is abandoned (default 10 000). */
  timeout?: number;
  /** Fetch credentials mode (default 'same-origin'). */
  credentials?: RequestCredentials;
  /** Largest accepted response body in bytes (default 1 MiB). */
  maxBytes?: number;
  /** Settle with a JSON or other non-page body as text, unparsed (feeds, read by `<news-card-list>`). */
  asText?: boolean;
}

export type SourceResult =
  /** `problems`: what reading an article page left out (JSON is checked later, by the normalizer). */
  | { ok: true; data: unknown; problems?: Problem[] }
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

const noop = () => {};

const NO_RESPONSE = 'Network error: no response';

/**
 * The URL policy for a `src`: as for article data, except that loopback addresses (127.0.0.1, [::1])
 * pass on a page that is itself served from a loopback host, in development (docs/decisions/009).
 */
export const checkSrc = (url: unknown) => checkUrl(url, { allowLoopback: isLoopbackHost(globalThis.location?.hostname ?? '') });

type Settings = Required<Omit<SourceOptions, 'asText'>>;

/** A positive finite number, floored and at least 1, or `fallback`. */
const positive = (value: number | undefined, fallback: number): number =>
  value! > 0 && value! < Infinity ? Math.floor(value!) || 1 : fallback;

/** Options with every invalid value replaced by its default. */
export function resolveSourceOptions({ timeout, credentials, maxBytes }: SourceOptions = {}): Settings {
  return {
    // 2^31 - 1 ms: engines fire a longer `setTimeout` at once, so a huge timeout must not reach a timer.
    timeout: Math.min(positive(timeout, DEFAULT_TIMEOUT), 2 ** 31 - 1),
    credentials: credentials === 'omit' || credentials === 'include' ? credentials : 'same-origin',
    maxBytes: positive(maxBytes, MAX_RESPONSE_BYTES),
  };
}

/** A `Retry-After` header value (delay seconds or an HTTP date) as ms from `now`, or undefined. */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  // An HTTP date always names its weekday or month; a bare number or junk is not one.
  const ms = /^\d+$/.test(text) ? +text * 1000 : /[a-z]/i.test(text) ? Math.max(0, Date.parse(text) - now) : NaN;
  return ms >= 0 ? ms : undefined;
}

/** The wait before retry number `retry + 1`: what the server asked for, else backoff with ±25 % jitter. */
export function retryDelay(retry: number, retryAfter?: number, random: () => number = Math.random): number {
  return retryAfter ?? Math.round(300 * 3 ** retry * (0.75 + random() * 0.5));
}

/** What one shared request ends with: a function that makes each subscriber its own result (as text, when asked). */
type Outcome = (asText?: boolean) => SourceResult;

const failed =
  (status: number, message: string, more: Problem[] = []): Outcome =>
  () => ({ ok: false, status, problems: [{ path: 'src', message }, ...more] });

/**
 * Runs the attempts of one request until it has a body or a failure; never rejects. An abort of `signal`
 * ends it at once with a timeout failure, which no one receives when it was the last subscriber leaving.
 */
async function request(url: string, { timeout, credentials, maxBytes }: Settings, signal: AbortSignal): Promise<Outcome> {
  const deadline = Date.now() + timeout;
  for (let retry = 0; ; retry++) {
    let status = -1;
    let message = NO_RESPONSE;
    let retryAfter: number | undefined;
    try {
      // The Accept value is CORS-safelisted, so a cross-origin `src` needs no preflight.
      const response = await fetch(url, {
        signal,
        credentials,
        headers: { Accept: 'application/json,application/ld+json,text/html;q=0.9,*/*;q=0.1' },
      });
      message = 'Body cut off';
      const { ok, headers } = response;
      const reader = response.body?.getReader();
      if (ok && !(+headers.get('Content-Length')! > maxBytes)) {
        // Count the bytes as they arrive: a missing or understated Content-Length cannot pass the cap.
        const parts: Uint8Array<ArrayBuffer>[] = [];
        let total = 0;
        let chunk;
        while (reader && !(chunk = await reader.read()).done && (total += chunk.value.length) <= maxBytes) {
          parts.push(chunk.value);
        }
        if (total <= maxBytes) {
          const body = new Blob(parts);
          const type = headers.get('Content-Type');
          // (`test(null)` reads "null": no page.)
          if (PAGE_TYPE.test(type!)) {
            // An article page, read once for every subscriber (the article it gives is frozen) by the page
            // reader, loaded now; the timeout covers loading it too.
            const pageReader = (await Promise.race([loadPageReader().catch(noop), new Promise((resolve) => (signal.onabort = resolve))])) as
              | PageReader
              | undefined;
            signal.throwIfAborted();
            const page = await pageReader?.readPage(body, type, response.url || url);
            return page?.article
              ? () => ({ ok, data: page.article, problems: page.problems })
              : failed(page ? response.status : -1, page ? 'The page describes no article' : 'Page reader not loaded', page?.problems);
          }
          const text = await body.text();
          return (asText) => {
            if (asText) return { ok, data: text };
            try {
              return { ok, data: JSON.parse(text) as unknown };
            } catch {
              return failed(-1, `Response is not valid JSON (${headers.get('Content-Type')})`)();
            }
          };
        }
      }
      // An error page or an oversized body is of no use: free the connection.
      reader?.cancel().catch(noop);
      status = response.status;
      if (ok) return failed(status, `Response larger than ${maxBytes} bytes`);
      message = `HTTP ${status}`;
      retryAfter = parseRetryAfter(headers.get('Retry-After'));
      if (!RETRY_STATUSES.has(status)) return failed(status, message);
    } catch {
      if (signal.aborted) return failed(-1, `No complete response within ${timeout} ms`);
      // No response at all from another origin is most often CORS refusing it: the same request without
      // CORS (an opaque response) tells that apart from a network failure. Refused, it would be refused
      // again: no retry.
      if (message == NO_RESPONSE && new URL(url).origin != globalThis.location?.origin) {
        try {
          await fetch(url, { signal, credentials, mode: 'no-cors' });
          return failed(-1, `${NO_RESPONSE}: the server may not allow cross-origin requests (CORS) from this page`);
        } catch {
          if (signal.aborted) return failed(-1, `No complete response within ${timeout} ms`);
        }
      }
    }
    const wait = retryDelay(retry, retryAfter);
    const stop =
      retry >= MAX_RETRIES
        ? '3 attempts' // MAX_RETRIES + 1, written out for the byte budget
        : wait > MAX_RETRY_AFTER
          ? `asked to retry after ${Math.ceil(wait / 1000)} s`
          : Date.now() + wait >= deadline
            ? 'no time left to retry'
            : '';
    if (stop) return failed(status, `${message} (${stop})`);
    // An abort ends the wait; the next fetch then fails at once, without a request.
    await new Promise((resolve) => {
      setTimeout(resolve, wait);
      signal.onabort = resolve;
    });
  }
}

/** A shared request. The short names are for the byte budget. */
interface Flight {
  /** The request's outcome. */
  p: Promise<Outcome>;
  /** Aborts the request. */
  c: AbortController;
  /** Subscribers still waiting. */
  n: number;
}

/** Requests in flight, by resolved URL and options. Nothing is kept after settling: there is no cache. */
const flights = new Map<string, Flight>();

/** `AbortSignal.any`, which Safari has only from 17.4 and Firefox from 124; the same by hand before that. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (AbortSignal.any) return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const signal of signals) signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

/**
 * Fetches `url` and parses it as JSON, with the timeout, retries, size cap and URL policy described
 * above. Resolves with a {@link SourceResult} and never rejects, unless `signal` aborts: then it
 * rejects with the signal's reason, and the shared request is aborted if no one else waits for it.
 */
export function fetchArticleJson(url: string, options: FetchArticleOptions = {}): Promise<SourceResult> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    // Throwing here rejects the promise.
    signal?.throwIfAborted();
    const { url: checked, problem = 'Not an http(s) URL' } = checkSrc(url);
    // Relative to the document; with no document (server rendering) a relative URL does not parse.
    let target: string | undefined;
    try {
      // `new URL`, not `URL.parse`: the latter is missing before Safari 18 and Chrome 126.
      target = checked && new URL(checked, globalThis.document?.baseURI).href;
    } catch {
      target = undefined;
    }
    // A relative URL on a page that is not http(s) itself (about:blank, file:) resolves to a scheme we refuse.
    if (!target || !/^https?:/.test(target)) return resolve(failed(-1, problem)());
    const settings = resolveSourceOptions(options);
    const key = JSON.stringify([target, settings]);
    const drop = () => flights.get(key) === flight && flights.delete(key);
    let flight = flights.get(key)!;
    if (!flight) {
      const controller = new AbortController();
      // The last subscriber leaving or the timeout, whichever comes first, aborts the request.
      const ends = anySignal([controller.signal, AbortSignal.timeout(settings.timeout)]);
      flights.set(key, (flight = { c: controller, n: 0, p: request(target, settings, ends) }));
      void flight.p.then(drop);
    }
    flight.n++;
    const leave = () => {
      reject(signal!.reason);
      if (!--flight.n) {
        drop();
        flight.c.abort();
      }
    };
    // A signal aborts at most once, so `leave` runs at most once.
    signal?.addEventListener('abort', leave);
    void flight.p.then((outcome) => {
      signal?.removeEventListener('abort', leave);
      resolve(outcome(options.asText));
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
    return !!this.#current;
  }

  load(url: string, options: SourceOptions = {}): void {
    const previous = this.#current;
    const controller = (this.#current = new AbortController());
    fetchArticleJson(url, { ...options, signal: controller.signal }).then((result) => {
      // A load replaced or aborted meanwhile is no longer current, even if its result was already on its way.
      if (this.#current !== controller) return;
      this.#current = undefined;
      try {
        this.#onSettle(result);
      } catch (error) {
        // The host page must never see it; the element's own bug is still worth a trace.
        console.warn(error);
      }
    }, noop);
    // Leave the previous request only after joining the new one, so loading the same URL again keeps it.
    previous?.abort();
  }

  /** Cancels the load in flight; `onSettle` is not called for it. */
  abort(): void {
    this.#current?.abort();
    this.#current = undefined;
  }

  hostDisconnected(): void {
    this.abort();
  }
}
