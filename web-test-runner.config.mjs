import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { findFirefox, findWebKitDriver, selectedEngines, webkitNeedsXvfb } from './scripts/engines/engines.mjs';
import { FirefoxLauncher } from './scripts/engines/firefox-launcher.mjs';
import { WebKitLauncher } from './scripts/engines/webkit-launcher.mjs';
import { summaryReporter } from './scripts/engines/summary-reporter.mjs';
import { corpusServer } from './test/server/corpus-server.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';

const updateBaseline = process.argv.includes('--update-visual-baseline');

// NEWS_CARD_ENGINES (a comma list of chromium, firefox, webkit; all three by default) picks the engines.
// `npm run test:browser` (scripts/engines/run.mjs) runs them one after another, one engine per run;
// `npx wtr` runs the selected engines side by side in one run.
const engines = selectedEngines();
// Test files open at once per engine. Most of a file's time is spent waiting (fetch faults, retries,
// impression timers), so two overlap well even on two cores. NEWS_CARD_CONCURRENCY overrides it.
const concurrency = Number(process.env.NEWS_CARD_CONCURRENCY) || 2;

const launchers = {
  chromium: () =>
    chromeLauncher({
      concurrency,
      // A window per page: a second tab would be hidden (no animation frames, no intersection timers).
      createPage: ({ browser }) => browser.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: findChrome(),
        args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
        headless: true,
      },
    }),
  firefox: () => new FirefoxLauncher({ executablePath: findFirefox(), concurrency }),
  webkit: () => new WebKitLauncher({ driverPath: findWebKitDriver(), xvfb: webkitNeedsXvfb(), concurrency }),
};

export default {
  // Screenshots stay Chromium-only (their baselines are Chromium's); they skip in other engines anyway.
  files: ['test/**/*.test.ts', '!test/node/**', ...(engines.includes('chromium') ? [] : ['!test/visual/**'])],
  nodeResolve: true,
  concurrency,
  testFramework: {
    config: { timeout: 20000 },
  },
  // A file takes 20 s at most; a hung one (a failed assertion that compares DOM elements never reports)
  // should not hold CI for long.
  testsFinishTimeout: 3 * 60 * 1000,
  browsers: engines.map((engine) => launchers[engine]()),
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [fixtureServer, corpusServer],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    visualRegressionPlugin({
      update: updateBaseline,
      // Rendering is deterministic here (same Chromium, fonts-noto-core, local images): an unchanged
      // card differs by 0%, a one-letter headline change by 0.01–0.03% of a card screenshot.
      failureThreshold: 0.005,
      failureThresholdType: 'percent',
    }),
  ],
};
