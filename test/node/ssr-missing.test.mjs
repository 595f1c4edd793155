// news-card/ssr without @lit-labs/ssr installed: importing it throws an error that names the package and
// the command that installs it, not Node's bare ERR_MODULE_NOT_FOUND. Runs on the built files.
//
// The package is laid out in a temporary node_modules that holds news-card (a copy of package.json and
// dist/) and its dependencies (links to this repository's copies), and no @lit-labs/ssr: exactly what a
// user who ran `npm install news-card` has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
if (!existsSync(join(root, 'dist', 'ssr', 'index.js'))) throw new Error('Build first: npm run build');

let app;

/** True when Node, resolving from `dir`, would find a node_modules/@lit-labs/ssr in it or above it. */
function ssrAbove(dir) {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules', '@lit-labs', 'ssr'))) return true;
    if (dirname(at) === at) return false;
  }
}

/** Runs `code` as an ES module in the temporary app; returns its exit status and output. */
function run(code) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('news-card/ssr without @lit-labs/ssr', () => {
  before(() => {
    // A temporary directory with no node_modules/@lit-labs/ssr above it (some machines keep one in /tmp).
    const base = [tmpdir(), '/var/tmp', homedir()].find((dir) => existsSync(dir) && !ssrAbove(dir));
    if (!base) throw new Error('No temporary directory without @lit-labs/ssr above it');
    app = mkdtempSync(join(base, 'news-card-no-ssr-'));
    const pkg = join(app, 'node_modules', 'news-card');
    mkdirSync(pkg, { recursive: true });
    cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
    cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true });
    // The package's dependencies, linked from this repository (theirs resolve from their real paths);
    // its optional peer dependencies are left out, as `npm install news-card` leaves them.
    const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    for (const name of Object.keys(dependencies)) {
      mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  test('the app really has no @lit-labs/ssr (a control for the tests below)', () => {
    const { status, stderr } = run(`await import('@lit-labs/ssr')`);
    assert.notEqual(status, 0);
    assert.match(stderr, /ERR_MODULE_NOT_FOUND/);
  });

  test('the package root still works: the browser entry does not need it', () => {
    const { status, stdout, stderr } = run(`
      const { normalizeArticle } = await import('news-card');
      console.log(normalizeArticle({ headline: 'x' }).article.headline);
    `);
    assert.equal(status, 0, stderr);
    assert.equal(stdout.trim(), 'x');
  });

  test('importing news-card/ssr throws an error naming the package and the install command', () => {
    const { status, stdout, stderr } = run(`
      try {
        await import('news-card/ssr');
        console.log('imported');
      } catch (error) {
        console.log(JSON.stringify({ name: error.name, code: error.code, message: error.message, cause: String(error.cause?.code) }));
      }
    `);
    assert.equal(status, 0, stderr);
    const error = JSON.parse(stdout);
    assert.equal(error.name, 'Error');
    assert.equal(error.code, 'ERR_MODULE_NOT_FOUND');
    assert.equal(error.cause, 'ERR_MODULE_NOT_FOUND');
    assert.match(error.message, /^news-card\/ssr needs the package @lit-labs\/ssr/);
    assert.match(error.message, /npm install news-card @lit-labs\/ssr$/);
  });

  test('uncaught, the message is what the terminal shows', () => {
    const { status, stderr } = run(`import 'news-card/ssr';`);
    assert.notEqual(status, 0);
    assert.match(stderr, /news-card\/ssr needs the package @lit-labs\/ssr/);
    assert.match(stderr, /npm install news-card @lit-labs\/ssr/);
  });
});

describe('isMissingSsr', async () => {
  const { isMissingSsr, MISSING_SSR } = await import(new URL('../../dist/ssr/peer.js', import.meta.url));

  test('is true only for the package itself missing', () => {
    const missing = (message) => Object.assign(new Error(message), { code: 'ERR_MODULE_NOT_FOUND' });
    assert.equal(isMissingSsr(missing("Cannot find package '@lit-labs/ssr' imported from /app/x.js")), true);
    assert.equal(isMissingSsr(missing("Cannot find module '/app/node_modules/@lit-labs/ssr/lib/render-result.js' imported from /x.js")), true);
    // Something else missing, even inside @lit-labs/ssr, is not this error: it passes through.
    assert.equal(isMissingSsr(missing("Cannot find package 'parse5' imported from /app/node_modules/@lit-labs/ssr/lib/x.js")), false);
    assert.equal(isMissingSsr(new Error("Cannot find package '@lit-labs/ssr'")), false);
    assert.equal(isMissingSsr(null), false);
    assert.equal(isMissingSsr('ERR_MODULE_NOT_FOUND'), false);
    assert.match(MISSING_SSR, /npm install news-card @lit-labs\/ssr/);
  });
});
