// Weight: min+gzip and brotli of the CDN bundle, and of each per-element entry bundled with Lit.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIST } from './dist.mjs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

export const sizes = (bytes) => ({
  min: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

/**
 * Bundles `entry` (a file, or source text when `contents` is given) with everything it imports statically,
 * minified. Code behind a dynamic `import()` (the page reader, the extraction engine) is split off and not
 * counted: a page downloads it only when it needs it, and `npm run size` reports it apart.
 */
async function bundle(entry, contents) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is not installed; it comes with the dev dependencies (npm install).');
  }
  const options = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    splitting: true,
    outdir: 'weight-out',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    absWorkingDir: root,
  };
  const result = await esbuild.build(
    contents
      ? { ...options, stdin: { contents, resolveDir: root, loader: 'js', sourcefile: entry } }
      : { ...options, entryPoints: [entry] },
  );
  const outputs = result.metafile.outputs;
  const start = Object.keys(outputs).find((name) => outputs[name].entryPoint !== undefined);
  const files = new Set();
  const visit = (name) => {
    if (files.has(name)) return;
    files.add(name);
    for (const { path, kind } of outputs[name].imports) if (kind === 'import-statement') visit(path);
  };
  visit(start);
  const code = result.outputFiles.filter((file) => [...files].some((name) => file.path.endsWith(name)));
  return Buffer.concat(code.map((file) => Buffer.from(file.contents)));
}

export const ENTRIES = ['news-card', 'news-headline', 'news-byline', 'news-photo', 'news-related'];

/** Returns rows `{ name, file, min, gzip, brotli, budget? }`; throws when the bundle is missing. */
export async function measureWeight() {
  const rows = [];
  const bundlePath = `${DIST}/news-card.bundle.js`;
  if (!existsSync(bundlePath)) throw new Error('dist/news-card.bundle.js is missing: run `npm run build`.');
  rows.push({ name: 'CDN bundle (all five elements, adapters, Lit)', file: 'dist/news-card.bundle.js', ...sizes(readFileSync(bundlePath)), budget: 18_000 });
  const hydratePath = `${DIST}/news-card.hydrate.bundle.js`;
  if (existsSync(hydratePath)) {
    rows.push({ name: 'Hydrating CDN bundle (the same + hydration)', file: 'dist/news-card.hydrate.bundle.js', ...sizes(readFileSync(hydratePath)), budget: 20_500 });
  }
  // The lean-core issue's budgets for the npm entries, with Lit.
  const BUDGETS = { 'news-headline': 12_000, 'news-card': 17_000 };
  for (const tag of ENTRIES) {
    const file = `dist/${tag}.js`;
    if (!existsSync(`${DIST}/${tag}.js`)) {
      rows.push({ name: `${tag}.js with Lit`, file, missing: true, budget: BUDGETS[tag] });
      continue;
    }
    rows.push({
      name: `${tag}.js with Lit`,
      file,
      ...sizes(await bundle(`${DIST}/${tag}.js`)),
      budget: BUDGETS[tag],
    });
  }
  rows.push({
    name: 'Lit alone (reference)',
    file: 'lit',
    ...sizes(await bundle('lit-reference.js', "export { LitElement, html, css, nothing } from 'lit';")),
  });
  rows.push({
    name: 'Vanilla card template (reference)',
    file: 'bench/pages/vanilla-card.js',
    ...sizes(await bundle('bench/pages/vanilla-card.js')),
  });
  return rows;
}
