// A small static server for the benchmark pages, bound to the loopback interface on a random port.
//
//   /dist/*              the build being measured (bench/dist.mjs)
//   /pages/*             bench/pages (the benchmark pages and the vanilla baseline)
//   /node_modules/lit…   Lit's packages, for the unbundled dist/ modules (profiles only)
//   /seed.json           the seed article
//   /bench/vanilla.css   the card's own CSS, rewritten for the light DOM (set by the harness)
//   /img/NAME.png?w=&h=&delay=&status=&run=
//                        a generated PNG of w×h pixels after `delay` ms, or an error `status` (404, 500)
//
// Image requests are counted per `run`, so a page can be held open until every image has answered.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './dist.mjs';
import { deflateSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const MOUNTS = {
  '/dist/': DIST,
  '/pages/': resolve(ROOT, 'bench/pages'),
  // Lit, for the unbundled variant of the profile page only.
  '/node_modules/lit/': resolve(ROOT, 'node_modules/lit'),
  '/node_modules/lit-html/': resolve(ROOT, 'node_modules/lit-html'),
  '/node_modules/lit-element/': resolve(ROOT, 'node_modules/lit-element'),
  '/node_modules/@lit/reactive-element/': resolve(ROOT, 'node_modules/@lit/reactive-element'),
};

let crcTable;
function crc32(bytes) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A w×h RGB PNG with a diagonal gradient, so it is a real image to decode and paint. */
function makePng(width, height) {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    raw[y * row] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * row + 1 + x * 3;
      raw[o] = (x * 255) / width;
      raw[o + 1] = (y * 255) / height;
      raw[o + 2] = 128;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const clampInt = (value, lo, hi, fallback) => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
};

/**
 * Starts the server. Resolves to `{ origin, close(), setCss(text), images(run) }`, where `images(run)`
 * returns `{ requested, answered }` for the image requests tagged with that run.
 */
export async function startServer() {
  const pngs = new Map();
  const runs = new Map();
  let vanillaCss = '/* not set */';

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname === '/seed.json') {
        return send(200, TYPES['.json'], await readFile(resolve(ROOT, 'test/fixtures/seed-article.json')));
      }
      if (url.pathname === '/bench/vanilla.css') return send(200, TYPES['.css'], vanillaCss);
      if (url.pathname.startsWith('/img/')) {
        const run = url.searchParams.get('run') ?? '';
        const stats = runs.get(run) ?? { requested: 0, answered: 0 };
        runs.set(run, stats);
        stats.requested++;
        const delay = clampInt(url.searchParams.get('delay'), 0, 30_000, 0);
        const status = clampInt(url.searchParams.get('status'), 200, 599, 200);
        const w = clampInt(url.searchParams.get('w'), 1, 2400, 1200);
        const h = clampInt(url.searchParams.get('h'), 1, 2400, 675);
        if (delay) await new Promise((r) => setTimeout(r, delay));
        stats.answered++;
        if (status !== 200) return send(status, 'text/plain; charset=utf-8', `status ${status}`);
        const key = `${w}x${h}`;
        if (!pngs.has(key)) pngs.set(key, makePng(w, h));
        // Images may be cached: a page of cards repeats the same photo.
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' });
        return res.end(pngs.get(key));
      }
      const mount = Object.keys(MOUNTS).find((m) => url.pathname.startsWith(m));
      if (mount) {
        const base = MOUNTS[mount];
        const file = resolve(base, decodeURIComponent(url.pathname.slice(mount.length)));
        if (file !== base && !file.startsWith(base + sep)) return send(403, 'text/plain', 'forbidden');
        const body = await readFile(file);
        return send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
      }
      send(404, 'text/plain', 'not found');
    } catch (error) {
      send(error?.code === 'ENOENT' ? 404 : 500, 'text/plain', String(error?.message ?? error));
    }
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    setCss(text) {
      vanillaCss = text;
    },
    images(run) {
      return { ...(runs.get(run) ?? { requested: 0, answered: 0 }) };
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
