import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { fileURLToPath } from 'node:url';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';
import { fixtureServer } from './test/server/fixture-server.mjs';

const updateBaseline = process.argv.includes('--update-visual-baseline');

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: {
    config: { timeout: 20000 },
  },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
        headless: true,
      },
    }),
  ],
  middleware: [fixtureServer],
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
