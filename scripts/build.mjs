// npm run build: everything a consumer of the package gets, written from a clean clone.
//
//   1. custom-elements.json and vscode.html-custom-data.json (cem analyze, custom-elements-manifest.config.mjs)
//   2. dist/**/*.js          ES modules, one per source module, Lit external   (vite build --mode lib)
//   3. dist/news-card.bundle.js   one minified ES module with Lit, for CDNs     (vite build --mode bundle)
//      dist/news-card.hydrate.bundle.js   the same plus Lit's hydration support (vite build --mode hydrate-bundle)
//      Both vite builds minify the CSS in Lit css`` templates (scripts/vite-minify-css.ts); a template it
//      cannot minify safely is shipped as written, with a warning below its step.
//   4. dist/**/*.d.ts        declarations                                       (tsc -p tsconfig.build.json)
//   5. dist/article.schema.json
//   6. a check that every file package.json "exports" names is there.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

function step(title) {
  console.log(`\n▸ ${title}`);
}

function run(command, args) {
  const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}` };
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

rmSync('dist', { recursive: true, force: true });

step('Custom elements manifest and VS Code custom data');
run('cem', ['analyze', '--quiet']);

step('ES modules (dist/, Lit external)');
await build({ mode: 'lib', logLevel: 'warn' });

step('CDN bundle (dist/news-card.bundle.js, Lit included)');
await build({ mode: 'bundle', logLevel: 'warn' });

step('Hydrating CDN bundle (dist/news-card.hydrate.bundle.js, Lit and its hydration support included)');
await build({ mode: 'hydrate-bundle', logLevel: 'warn' });

step('Extraction engine for browsers (dist/news-card.extract.js, loaded on demand by the bundles)');
await build({ mode: 'extract', logLevel: 'warn' });

step('List CDN bundle (dist/news-card-list.bundle.js: <news-card-list> and <news-card>, Lit included)');
await build({ mode: 'list-bundle', logLevel: 'warn' });

step('Feed reader for browsers (dist/news-card.feed.js, loaded on demand by the list bundle)');
await build({ mode: 'feed', logLevel: 'warn' });

step('Type declarations');
run('tsc', ['-p', 'tsconfig.build.json']);

step('JSON Schema');
copyFileSync('src/article/article.schema.json', 'dist/article.schema.json');

step('Check the files package.json exports');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const targets = new Set();
const collect = (value) => {
  if (typeof value === 'string') targets.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect(pkg.exports);
for (const field of ['main', 'module', 'types', 'customElements']) if (pkg[field]) targets.add(`./${pkg[field].replace(/^\.\//, '')}`);
const missing = [...targets].filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.error(`✗ Missing after the build:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

for (const file of ['dist/news-card.bundle.js', 'dist/news-card.hydrate.bundle.js', 'dist/news-card-list.bundle.js']) {
  const bundle = readFileSync(file, 'utf8');
  const devOnly = ['Lit is in dev mode', 'process.env'].filter((marker) => bundle.includes(marker));
  if (devOnly.length > 0) {
    console.error(`✗ ${file} contains development-only code: ${devOnly.join(', ')}`);
    process.exit(1);
  }
}
// The default bundle is for pages that render in the browser: hydration support stays out of it.
if (readFileSync('dist/news-card.bundle.js', 'utf8').includes('defer-hydration')) {
  console.error('✗ dist/news-card.bundle.js contains Lit hydration support; it belongs only in news-card.hydrate.bundle.js');
  process.exit(1);
}
// The extraction engine stays out of the bundles (they load news-card.extract.js), and the browser file has
// no Node parser in it.
for (const [file, marker, what] of [
  ['dist/news-card.bundle.js', 'parsely-pub-date', 'the extraction engine'],
  ['dist/news-card.extract.js', 'parse5', 'a Node HTML parser'],
  // The feed reader loads on demand too (news-card.feed.js), and its browser file has no Node XML parser.
  ['dist/news-card.bundle.js', 'jsonfeed.org', 'the feed reader'],
  ['dist/news-card-list.bundle.js', 'jsonfeed.org', 'the feed reader'],
  ['dist/news-card.feed.js', 'undefined entity', 'a Node XML parser'],
]) {
  if (readFileSync(file, 'utf8').includes(marker)) {
    console.error(`✗ ${file} contains ${what}`);
    process.exit(1);
  }
}
console.log(`✓ ${targets.size} exported files present; both bundles are Lit's production build.`);
