// Story tests: every story in stories/ renders in headless system Chromium, and fails on a
// console error, an uncaught error or an axe violation. Run with `vitest run -c vitest.storybook.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { findChrome, CHROME_ARGS } from './scripts/find-chrome.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

// A fresh object per project: Vitest writes into `instances`.
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  provider: playwright({
    launchOptions: {
      executablePath: findChrome(),
      args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    },
  }),
  instances: [{ browser: 'chromium' as const }],
});

export default defineConfig({
  test: {
    projects: [
      {
        // Every story as written.
        extends: true,
        plugins: [storybookTest({ configDir })],
        test: { name: 'storybook', setupFiles: ['./.storybook/vitest.setup.ts'], testTimeout: 30_000, browser: browser() },
      },
      {
        // Every story again with the toolbar set to dark, right-to-left and Arabic labels:
        // `vitest run -c vitest.storybook.config.ts --project=storybook:dark-rtl`.
        extends: true,
        plugins: [storybookTest({ configDir, initialGlobals: { theme: 'dark', direction: 'rtl', locale: 'ar' } })],
        test: { name: 'storybook:dark-rtl', setupFiles: ['./.storybook/vitest.setup.ts'], testTimeout: 30_000, browser: browser() },
      },
    ],
  },
});
