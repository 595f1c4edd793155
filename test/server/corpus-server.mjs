// Dev-server middleware that serves the extraction corpus (../shared/corpora/postlight/, beside the
// repository; never copied into it) to browser tests:
//   /corpus/index.json          the corpus index (one row per page), or 404 when the corpus is missing
//   /corpus/<dir>/page.html     a saved page, as text/plain bytes (read by the test, never rendered)
//   /corpus/<dir>/expected.json its expected values
// Only directories the index names are served. NEWS_CARD_CORPUS points at another corpus of the same layout.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.NEWS_CARD_CORPUS || fileURLToPath(new URL('../../../shared/corpora/postlight/', import.meta.url));
let dirs;

export async function corpusServer(ctx, next) {
  const match = /^\/corpus\/(?:index\.json|([^/]+)\/(page\.html|expected\.json))$/.exec(ctx.path);
  if (!match) return next();
  if (!existsSync(join(root, 'index.json'))) {
    ctx.status = 404;
    ctx.body = `The extraction corpus is missing: expected it at ${root}`;
    return;
  }
  dirs ??= new Set(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).map((row) => row.dir));
  const [, dir, file] = match;
  if (dir && !dirs.has(dir)) return next();
  ctx.type = file == 'page.html' ? 'text/plain; charset=utf-8' : 'application/json';
  ctx.body = readFileSync(join(root, dir ? join(dir, file) : 'index.json'));
}
