#!/usr/bin/env node
// `npm run test:browser`: the browser tests in each engine, one engine after another (two cores: the
// engines would only slow each other down), then one line per engine with its counts and wall time.
//
//   NEWS_CARD_ENGINES=chromium npm run test:browser            one engine (a comma list picks several)
//   npm run test:browser -- --files test/elements/news-byline.test.ts    arguments go to every wtr run
//
// Fails when any engine fails; every engine runs even after one fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { engineVersion, selectedEngines } from './engines.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wtr = join(root, 'node_modules/@web/test-runner/dist/bin.js');
const args = process.argv.slice(2);
const engines = selectedEngines();
const dir = mkdtempSync(join(tmpdir(), 'news-card-engines-'));
const results = [];

for (const engine of engines) {
  const summary = join(dir, `${engine}.json`);
  console.log(`\n=== ${engine}: ${engineVersion(engine)} ===\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [wtr, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEWS_CARD_ENGINES: engine, NEWS_CARD_SUMMARY: summary },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  let counts;
  try {
    counts = JSON.parse(readFileSync(summary, 'utf8')).engines[0];
  } catch {
    counts = undefined; // the run stopped before any test finished (a missing browser, say)
  }
  results.push({ engine, ok: run.status === 0, seconds, counts });
}
rmSync(dir, { recursive: true, force: true });

console.log('\nBrowser tests by engine:');
for (const { engine, ok, seconds, counts } of results) {
  const detail = counts
    ? `${counts.files} files, ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
    : 'no results';
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${engine.padEnd(8)} ${detail}, ${seconds}s wall`);
}
process.exitCode = results.every((r) => r.ok) ? 0 : 1;
