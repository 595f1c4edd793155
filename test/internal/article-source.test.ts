import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  ArticleSourceController,
  DEFAULT_TIMEOUT,
  MAX_RETRY_AFTER,
  fetchArticleJson,
  parseRetryAfter,
  resolveSourceOptions,
  retryDelay,
  type SourceOptions,
  type SourceResult,
} from '../../src/internal/article-source.js';
import { MAX_RESPONSE_BYTES } from '../../src/article/limits.js';
import { serverCount, until } from '../server/fault-client.js';

/** A minimal reactive host: records every settled result. */
class SourceHost extends LitElement {
  results: SourceResult[] = [];
  throwOnSettle = false;
  readonly source = new ArticleSourceController(this, (result) => {
    this.results.push(result);
    if (this.throwOnSettle) throw new Error('handler bug');
  });
}
customElements.define('test-article-source-host', SourceHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-article-source-host': SourceHost;
  }
}

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
/** A counter name no other test uses. */
const key = (name: string) => `${name}-${run}-${serial++}`;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function newHost(): Promise<SourceHost> {
  return fixture<SourceHost>(html`<test-article-source-host></test-article-source-host>`);
}

/** Loads `url` on a fresh host and resolves with its one result. */
async function settle(url: string, options?: SourceOptions): Promise<SourceResult> {
  const host = await newHost();
  host.source.load(url, options);
  await until(() => host.results.length > 0, `${url} to settle`);
  expect(host.results).to.have.length(1);
  return host.results[0];
}

function expectError(result: SourceResult, status: number): string {
  if (result.ok) throw new Error(`Expected an error with status ${status}, got data`);
  expect(result.status).to.equal(status);
  expect(result.problems).to.have.length(1);
  expect(result.problems[0].path).to.equal('src');
  return result.problems[0].message;
}

function expectData(result: SourceResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`Expected data, got ${result.status}: ${result.problems[0]?.message}`);
  return result.data as Record<string, unknown>;
}

let seedText = '';
let seedHeadline = '';
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);

before(async () => {
  seedText = await (await fetch('/test/fixtures/seed-article.json')).text();
  seedHeadline = (JSON.parse(seedText) as { headline: string }).headline;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  // Nothing the fetch layer does may reach the host page as an uncaught error.
  expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
});

describe('article-source: pure parts', () => {
  it('reads Retry-After as delay seconds', () => {
    expect(parseRetryAfter('5')).to.equal(5000);
    expect(parseRetryAfter(' 0 ')).to.equal(0);
  });

  it('reads Retry-After as an HTTP date, relative to now', () => {
    const now = Date.UTC(2024, 0, 1, 0, 0, 0);
    expect(parseRetryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now)).to.equal(30000);
    expect(parseRetryAfter('Sun, 31 Dec 2023 23:00:00 GMT', now)).to.equal(0);
  });

  it('ignores a missing or malformed Retry-After', () => {
    for (const value of [null, undefined, '', 'soon', '-1', '1.5', '12abc']) {
      expect(parseRetryAfter(value), String(value)).to.equal(undefined);
    }
  });

  it('backs off 300 ms then 900 ms with ±25 % jitter, or waits what the server asked', () => {
    expect(retryDelay(0, undefined, () => 0.5)).to.equal(300);
    expect(retryDelay(1, undefined, () => 0.5)).to.equal(900);
    expect(retryDelay(0, undefined, () => 0)).to.equal(225);
    expect(retryDelay(0, undefined, () => 0.999999)).to.equal(375);
    expect(retryDelay(1, undefined, () => 0)).to.equal(675);
    expect(retryDelay(0, 2000, () => 0.5)).to.equal(2000);
  });

  it('replaces invalid options with the defaults', () => {
    const defaults = { timeout: DEFAULT_TIMEOUT, credentials: 'same-origin', maxBytes: MAX_RESPONSE_BYTES };
    expect(DEFAULT_TIMEOUT).to.equal(10000);
    expect(MAX_RESPONSE_BYTES).to.equal(1024 * 1024);
    expect(resolveSourceOptions()).to.deep.equal(defaults);
    expect(
      resolveSourceOptions({ timeout: Number.NaN, credentials: 'bogus' as RequestCredentials, maxBytes: -1 }),
    ).to.deep.equal(defaults);
    expect(resolveSourceOptions({ timeout: Infinity, maxBytes: Infinity })).to.deep.equal(defaults);
    expect(resolveSourceOptions({ timeout: 0 })).to.deep.equal(defaults);
    expect(resolveSourceOptions({ timeout: 250, credentials: 'include', maxBytes: 100 })).to.deep.equal({
      timeout: 250,
      credentials: 'include',
      maxBytes: 100,
    });
    // setTimeout fires at once past 2^31 - 1 ms: a huge timeout must not become no timeout.
    expect(resolveSourceOptions({ timeout: 1e12 }).timeout).to.equal(2 ** 31 - 1);
  });
});

describe('ArticleSourceController: success and HTTP errors', () => {
  it('settles with the parsed JSON and clears pending', async () => {
    const host = await newHost();
    const k = key('seed');
    host.source.load(`/fault/seed?key=${k}`);
    expect(host.source.pending).to.equal(true);
    await until(() => host.results.length > 0, 'settle');
    expect(host.source.pending).to.equal(false);
    expect(expectData(host.results[0]).headline).to.equal(seedHeadline);
    expect(expectData(host.results[0])).to.deep.equal(JSON.parse(seedText));
    expect((await serverCount(k)).count).to.equal(1);
  });

  it('settles asynchronously, never inside load()', async () => {
    const host = await newHost();
    host.source.load('javascript:alert(1)');
    expect(host.results).to.have.length(0);
    await until(() => host.results.length > 0, 'settle');
    expect(host.results).to.have.length(1);
  });

  it('reports a 404 with its status and does not retry it', async () => {
    const k = key('404');
    const message = expectError(await settle(`/fault/status?code=404&key=${k}`), 404);
    expect(message).to.contain('404');
    expect((await serverCount(k)).count).to.equal(1);
  });

  for (const code of [400, 401, 403, 410, 422]) {
    it(`does not retry ${code}`, async () => {
      const k = key(`no-retry-${code}`);
      expectError(await settle(`/fault/status?code=${code}&key=${k}`), code);
      expect((await serverCount(k)).count).to.equal(1);
    });
  }

  for (const code of [408, 429, 500, 502, 503, 504]) {
    it(`retries ${code} and then succeeds`, async () => {
      const k = key(`retry-${code}`);
      const data = expectData(await settle(`/fault/flaky?failures=1&code=${code}&key=${k}`));
      expect(data.headline).to.equal(seedHeadline);
      expect((await serverCount(k)).count).to.equal(2);
    });
  }

  it('gives up on a persistent 503 after exactly three attempts, with status 503', async () => {
    const k = key('503x3');
    const message = expectError(await settle(`/fault/flaky?failures=10&code=503&key=${k}`), 503);
    expect(message).to.contain('3 attempts');
    expect((await serverCount(k)).count).to.equal(3);
  });
});

describe('ArticleSourceController: network errors', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('retries a network error and then succeeds', async () => {
    let calls = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
    };
    expect(expectData(await settle(`/fault/seed?key=${key('net-once')}`)).headline).to.equal(seedHeadline);
    expect(calls).to.equal(2);
  });

  it('reports a dropped connection as -1 after three attempts', async () => {
    // The browser itself may resend a request whose reused connection drops: count attempts here.
    let calls = 0;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls++;
      return realFetch(input, init);
    };
    const k = key('reset');
    const message = expectError(await settle(`/fault/reset?key=${k}`), -1);
    expect(message).to.match(/network/i);
    expect(message).to.contain('3 attempts');
    expect(calls).to.equal(3);
    expect((await serverCount(k)).count).to.be.at.least(3);
  });

  it('reports a body cut off mid-stream as a network error, -1', async () => {
    let calls = 0;
    window.fetch = async () => {
      calls++;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"headline":'));
          controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const message = expectError(await settle(`/fault/seed?key=${key('cut')}`), -1);
    expect(message).to.contain('cut off');
    expect(calls).to.equal(3);
  });
});

describe('ArticleSourceController: Retry-After', () => {
  it('retries at once when Retry-After is 0', async () => {
    const k = key('ra-0');
    expectData(await settle(`/fault/flaky?failures=1&code=503&retryAfter=0&key=${k}`));
    expect((await serverCount(k)).count).to.equal(2);
  });

  it('waits the seconds a 429 asks for, then retries', async () => {
    const k = key('ra-429');
    expectData(await settle(`/fault/flaky?failures=1&code=429&retryAfter=1&key=${k}`));
    expect((await serverCount(k)).count).to.equal(2);
  });

  it('does not retry sooner than asked: a wait past the timeout ends with the HTTP status', async () => {
    const k = key('ra-timeout');
    const message = expectError(
      await settle(`/fault/flaky?failures=1&code=503&retryAfter=3&key=${k}`, { timeout: 1500 }),
      503,
    );
    expect(message).to.contain('no time left');
    expect((await serverCount(k)).count).to.equal(1);
  });

  it(`does not wait longer than ${MAX_RETRY_AFTER} ms, even within the timeout`, async () => {
    const k = key('ra-long');
    const message = expectError(
      await settle(`/fault/flaky?failures=1&code=503&retryAfter=60&key=${k}`, { timeout: 120000 }),
      503,
    );
    expect(message).to.contain('retry after 60 s');
    expect((await serverCount(k)).count).to.equal(1);
  });

  it('reads an HTTP date: a far one stops retrying, a past one retries at once', async () => {
    const far = encodeURIComponent(new Date(Date.now() + 3600_000).toUTCString());
    const k1 = key('ra-date-far');
    expectError(await settle(`/fault/flaky?failures=1&code=503&retryAfter=${far}&key=${k1}`), 503);
    expect((await serverCount(k1)).count).to.equal(1);

    const past = encodeURIComponent(new Date(Date.now() - 3600_000).toUTCString());
    const k2 = key('ra-date-past');
    expectData(await settle(`/fault/flaky?failures=1&code=503&retryAfter=${past}&key=${k2}`));
    expect((await serverCount(k2)).count).to.equal(2);
  });
});

describe('ArticleSourceController: bodies', () => {
  it('reports a body that is neither JSON nor a page as -1, naming its type', async () => {
    const message = expectError(await settle(`/fault/text?key=${key('text')}`), -1);
    expect(message).to.contain('not valid JSON');
    expect(message).to.contain('text/plain');
  });

  it('reads an HTML page with the extraction engine, and reports a page with no article with its status', async () => {
    const article = expectData(await settle(`/fault/page?name=seed&key=${key('page')}`));
    expect(article.headline).to.equal(seedHeadline);
    const result = await settle(`/fault/page?name=not-an-article&key=${key('no-article')}`);
    if (result.ok) throw new Error('Expected no article');
    expect(result.status).to.equal(200);
    expect(result.problems[0]).to.deep.equal({ path: 'src', message: 'The page describes no article' });
  });

  it('reports invalid JSON as -1', async () => {
    expect(expectError(await settle(`/fault/invalid?key=${key('invalid')}`), -1)).to.contain('not valid JSON');
  });

  it('reports an empty body as -1', async () => {
    expectError(await settle(`/fault/empty?key=${key('empty')}`), -1);
  });

  it('refuses a body over 1 MiB announced by Content-Length, with the HTTP status', async () => {
    const message = expectError(await settle(`/fault/oversized?key=${key('big')}`), 200);
    expect(message).to.equal(`Response larger than ${MAX_RESPONSE_BYTES} bytes`);
  });

  it('refuses a streamed body over 1 MiB that has no Content-Length', async () => {
    const url = `/fault/chunked?bytes=${2 * 1024 * 1024}&key=${key('chunked-big')}`;
    const probe = await fetch(url);
    expect(probe.headers.get('Content-Length'), 'the fixture must not send a length').to.equal(null);
    await probe.body?.cancel();
    expect(expectError(await settle(url), 200)).to.equal(`Response larger than ${MAX_RESPONSE_BYTES} bytes`);
  });

  it('refuses a compressed body whose Content-Length understates it', async () => {
    const url = `/fault/gzip?bytes=${2 * 1024 * 1024}&key=${key('gzip')}`;
    const probe = await fetch(url);
    expect(Number(probe.headers.get('Content-Length')), 'the fixture must understate').to.be.below(MAX_RESPONSE_BYTES);
    await probe.body?.cancel();
    expect(expectError(await settle(url), 200)).to.equal(`Response larger than ${MAX_RESPONSE_BYTES} bytes`);
  });

  it('accepts a streamed body under the cap', async () => {
    const data = expectData(await settle(`/fault/chunked?bytes=300000&key=${key('chunked-ok')}`));
    expect(data.headline).to.equal(seedHeadline);
    expect(String(data.description).length).to.be.above(290000);
  });

  it('enforces maxBytes to the byte, with and without Content-Length', async () => {
    const seedBytes = new TextEncoder().encode(seedText).length;
    expectData(await settle(`/fault/seed?key=${key('cap')}`, { maxBytes: seedBytes }));
    expect(expectError(await settle(`/fault/seed?key=${key('cap')}`, { maxBytes: seedBytes - 1 }), 200)).to.equal(
      `Response larger than ${seedBytes - 1} bytes`,
    );

    const streamed = `/fault/chunked?bytes=200000&key=${key('cap-stream')}`;
    const streamedBytes = (await (await fetch(streamed)).arrayBuffer()).byteLength;
    expectData(await settle(streamed, { maxBytes: streamedBytes }));
    expectError(await settle(streamed, { maxBytes: streamedBytes - 1 }), 200);
  });

  it('decodes UTF-8 split across chunks', async () => {
    // The seed's curly apostrophes are multi-byte; a 300 kB stream splits the body into 64 KiB chunks.
    const data = expectData(await settle(`/fault/chunked?bytes=300000&key=${key('utf8')}`));
    expect(data.headline).to.equal(seedHeadline);
    expect(String(data.description)).not.to.contain('\uFFFD');
  });
});

describe('ArticleSourceController: timeout', () => {
  it('reports -1 when nothing answers within the timeout, and closes the request', async () => {
    const k = key('never');
    const message = expectError(await settle(`/fault/never?key=${k}`, { timeout: 300 }), -1);
    expect(message).to.contain('within 300 ms');
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the request closed');
    expect((await serverCount(k)).count).to.equal(1);
  });

  it('reports -1 when the body stops arriving', async () => {
    const k = key('stall');
    expect(expectError(await settle(`/fault/stall?key=${k}`, { timeout: 400 }), -1)).to.contain('within 400 ms');
  });

  it('counts retries and their waits against one overall timeout', async () => {
    // Attempt 1 fails, a wait of at most 375 ms fits; attempt 2 fails, a wait of at least 675 ms does not.
    const k = key('overall');
    const message = expectError(await settle(`/fault/flaky?failures=10&code=503&key=${k}`, { timeout: 800 }), 503);
    expect(message).to.contain('no time left');
    expect((await serverCount(k)).count).to.equal(2);
  });
});

describe('ArticleSourceController: races and cancellation', () => {
  it('A (slow) then B (fast) settles with B only, and aborts A on the network', async () => {
    const host = await newHost();
    const a = key('race-a');
    host.source.load(`/fault/article?headline=A&delay=500&key=${a}`);
    await until(async () => (await serverCount(a)).count === 1, 'A to reach the server');
    host.source.load(`/fault/article?headline=B&key=${key('race-b')}`);
    await until(() => host.results.length > 0, 'B');
    expect(expectData(host.results[0]).headline).to.equal('B');
    await until(async () => (await serverCount(a)).closed >= 1, 'A closed');
    await wait(700);
    expect(host.results).to.have.length(1);
  });

  it('ten rapid loads settle exactly once, with the last', async () => {
    const host = await newHost();
    for (let i = 0; i < 10; i++) {
      // Earlier loads answer later, so a stale response would arrive after the last one.
      host.source.load(`/fault/article?headline=R${i}&delay=${(9 - i) * 40}&key=${key('rapid')}`);
    }
    await until(() => host.results.length > 0, 'the last load');
    await wait(600);
    expect(host.results).to.have.length(1);
    expect(expectData(host.results[0]).headline).to.equal('R9');
  });

  it('loading the same URL again keeps the request in flight and settles once', async () => {
    const host = await newHost();
    const k = key('same-again');
    host.source.load(`/fault/seed?delay=200&key=${k}`);
    host.source.load(`/fault/seed?delay=200&key=${k}`);
    await until(() => host.results.length > 0, 'settle');
    await wait(300);
    expect(host.results).to.have.length(1);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
  });

  it('abort() right after load() never settles', async () => {
    const host = await newHost();
    host.source.load(`/fault/seed?delay=200&key=${key('abort-now')}`);
    host.source.abort();
    expect(host.source.pending).to.equal(false);
    await wait(600);
    expect(host.results).to.have.length(0);
  });

  it('abort() closes the request on the network and never settles', async () => {
    const host = await newHost();
    const k = key('abort');
    host.source.load(`/fault/seed?delay=500&key=${k}`);
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    host.source.abort();
    expect(host.source.pending).to.equal(false);
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the abort');
    await wait(700);
    expect(host.results).to.have.length(0);
  });

  it('a response already parsed but not yet delivered is dropped when abort() or load() comes first', async () => {
    // JSON.parse runs as the response arrives; cancelling from inside it lands in the gap before delivery.
    const realParse = JSON.parse;
    const cancelDuringParse = (marker: string, cancel: () => void) => {
      JSON.parse = function (this: unknown, text: string, reviver?: (key: string, value: unknown) => unknown) {
        if (typeof text === 'string' && text.includes(marker)) {
          JSON.parse = realParse;
          cancel();
        }
        return realParse.call(JSON, text, reviver) as unknown;
      };
    };
    try {
      const aborted = await newHost();
      const markerA = `Parsed then aborted ${run}`;
      cancelDuringParse(markerA, () => aborted.source.abort());
      aborted.source.load(`/fault/article?headline=${encodeURIComponent(markerA)}&key=${key('gap-abort')}`);
      await until(() => JSON.parse === realParse, 'the response to be parsed');
      await wait(200);
      expect(aborted.results).to.have.length(0);

      const replaced = await newHost();
      const markerB = `Parsed then replaced ${run}`;
      cancelDuringParse(markerB, () => replaced.source.load(`/fault/article?headline=Latest&key=${key('gap-latest')}`));
      replaced.source.load(`/fault/article?headline=${encodeURIComponent(markerB)}&key=${key('gap-stale')}`);
      await until(() => replaced.results.length > 0, 'the latest load');
      await wait(200);
      expect(replaced.results).to.have.length(1);
      expect(expectData(replaced.results[0]).headline).to.equal('Latest');
    } finally {
      JSON.parse = realParse;
    }
  });

  it('abort() during a backoff wait stops the retries', async () => {
    const host = await newHost();
    const k = key('abort-backoff');
    host.source.load(`/fault/flaky?failures=10&code=503&key=${k}`);
    await until(async () => (await serverCount(k)).count === 1, 'the first attempt');
    host.source.abort();
    await wait(1500);
    expect(host.results).to.have.length(0);
    expect((await serverCount(k)).count).to.equal(1);
  });

  it('disconnecting the host closes the request and never settles', async () => {
    const host = await newHost();
    const k = key('disconnect');
    host.source.load(`/fault/seed?delay=500&key=${k}`);
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    host.remove();
    expect(host.source.pending).to.equal(false);
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the abort');
    await wait(700);
    expect(host.results).to.have.length(0);
  });

  it('disconnecting the host right after load() never settles', async () => {
    const host = await newHost();
    host.source.load(`/fault/seed?delay=200&key=${key('disconnect-now')}`);
    host.remove();
    await wait(600);
    expect(host.results).to.have.length(0);
  });

  it('a host moved in the document does not settle the cut-off load; a new load() does', async () => {
    const host = await newHost();
    const parent = host.parentElement!;
    host.source.load(`/fault/seed?delay=200&key=${key('move')}`);
    host.remove();
    parent.append(host);
    expect(host.source.pending).to.equal(false);
    await wait(500);
    expect(host.results).to.have.length(0);
    host.source.load(`/fault/seed?key=${key('move-again')}`);
    await until(() => host.results.length > 0, 'settle');
    expect(expectData(host.results[0]).headline).to.equal(seedHeadline);
  });

  it('catches an exception thrown by the settle handler', async () => {
    const host = await newHost();
    host.throwOnSettle = true;
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      host.source.load(`/fault/seed?key=${key('throws')}`);
      await until(() => host.results.length > 0, 'settle');
      await wait(50);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    // afterEach checks that no error reached the page.
  });
});

describe('ArticleSourceController: shared requests', () => {
  it('two hosts loading the same URL share one request, each with its own copy', async () => {
    const [one, two] = [await newHost(), await newHost()];
    const k = key('shared');
    one.source.load(`/fault/seed?delay=200&key=${k}`);
    two.source.load(`${location.origin}/fault/seed?delay=200&key=${k}`);
    await until(() => one.results.length > 0 && two.results.length > 0, 'both');
    const a = expectData(one.results[0]);
    const b = expectData(two.results[0]);
    expect(a).to.deep.equal(b);
    expect(a).not.to.equal(b);
    a.headline = 'changed';
    expect(b.headline).to.equal(seedHeadline);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
  });

  it('one host aborting leaves the shared request to the other', async () => {
    const [one, two] = [await newHost(), await newHost()];
    const k = key('shared-abort');
    one.source.load(`/fault/seed?delay=300&key=${k}`);
    two.source.load(`/fault/seed?delay=300&key=${k}`);
    one.source.abort();
    await until(() => two.results.length > 0, 'the other');
    expect(expectData(two.results[0]).headline).to.equal(seedHeadline);
    await wait(100);
    expect(one.results).to.have.length(0);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
  });

  it('the last host leaving aborts the shared request', async () => {
    const [one, two] = [await newHost(), await newHost()];
    const k = key('shared-last');
    one.source.load(`/fault/seed?delay=500&key=${k}`);
    two.source.load(`/fault/seed?delay=500&key=${k}`);
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    one.source.abort();
    two.remove();
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the abort');
    await wait(700);
    expect(one.results.length + two.results.length).to.equal(0);
  });

  it('does not share across credentials modes, and caches nothing after settling', async () => {
    const [one, two] = [await newHost(), await newHost()];
    const k = key('not-shared');
    one.source.load(`/fault/seed?delay=100&key=${k}`);
    two.source.load(`/fault/seed?delay=100&key=${k}`, { credentials: 'include' });
    await until(() => one.results.length > 0 && two.results.length > 0, 'both');
    expect((await serverCount(k)).count).to.equal(2);
    one.source.load(`/fault/seed?key=${k}`);
    await until(() => one.results.length > 1, 'the second load');
    expect((await serverCount(k)).count).to.equal(3);
  });
});

describe('ArticleSourceController: URL policy and request options', () => {
  let calls: [RequestInfo | URL, RequestInit | undefined][] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    calls = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push([input, init]);
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  const refused = [
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:application/json,{"headline":"x"}',
    'vbscript:msgbox(1)',
    'mailto:desk@example.com',
    'file:///etc/passwd',
    '//example.com/article.json',
    '',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)} with -1 at path src and makes no request`, async () => {
      expectError(await settle(url), -1);
      expect(calls).to.have.length(0);
    });
  }

  it("sends credentials 'same-origin' by default, the asked mode otherwise, and asks for JSON", async () => {
    const modes: [RequestCredentials | undefined, RequestCredentials][] = [
      [undefined, 'same-origin'],
      ['include', 'include'],
      ['omit', 'omit'],
      ['bogus' as RequestCredentials, 'same-origin'],
    ];
    for (const [asked, sent] of modes) {
      calls = [];
      expectData(await settle(`/fault/seed?key=${key('cred')}`, { credentials: asked }));
      expect(calls).to.have.length(1);
      expect(calls[0][1]?.credentials, String(asked)).to.equal(sent);
      expect(new Headers(calls[0][1]?.headers).get('Accept')).to.contain('application/json');
    }
  });

  it('fetches a relative src resolved against the document', async () => {
    const url = `/fault/seed?key=${key('relative')}`;
    expectData(await settle(url));
    expect(String(calls[0][0])).to.equal(new URL(url, document.baseURI).href);
  });
});

describe('fetchArticleJson', () => {
  it('resolves with the same result shape as the controller', async () => {
    const result = await fetchArticleJson(`/fault/seed?key=${key('direct')}`);
    expect(expectData(result).headline).to.equal(seedHeadline);
  });

  it('rejects with the abort reason when its signal aborts, and the request is closed', async () => {
    const k = key('direct-abort');
    const controller = new AbortController();
    const pending = fetchArticleJson(`/fault/never?key=${k}`, { signal: controller.signal });
    await until(async () => (await serverCount(k)).count === 1, 'the request');
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException).name).to.equal('AbortError');
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the abort');
  });

  it('rejects at once for a signal that is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let error: unknown;
    await fetchArticleJson('/fault/seed', { signal: controller.signal }).catch((caught: unknown) => {
      error = caught;
    });
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
