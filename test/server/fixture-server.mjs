// Dev-server middleware for fetch tests: scripted faults under /fault/.
//
// Every request is counted under `key` (default: the fault name), and a request whose connection the
// client closed before the response ended is counted as `closed`; `/fault/count?of=KEY` returns both,
// so a test can prove how many attempts reached the server and that an abort reached the network.
//
//   /fault/seed                     the seed article
//   /fault/article?headline=H       the seed with its headline replaced (tells race responses apart)
//   /fault/status?code=N            a JSON body with status N
//   /fault/html                     an HTML page with status 200
//   /fault/text                     a plain-text body: neither JSON nor an article page
//   /fault/page?name=N              an article page as text/html: test/fixtures/pages/N.html, or `seed` for
//                                   test/fixtures/formats/seed.page.html. `type=T` sends another Content-Type,
//                                   `pad=N` pads the page to about N bytes (with `chunked=1`: streamed with no
//                                   Content-Length), and {{key}} in the page becomes the request's key
//   /fault/redirect?to=PATH         302 to PATH on this server
//   /fault/trusted-types?src=PATH   a page under `require-trusted-types-for 'script'; trusted-types lit-html`
//                                   (plus `news-card-page` with `allow=1`) holding <news-card src=PATH>,
//                                   which it loads from /src/news-card.ts
//   /fault/invalid                  a broken JSON body labelled application/json
//   /fault/empty                    200 with no body
//   /fault/oversized?bytes=N        a JSON body of about N bytes with an honest Content-Length
//   /fault/chunked?bytes=N          the seed padded to about N bytes, streamed with no Content-Length
//   /fault/gzip?bytes=N             the seed padded to about N bytes, gzip-encoded: a small Content-Length
//                                   that understates the decoded body
//   /fault/flaky?failures=F&code=C  fails F times with status C, then serves the seed; `retryAfter=V`
//                                   adds a Retry-After header
//   /fault/reset                    drops the connection without a response (a network error). The
//                                   browser may silently resend a request whose reused connection
//                                   drops, so count attempts in the page rather than here.
//   /fault/never                    never answers
//   /fault/stall                    sends the headers and half a body, then hangs
//   /fault/count?of=KEY             { count, closed } for KEY
// Every fault takes `delay=ms` (wait before answering) and `key=K` (the counter name).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';

const seed = readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8');
const seedPage = readFileSync(new URL('../fixtures/formats/seed.page.html', import.meta.url));
const counters = new Map();
const closed = new Map();

/** The seed article with its description padded so the JSON body is about `bytes` long. */
function paddedSeed(bytes) {
  const article = JSON.parse(seed);
  const pad = Math.max(0, bytes - seed.length);
  return JSON.stringify({ ...article, description: article.description + ' ' + 'x'.repeat(pad) });
}

/** The page `name` (see /fault/page) with {{key}} filled in, padded to about `pad` bytes. */
function page(name, key, pad) {
  if (!/^[\w-]+$/.test(name)) return undefined;
  const file = new URL(`../fixtures/pages/${name}.html`, import.meta.url);
  let bytes;
  try {
    bytes = name === 'seed' ? seedPage : readFileSync(file);
  } catch {
    return undefined;
  }
  // Bytes, not text: a page in another charset must reach the client unchanged.
  bytes = Buffer.from(bytes.toString('latin1').replaceAll('{{key}}', key), 'latin1');
  const filler = Math.max(0, pad - bytes.length);
  return filler ? Buffer.concat([bytes, Buffer.from(`<!-- ${'x'.repeat(filler)} -->`)]) : bytes;
}

/** Resolves when the client closes the connection (the request was aborted or timed out). */
function clientGone(ctx) {
  return new Promise((resolve) => {
    if (ctx.req.socket.destroyed) resolve();
    else ctx.res.once('close', resolve);
  });
}

/** Ends the exchange without a response; the status only keeps the runner from logging a missing file. */
function abandon(ctx) {
  ctx.status = 204;
  ctx.respond = false;
}

function dropConnection(ctx) {
  abandon(ctx);
  ctx.req.socket.destroy();
}

export async function fixtureServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/fault/')) return next();
  const kind = url.pathname.slice('/fault/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const key = url.searchParams.get('key') ?? kind;
  if (kind !== 'count') {
    counters.set(key, (counters.get(key) ?? 0) + 1);
    ctx.res.once('close', () => {
      if (!ctx.res.writableEnded) closed.set(key, (closed.get(key) ?? 0) + 1);
    });
  }
  ctx.set('Cache-Control', 'no-store');
  if (delay) await Promise.race([new Promise((r) => setTimeout(r, delay)), clientGone(ctx)]);
  if (ctx.req.socket.destroyed) return abandon(ctx);
  const body = (text, type = 'application/json', status = 200) => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = text;
  };
  switch (kind) {
    case 'seed':
      return body(seed);
    case 'article': {
      const headline = url.searchParams.get('headline') ?? 'Echo';
      return body(JSON.stringify({ ...JSON.parse(seed), headline }));
    }
    case 'status':
      return body('{"error":true}', 'application/json', Number(url.searchParams.get('code') ?? 500));
    case 'html':
      return body('<!doctype html><title>Not JSON</title><p>Not JSON</p>', 'text/html');
    case 'invalid':
      return body('{"headline": "Cut off', 'application/json');
    case 'text':
      return body('Not JSON, and not a page', 'text/plain');
    case 'page': {
      const bytes = page(url.searchParams.get('name') ?? 'seed', key, Number(url.searchParams.get('pad') ?? 0));
      if (!bytes) return body('{}', 'application/json', 404);
      ctx.status = 200;
      // Set as given: `ctx.type` would add a charset, and a page's own <meta charset> must get its say.
      ctx.set('Content-Type', url.searchParams.get('type') ?? 'text/html');
      if (!url.searchParams.has('chunked')) {
        ctx.body = bytes;
        return undefined;
      }
      const parts = [];
      for (let i = 0; i < bytes.length; i += 64 * 1024) parts.push(bytes.subarray(i, i + 64 * 1024));
      // A stream body makes the server use chunked transfer coding: no Content-Length.
      ctx.body = Readable.from(parts);
      return undefined;
    }
    case 'trusted-types': {
      const src = new URL(url.searchParams.get('src') ?? '/', 'http://localhost');
      const policies = url.searchParams.get('allow') === '1' ? 'lit-html news-card-page' : 'lit-html';
      ctx.set('Content-Security-Policy', `require-trusted-types-for 'script'; trusted-types ${policies}`);
      // The page records its own violations; the path in src is attribute-safe (a pathname and search).
      return body(
        `<!doctype html><html lang="en"><head><title>Trusted Types</title></head><body>
<script>window.violations = []; addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective + ': ' + e.sample));</script>
<news-card src="${(src.pathname + src.search).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"></news-card>
<script type="module" src="/src/news-card.ts"></script>
</body></html>`,
        'text/html',
      );
    }
    case 'redirect': {
      // Only to a path on this server: the fixture is no open redirect.
      const to = new URL(url.searchParams.get('to') ?? '/', 'http://localhost');
      ctx.redirect(to.pathname + to.search);
      return undefined;
    }
    case 'empty':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '';
      return undefined;
    case 'oversized': {
      const size = Number(url.searchParams.get('bytes') ?? 2 * 1024 * 1024);
      return body(JSON.stringify({ headline: 'Big', description: 'x'.repeat(size) }));
    }
    case 'chunked': {
      const text = paddedSeed(Number(url.searchParams.get('bytes') ?? 2 * 1024 * 1024));
      const chunk = 64 * 1024;
      const parts = [];
      for (let i = 0; i < text.length; i += chunk) parts.push(text.slice(i, i + chunk));
      ctx.status = 200;
      ctx.type = 'application/json';
      // A stream body makes the server use chunked transfer coding: no Content-Length.
      ctx.body = Readable.from(parts);
      return undefined;
    }
    case 'gzip': {
      const zipped = gzipSync(paddedSeed(Number(url.searchParams.get('bytes') ?? 2 * 1024 * 1024)));
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
        'Content-Length': String(zipped.length),
        'Cache-Control': 'no-store',
      });
      ctx.res.end(zipped);
      return undefined;
    }
    case 'flaky': {
      const failures = Number(url.searchParams.get('failures') ?? 1);
      const code = url.searchParams.get('code') ?? '503';
      if (counters.get(key) <= failures) {
        if (url.searchParams.has('retryAfter')) ctx.set('Retry-After', url.searchParams.get('retryAfter'));
        return body('{}', 'application/json', Number(code));
      }
      return body(seed);
    }
    case 'reset':
      return dropConnection(ctx);
    case 'never':
      // Holds the request open until the client gives up.
      await clientGone(ctx);
      return abandon(ctx);
    case 'stall': {
      ctx.respond = false;
      ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      ctx.res.write(seed.slice(0, seed.length >> 1));
      await clientGone(ctx);
      return undefined;
    }
    case 'count': {
      const of = url.searchParams.get('of');
      return body(JSON.stringify({ count: counters.get(of) ?? 0, closed: closed.get(of) ?? 0 }));
    }
    case 'image':
      // /fault/image?delay=ms: the abstract test image (SVG), late; for layout-shift tests.
      return body(readFileSync(new URL('../fixtures/images/abstract.svg', import.meta.url), 'utf8'), 'image/svg+xml');
    default:
      return body('{}', 'application/json', 404);
  }
}
