// PLACEHOLDER written by the lead so element work can start; the fetch helper replaces the internals.
// The exported interface below is the agreed contract between <news-card> and the fetch layer.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../article/types.js';

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

/**
 * Owns the `src` fetch cycle for a host element: the last `load()` wins, `abort()` and
 * host disconnection cancel the request in flight, and a cancelled load never settles.
 */
export class ArticleSourceController implements ReactiveController {
  private abortController?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly onSettle: (result: SourceResult) => void,
  ) {
    host.addController(this);
  }

  /** True while a request is in flight. */
  get pending(): boolean {
    return this.abortController !== undefined;
  }

  load(url: string, options: SourceOptions = {}): void {
    this.abort();
    const ac = new AbortController();
    this.abortController = ac;
    fetch(url, { signal: ac.signal, credentials: options.credentials ?? 'same-origin' })
      .then((r) => (r.ok ? r.json().then((data) => ({ ok: true as const, data })) : { ok: false as const, status: r.status, problems: [{ path: '', message: `HTTP ${r.status}` }] }))
      .catch(() => ({ ok: false as const, status: -1, problems: [{ path: '', message: 'Network error' }] }))
      .then((result) => {
        if (ac.signal.aborted || this.abortController !== ac) return;
        this.abortController = undefined;
        this.onSettle(result);
      });
  }

  abort(): void {
    this.abortController?.abort();
    this.abortController = undefined;
  }

  hostDisconnected(): void {
    this.abort();
  }
}
