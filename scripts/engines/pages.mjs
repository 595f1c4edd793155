// One small page API over the three engines, for the scripts that open whole pages (scripts/csp/run.mjs):
// Chromium through playwright-core (as before), Firefox through puppeteer-core (WebDriver BiDi), WebKit
// through WebKitWebDriver (classic WebDriver). Each page has goto(url), evaluate(fn, arg),
// waitForTimeout(ms), on('console' | 'pageerror', handler) and close().
//
// Classic WebDriver cannot listen to the console: in WebKit `observesConsole` is false, and a page
// that needs errors must record them itself (scripts/csp/pages/collect.js does).
import { chromium } from 'playwright-core';
import { launch as launchPuppeteer } from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.mjs';
import { findFirefox, findWebKitDriver, webkitNeedsXvfb } from './engines.mjs';
import { Slot, stopOnExit } from './webkit-launcher.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const VIEWPORT = { width: 1280, height: 720 }; // playwright's default page size

/** Launches `engine` ('chromium' | 'firefox' | 'webkit') and returns { name, observesConsole, newPage(), close() }. */
export async function launchEngine(engine, { chromiumArgs = [] } = {}) {
  if (engine === 'chromium') {
    const browser = await chromium.launch({
      executablePath: findChrome(),
      headless: true,
      args: [...CHROME_ARGS.filter((arg) => !arg.startsWith('--headless')), ...chromiumArgs],
    });
    return { name: 'Chromium', observesConsole: true, newPage: () => browser.newPage(), close: () => browser.close() };
  }
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`unknown engine ${engine}`);
}

async function firefox() {
  const browser = await launchPuppeteer({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    defaultViewport: null,
    args: [`--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
  });
  return {
    name: 'Firefox',
    observesConsole: true,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport(VIEWPORT).catch(() => {}); // ESR 140 cannot; the window size stands in
      // Playwright's names on Puppeteer's page: same events, same evaluate(fn, arg).
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitForTimeout: sleep,
        on: (event, handler) => page.on(event, handler),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function webkit() {
  const driverPath = findWebKitDriver();
  const xvfb = webkitNeedsXvfb();
  const open = new Set();
  stopOnExit(() => [...open]);
  return {
    name: 'WebKit',
    observesConsole: false,
    async newPage() {
      // One WebDriver session per driver process: a page is a driver of its own.
      const slot = new Slot(driverPath, xvfb);
      open.add(slot);
      await slot.start();
      await slot.setViewport(VIEWPORT);
      return {
        goto: (url) => slot.goto(url), // classic WebDriver waits for the load event
        async evaluate(fn, arg) {
          // The value crosses as JSON text, so that an undefined property stays absent (WebDriver's own
          // serialization would turn it into null).
          const script = `const done = arguments[arguments.length - 1];
            Promise.resolve().then(() => (${fn}).call(null, arguments[0]))
              .then((value) => done({ json: value === undefined ? undefined : JSON.stringify(value) }), (error) => done({ error: String(error) }));`;
          const result = await slot.sessionCommand('POST', '/execute/async', { script, args: [arg ?? null] });
          if (result?.error) throw new Error(`WebKit: evaluate failed: ${result.error}`);
          return typeof result?.json === 'string' ? JSON.parse(result.json) : undefined;
        },
        waitForTimeout: sleep,
        on() {}, // no console or page-error events over classic WebDriver
        async close() {
          await slot.sessionCommand('DELETE', '').catch(() => {});
          slot.stop();
          open.delete(slot);
        },
      };
    },
    async close() {
      for (const slot of open) slot.stop();
      open.clear();
    },
  };
}
