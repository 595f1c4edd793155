// A tiny same-origin server for the browser checks in scripts/csp/: it serves pages with real
// response headers (a strict Content-Security-Policy cannot be tested from a page the test runner
// made), the built bundle, the page scripts (always external files: the policy forbids inline
// script), the seed article in each input format, and a request that never ends.
//
//   /dist/…                 the build output (run `npm run build` first)
//   /csp/…                  scripts/csp/pages/… (the page scripts)
//   /img/photo.png          a 1×1 PNG: same-origin, so `img-src 'self'` allows it
//   /data/seed.json         the seed in canonical shape   (image URL rewritten to /img/photo.png)
//   /data/seed.jsonld.json  the seed as schema.org JSON-LD (same)
//   /data/seed.wp.json      the seed as a WordPress REST post (same)
//   /data/never             never answers; `/stats` counts how many such requests are open and closed
//   /data/slow?ms=N         the seed after N ms
//   /stats                  { neverOpened, neverClosed }
//   any path given in `pages`: that page's HTML, with that page's headers
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
};

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const SEED_IMAGE = 'https://media.thecradle.co/wp-content/uploads/2021/12/US-convoy.jpg';
export const LOCAL_IMAGE = '/img/photo.png';

/** A fixture with its remote image swapped for the same-origin one, parsed. */
export function fixture(relative) {
  const text = readFileSync(join(root, relative), 'utf8');
  return JSON.parse(text.split(SEED_IMAGE).join(LOCAL_IMAGE));
}

export const SEED = fixture('test/fixtures/seed-article.json');
export const SEED_JSONLD = fixture('test/fixtures/formats/seed.jsonld.json');
export const SEED_WORDPRESS = fixture('test/fixtures/formats/seed.wordpress.json');

/** Escapes text for a double-quoted HTML attribute value. */
export function attr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** JSON for an inline `<script type="application/json">`: `<` escaped, so `</script>` cannot end it. */
export function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function fileUnder(dir, relative) {
  const path = normalize(join(dir, relative));
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Starts the server on 127.0.0.1 (a free port). `pages` maps a path to `{ html, headers }`.
 * Resolves `{ origin, stats, close() }`.
 */
export function startServer({ pages = {} } = {}) {
  const stats = { neverOpened: 0, neverClosed: 0, requests: 0 };
  const sockets = new Set();
  const server = createServer((req, res) => {
    stats.requests++;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const send = (status, body, type, headers = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
      res.end(body);
    };
    const json = (value) => send(200, JSON.stringify(value), TYPES['.json']);

    if (pages[path]) return send(200, pages[path].html, TYPES['.html'], pages[path].headers ?? {});
    if (path === '/img/photo.png') return send(200, PNG, TYPES['.png']);
    if (path === '/favicon.ico') return send(200, PNG, TYPES['.png']);
    if (path === '/data/seed.json') return json(SEED);
    if (path === '/data/seed.jsonld.json') return json(SEED_JSONLD);
    if (path === '/data/seed.wp.json') return json(SEED_WORDPRESS);
    if (path === '/stats') return json(stats);
    if (path === '/data/slow') {
      const timer = setTimeout(() => json(SEED), Number(url.searchParams.get('ms') ?? 500));
      res.once('close', () => clearTimeout(timer));
      return undefined;
    }
    if (path === '/data/never') {
      stats.neverOpened++;
      res.once('close', () => stats.neverClosed++);
      return undefined; // holds the request open until the client gives up
    }
    const file = path.startsWith('/dist/')
      ? fileUnder(join(root, 'dist'), path.slice('/dist/'.length))
      : path.startsWith('/csp/')
        ? fileUnder(pagesDir, path.slice('/csp/'.length))
        : undefined;
    if (file) return send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
    return send(404, 'Not found', 'text/plain');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        stats,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
