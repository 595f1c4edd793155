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
      failureThreshold: 0.5,
      failureThresholdType: 'percent',
    }),
  ],
};
