// Dev-server middleware that serves the extraction corpus (../shared/corpora/postlight/, beside the
// repository; never copied into it) to browser tests:
//   /corpus/index.json          the corpus index (one row per page), or 404 when the corpus is missing
//   /corpus/<dir>/page.html     a saved page, as text/plain bytes (read by the test, never rendered)
//   /corpus/<dir>/expected.json its expected values
// Only directories the index names are served. Where the corpus is found: test/corpus-location.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusMissing, findCorpus } from '../corpus-location.mjs';

const root = findCorpus();
let dirs;

export async function corpusServer(ctx, next) {
  const match = /^\/corpus\/(?:index\.json|([^/]+)\/(page\.html|expected\.json))$/.exec(ctx.path);
  if (!match) return next();
  if (!root) {
    ctx.status = 404;
    ctx.body = corpusMissing();
    return;
  }
  dirs ??= new Set(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).map((row) => row.dir));
  const [, dir, file] = match;
  if (dir && !dirs.has(dir)) return next();
  ctx.type = file == 'page.html' ? 'text/plain; charset=utf-8' : 'application/json';
  ctx.body = readFileSync(join(root, dir ? join(dir, file) : 'index.json'));
}
