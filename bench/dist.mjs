// The build the bench measures. It is copied once at the start of a run, so every section measures
// the same files even if dist/ is rebuilt meanwhile. The copy lives under .cache/ (ignored by git)
// inside the project, so its imports of lit and @lit-labs/ssr resolve from node_modules.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the build comes from: dist/, or BENCH_DIST to measure another build. */
export const SOURCE_DIST = resolve(process.env.BENCH_DIST ?? resolve(root, 'dist'));

/** Where the sections read it from (one copy per run, so two runs never share one). */
export const DIST = resolve(root, `.cache/bench-dist-${process.pid}`);

/** Copies the build; throws when there is none. */
export function snapshotDist() {
  if (!existsSync(SOURCE_DIST)) throw new Error(`${SOURCE_DIST} is missing: run \`npm run build\` first.`);
  rmSync(DIST, { recursive: true, force: true });
  cpSync(SOURCE_DIST, DIST, { recursive: true });
}

export function removeSnapshot() {
  rmSync(DIST, { recursive: true, force: true });
}
