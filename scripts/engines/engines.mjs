// The browser engines the tests run in, and where each one's executable is on this machine.
// NEWS_CARD_ENGINES=chromium,firefox,webkit (the default) picks engines; nothing is ever downloaded.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findChrome } from '../find-chrome.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines named by NEWS_CARD_ENGINES (a comma list), in the order given; all three by default. */
export function selectedEngines(value = process.env.NEWS_CARD_ENGINES) {
  if (!value || !value.trim()) return [...ENGINES];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`NEWS_CARD_ENGINES: unknown engine ${unknown.join(', ')}; use a comma list of ${ENGINES.join(', ')}.`);
  }
  return [...new Set(names)];
}

function findExecutable(engine, envName, candidates, hint) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName} is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const others = ENGINES.filter((name) => name !== engine).join(',');
  throw new Error(`${hint} Or leave ${engine} out: NEWS_CARD_ENGINES=${others}`);
}

export function findFirefox() {
  return findExecutable(
    'firefox',
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    'No Firefox found. Install one (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to its executable.',
  );
}

export function findWebKitDriver() {
  return findExecutable(
    'webkit',
    'WEBKIT_WEBDRIVER_PATH',
    ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'],
    'No WebKitWebDriver found (WebKitGTK, for webkit). Install it (Debian: `apt-get install -y webkit2gtk-driver xvfb xauth`) ' +
      'or set WEBKIT_WEBDRIVER_PATH.',
  );
}

/** WebKitGTK's MiniBrowser needs an X display: Xvfb through xvfb-run, unless NEWS_CARD_XVFB=0 and DISPLAY is set. */
export function webkitNeedsXvfb() {
  if (process.env.NEWS_CARD_XVFB === '0' && process.env.DISPLAY) return false;
  try {
    execFileSync('sh', ['-c', 'command -v xvfb-run'], { stdio: 'ignore' });
  } catch {
    throw new Error('WebKit needs xvfb-run for a display (Debian: `apt-get install -y xvfb xauth`).');
  }
  return true;
}

/** The executable each selected engine would use, for messages and the README's version line. */
export function engineVersion(engine) {
  try {
    if (engine === 'chromium') return execFileSync(findChrome(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n').pop();
    if (engine === 'firefox') return execFileSync(findFirefox(), ['--version'], { encoding: 'utf8' }).trim();
    if (engine === 'webkit') return execFileSync('sh', ['-c', "dpkg-query -W -f='WebKitGTK ${Version}' libwebkit2gtk-4.1-0 2>/dev/null"], { encoding: 'utf8' }).trim() || 'WebKitGTK';
  } catch {
    return engine;
  }
  return engine;
}
