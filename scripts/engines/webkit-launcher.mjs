// A @web/test-runner launcher for WebKitGTK (Safari's engine) through Debian's WebKitWebDriver,
// spoken to over classic WebDriver HTTP with Node's fetch: no webdriverio, no downloads.
//
// WebKitWebDriver serves one session per process, and MiniBrowser needs a display, so each slot of
// concurrency is its own `xvfb-run -a WebKitWebDriver --port=N` process group with one session that is
// reused (navigated) for every test file. Each slot has its own X display, so its window keeps focus.
//
// The launcher presents a small Puppeteer-like page per session (keyboard, mouse, setViewport), so the
// stock @web/test-runner-commands plugins (sendKeys, sendMouse, resetMouse, setViewport) work unchanged;
// that is why it declares type 'puppeteer'. Media emulation has no WebDriver command: it throws.
/* global fetch */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const VIEWPORT = { width: 800, height: 600 }; // what @web/test-runner's Chrome launcher gives each page
// The X screen: room for setViewport up to 1400 × 1400 plus window chrome. Xvfb has no window manager,
// so X gives keyboard focus to the window under its pointer, which rests at the screen's centre: every
// window is centred on the screen, or the page never has focus (no :focus, no :focus-visible).
const SCREEN = { width: 1920, height: 1600 };

/** WebDriver's code points for the key names Puppeteer and @web/test-runner-commands use. */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A',
  Escape: '\uE00C', Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
  Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? (name.length === 1 ? name : unsupported(`the key "${name}"`));
const BUTTONS = { left: 0, middle: 1, right: 2 };

function unsupported(what) {
  throw new Error(`WebKit: this launcher cannot send ${what}.`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One WebKitWebDriver process (under Xvfb) with its one session; also used by scripts/engines/pages.mjs. */
export class Slot {
  constructor(driverPath, useXvfb) {
    this.driverPath = driverPath;
    this.useXvfb = useXvfb;
  }

  async start() {
    this.port = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    const driver = [this.driverPath, `--port=${this.port}`];
    const [command, ...args] = this.useXvfb ? ['xvfb-run', '-a', '-s', `-screen 0 ${SCREEN.width}x${SCREEN.height}x24`, ...driver] : driver;
    // Its own process group, so stop() ends xvfb-run, Xvfb, the driver and MiniBrowser together.
    this.process = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    this.process.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    const exited = new Promise((resolve) => this.process.once('exit', resolve));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ready = await fetch(`${this.base}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      const gone = await Promise.race([exited.then(() => true), sleep(100).then(() => false)]);
      if (gone || Date.now() > deadline) {
        throw new Error(`WebKit: ${command} did not start a WebDriver server on port ${this.port}.\n${stderr}`);
      }
    }
    const session = await this.command('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } },
    });
    this.session = session.sessionId;
    this.version = session.capabilities?.browserVersion;
    await this.setViewport(VIEWPORT);
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const { error, message } = json.value ?? {};
      throw new Error(`WebKit: WebDriver ${method} ${path} failed: ${error ?? response.status} ${message ?? ''}`);
    }
    return json.value;
  }

  sessionCommand(method, path, body) {
    return this.command(method, `/session/${this.session}${path}`, body);
  }

  execute(script, args = []) {
    return this.sessionCommand('POST', '/execute/sync', { script, args });
  }

  goto(url) {
    return this.sessionCommand('POST', '/url', { url });
  }

  url() {
    return this.sessionCommand('GET', '/url');
  }

  /**
   * Sizes the window so that the page's viewport (innerWidth × innerHeight) is the size asked for, and
   * centres it on the screen (see SCREEN: that is what gives it keyboard focus under a bare Xvfb).
   */
  async setViewport({ width, height }) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight, outerWidth, outerHeight, focused] = await this.execute(
        'return [innerWidth, innerHeight, outerWidth, outerHeight, document.hasFocus()]',
      );
      if (innerWidth === width && innerHeight === height && (focused || !this.useXvfb)) return;
      const outer = { width: width + (outerWidth - innerWidth), height: height + (outerHeight - innerHeight) };
      const centred = this.useXvfb
        ? { x: Math.round((SCREEN.width - outer.width) / 2), y: Math.round((SCREEN.height - outer.height) / 2) }
        : {};
      await this.sessionCommand('POST', '/window/rect', { ...centred, ...outer });
    }
  }

  actions(actions) {
    return this.sessionCommand('POST', '/actions', { actions });
  }

  keys(list) {
    return this.actions([{ type: 'key', id: 'keyboard', actions: list }]);
  }

  pointer(list) {
    return this.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: list }]);
  }

  /** The subset of Puppeteer's Page that @web/test-runner-commands calls. */
  page() {
    const button = (options) => BUTTONS[options?.button ?? 'left'] ?? unsupported(`the button "${options?.button}"`);
    const press = (name) => [{ type: 'keyDown', value: key(name) }, { type: 'keyUp', value: key(name) }];
    const moveTo = (x, y) => ({ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 });
    return {
      url: () => this.lastUrl,
      setViewport: (viewport) => this.setViewport(viewport),
      emulateMediaFeatures: () => {
        throw new Error('WebKit: WebDriver has no command to emulate media features (prefers-color-scheme, prefers-reduced-motion).');
      },
      emulateMediaType: () => {
        throw new Error('WebKit: WebDriver has no command to emulate a media type.');
      },
      keyboard: {
        type: (text) => this.keys([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
        press: (name) => this.keys(press(name)),
        down: (name) => this.keys([{ type: 'keyDown', value: key(name) }]),
        up: (name) => this.keys([{ type: 'keyUp', value: key(name) }]),
      },
      mouse: {
        move: (x, y) => this.pointer([moveTo(x, y)]),
        click: (x, y, options) =>
          this.pointer([moveTo(x, y), { type: 'pointerDown', button: button(options) }, { type: 'pointerUp', button: button(options) }]),
        down: (options) => this.pointer([{ type: 'pointerDown', button: button(options) }]),
        up: (options) => this.pointer([{ type: 'pointerUp', button: button(options) }]),
        reset: async () => {
          await this.sessionCommand('DELETE', '/actions'); // releases every key and button still down
          await this.pointer([moveTo(0, 0)]);
        },
      },
    };
  }

  stop() {
    if (!this.process || this.process.exitCode !== null) return;
    try {
      process.kill(-this.process.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** Stops the slots `list()` returns when this process exits or is told to stop by a signal. */
export function stopOnExit(list) {
  const stopAll = () => list().forEach((slot) => slot.stop());
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stopAll();
      // With this listener gone, the signal again does what it would have done.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

export class WebKitLauncher {
  name = 'WebKit';
  type = 'puppeteer';

  /** @param {{ driverPath: string, concurrency?: number, xvfb?: boolean }} options */
  constructor({ driverPath, concurrency = 1, xvfb = true }) {
    this.driverPath = driverPath;
    this.concurrency = concurrency;
    this.useXvfb = xvfb;
    this.idle = [];
    this.all = [];
    this.active = new Map();
    this.pages = new Map();
    // If the runner ends without calling stop() (an error, Ctrl-C, `timeout`), still end the driver and
    // Xvfb process groups, which are detached and would otherwise outlive it.
    stopOnExit(() => this.all);
  }

  async startSession(sessionId, url) {
    let slot = this.idle.pop();
    if (!slot) {
      slot = new Slot(this.driverPath, this.useXvfb);
      this.all.push(slot);
      await slot.start();
    }
    this.active.set(sessionId, slot);
    this.pages.set(sessionId, slot.page());
    await slot.setViewport(VIEWPORT);
    slot.lastUrl = url;
    await slot.goto(url);
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  async getBrowserUrl(sessionId) {
    return this.#slot(sessionId).url();
  }

  getPage(sessionId) {
    const page = this.pages.get(sessionId);
    if (!page) throw new Error(`WebKit: no page for session ${sessionId}`);
    return page;
  }

  #slot(sessionId) {
    const slot = this.active.get(sessionId);
    if (!slot) throw new Error(`WebKit: no session ${sessionId}`);
    return slot;
  }

  async stopSession(sessionId) {
    const slot = this.#slot(sessionId);
    this.active.delete(sessionId);
    this.pages.delete(sessionId);
    // An empty page stops the test's timers and any reload loop; the session is then reused.
    await slot.goto('about:blank').catch(() => {});
    this.idle.push(slot);
    return {};
  }

  async startDebugSession() {
    throw new Error('WebKit: debugging is not supported by this launcher; run the test in Chromium with --manual.');
  }

  async stop() {
    await Promise.all(
      this.all.map((slot) => (slot.session ? slot.sessionCommand('DELETE', '').catch(() => {}) : undefined)),
    );
    for (const slot of this.all) slot.stop();
    this.all = [];
    this.idle = [];
  }
}
