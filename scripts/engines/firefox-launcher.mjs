// A @web/test-runner launcher for Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
// It reports itself as a 'puppeteer' launcher with getPage(), so @web/test-runner-commands' sendKeys,
// sendMouse, resetMouse and setViewport work unchanged. No browser is downloaded: it runs the
// executable it is given.
//
// Each slot of concurrency is a browser of its own with one page: a second tab or window in one
// Firefox is hidden or unfocused, which stops animation frames, intersection timers and :focus.
import { launch } from 'puppeteer-core';

const VIEWPORT = { width: 800, height: 600 }; // what @web/test-runner's Chrome launcher gives each page

export class FirefoxLauncher {
  name = 'Firefox';
  type = 'puppeteer';

  /** @param {{ executablePath: string, concurrency?: number, prefs?: Record<string, unknown> }} options */
  constructor({ executablePath, concurrency = 1, prefs = {} }) {
    this.executablePath = executablePath;
    this.concurrency = concurrency;
    this.prefs = prefs;
    this.browsers = [];
    this.active = new Map();
    this.idle = [];
    /** Firefox ESR 140 has no BiDi command to size the viewport (153 has): the window size stands in. */
    this.canSetViewport = true;
  }

  async #launch() {
    const browser = launch({
      browser: 'firefox',
      executablePath: this.executablePath,
      headless: true,
      defaultViewport: null,
      args: [`--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
      extraPrefsFirefox: {
        // Keep the test browser offline and quiet.
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'app.update.enabled': false,
        ...this.prefs,
      },
    });
    this.browsers.push(browser);
    // A new tab, then the start-up tab closed: the start-up tab never gets keyboard focus (no :focus-visible).
    const opened = await (await browser).pages();
    const page = await (await browser).newPage();
    await Promise.all(opened.map((tab) => tab.close().catch(() => {})));
    return page;
  }

  async startSession(sessionId, url) {
    const page = this.idle.pop() ?? (await this.#launch());
    this.active.set(sessionId, page);
    if (this.canSetViewport) {
      try {
        await page.setViewport(VIEWPORT);
      } catch {
        this.canSetViewport = false;
      }
    }
    await page.goto(url);
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  getBrowserUrl(sessionId) {
    return this.getPage(sessionId).url();
  }

  getPage(sessionId) {
    const page = this.active.get(sessionId);
    if (!page) throw new Error(`Firefox: no page for session ${sessionId}`);
    return page;
  }

  async stopSession(sessionId) {
    const page = this.getPage(sessionId);
    this.active.delete(sessionId);
    // An empty page stops the test's timers and any reload loop; the page is then reused.
    await page.goto('about:blank').catch(() => {});
    if (!page.isClosed()) this.idle.push(page);
    return {};
  }

  async startDebugSession() {
    throw new Error('Firefox: debugging is not supported by this launcher; run the test in Chromium with --manual.');
  }

  async stop() {
    const browsers = this.browsers;
    this.browsers = [];
    this.idle = [];
    await Promise.all(browsers.map((b) => b.then((browser) => browser.close()).catch(() => {})));
  }
}
