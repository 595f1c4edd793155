// A @web/test-runner reporter that ends each run with one line per engine (files, passed, failed,
// skipped, wall time) and lists every skipped test by name, so a skip's reason (which the test's title
// carries: "… [skipped in Firefox: …]") is always in the log. With NEWS_CARD_SUMMARY=path it also
// writes the counts as JSON for scripts/engines/run.mjs.
import { writeFileSync } from 'node:fs';

function* walk(suite, path = []) {
  if (!suite) return;
  for (const test of suite.tests ?? []) yield { ...test, title: [...path, test.name].join(' › ') };
  for (const child of suite.suites ?? []) yield* walk(child, [...path, child.name]);
}

export function summaryReporter() {
  let started = Date.now();
  return {
    start() {
      started = Date.now();
    },
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const entry = engines.get(name) ?? { engine: name, files: 0, passed: 0, failed: 0, skipped: 0, fileErrors: 0, skips: [], slowest: [] };
        entry.files += 1;
        let ms = 0;
        if (session.errors?.length) entry.fileErrors += 1;
        for (const test of walk(session.testResults)) {
          ms += test.duration ?? 0;
          if (test.skipped) {
            entry.skipped += 1;
            entry.skips.push(`${session.testFile.replace(process.cwd() + '/', '')}: ${test.title}`);
          } else if (test.passed) entry.passed += 1;
          else entry.failed += 1;
        }
        entry.slowest.push({ file: session.testFile.replace(process.cwd() + '/', ''), seconds: Math.round(ms / 100) / 10 });
        engines.set(name, entry);
      }
      for (const e of engines.values()) e.slowest = e.slowest.sort((a, b) => b.seconds - a.seconds).slice(0, 5);
      const seconds = Math.round((Date.now() - started) / 1000);
      const lines = [];
      for (const e of engines.values()) {
        const errors = e.fileErrors ? `, ${e.fileErrors} file(s) with errors` : '';
        lines.push(`${e.engine}: ${e.files} files, ${e.passed} passed, ${e.failed} failed, ${e.skipped} skipped${errors} (${seconds}s)`);
        for (const skip of e.skips) lines.push(`  skipped: ${skip}`);
        lines.push(`  slowest files (time in tests): ${e.slowest.map((f) => `${f.file.replace(/^test\//, '')} ${f.seconds}s`).join(', ')}`);
      }
      console.log(`\n${lines.join('\n')}\n`);
      if (process.env.NEWS_CARD_SUMMARY) {
        writeFileSync(process.env.NEWS_CARD_SUMMARY, JSON.stringify({ seconds, engines: [...engines.values()] }, null, 2));
      }
    },
  };
}
