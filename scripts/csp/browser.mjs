// Launches the system Chromium through playwright-core for the scripts in scripts/csp/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.mjs';

/** Chromium, headless, offline flags; `extraArgs` are appended (e.g. `--js-flags=--expose-gc`). */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), ...extraArgs],
  });
}

/** Stops with a clear message when the bundle has not been built. */
export function requireBundle() {
  const bundle = fileURLToPath(new URL('../../dist/news-card.bundle.js', import.meta.url));
  if (!existsSync(bundle)) {
    console.error('✗ dist/news-card.bundle.js is missing: run `npm run build` first.');
    process.exit(1);
  }
}

/** Collects what a check found wrong, prints a summary and sets the exit code. */
export class Report {
  constructor(title) {
    this.title = title;
    this.failures = [];
    this.notes = [];
  }

  check(ok, message) {
    if (!ok) this.failures.push(message);
    return ok;
  }

  note(message) {
    this.notes.push(message);
    console.log(`  · ${message}`);
  }

  finish() {
    if (this.failures.length === 0) {
      console.log(`✓ ${this.title}`);
    } else {
      console.error(`✗ ${this.title}: ${this.failures.length} failure(s)`);
      for (const failure of this.failures) console.error(`  - ${failure}`);
      process.exitCode = 1;
    }
  }
}
