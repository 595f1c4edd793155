/**
 * Stands in for the network in the `src` stories, so they behave the same in the dev server, the
 * static catalog and the story tests. Only URLs under `https://example.com/stub/` are answered
 * here; every other request goes to the real `fetch`.
 */
import type { Decorator } from '@storybook/web-components-vite';

export const STUB_ORIGIN = 'https://example.com/stub/';

export type StubResponse =
  | { kind: 'never' }
  | { kind: 'json'; body: unknown; delay?: number }
  | { kind: 'text'; body: string; status?: number; contentType?: string };

const routes = new Map<string, StubResponse>();
let realFetch: typeof fetch | undefined;

function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

function answer(route: StubResponse, signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    let timer: ReturnType<typeof setTimeout> | undefined;
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortError());
    });
    switch (route.kind) {
      case 'never':
        return; // Never settles, unless the caller aborts.
      case 'json':
        timer = setTimeout(
          () => resolve(new Response(JSON.stringify(route.body), { headers: { 'content-type': 'application/json' } })),
          route.delay ?? 0,
        );
        return;
      case 'text':
        resolve(
          new Response(route.body, {
            status: route.status ?? 200,
            headers: { 'content-type': route.contentType ?? 'text/plain' },
          }),
        );
        return;
    }
  });
}

function install(): void {
  if (realFetch) return;
  realFetch = globalThis.fetch;
  const passThrough = realFetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = requestUrl(input);
    const route = url.startsWith(STUB_ORIGIN) ? routes.get(url) : undefined;
    if (!route) return passThrough(input, init);
    return answer(route, init?.signal ?? (input instanceof Request ? input.signal : undefined));
  };
}

/** Answers `url` (under STUB_ORIGIN) with `response` while the story is shown. */
export function stubFetch(url: string, response: StubResponse): Decorator {
  if (!url.startsWith(STUB_ORIGIN)) throw new Error(`Stubbed URLs live under ${STUB_ORIGIN}`);
  return (story) => {
    install();
    routes.set(url, response);
    return story();
  };
}
