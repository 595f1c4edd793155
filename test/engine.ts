// The engine a browser test runs in, and an honest skip for what a test driver or engine lacks there.
// Keep skips rare: each names the engine and the missing feature in the test's title, and the summary
// at the end of every run (scripts/engines/summary-reporter.mjs) lists them.

export type Engine = 'Chromium' | 'Firefox' | 'WebKit';

const ua = navigator.userAgent;
export const ENGINE: Engine = /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chromium' : 'WebKit';

/** Engines that lack something, each with the reason. */
export type Missing = Partial<Record<Engine, string>>;

/** `emulateMedia()` (prefers-color-scheme, prefers-reduced-motion) needs the Chrome DevTools Protocol. */
export const MEDIA_EMULATION: Missing = {
  Firefox: 'WebDriver BiDi has no command to emulate prefers-color-scheme or prefers-reduced-motion',
  WebKit: 'WebDriver has no command to emulate prefers-color-scheme or prefers-reduced-motion',
};

/** Middle and right clicks from the test driver. */
export const AUX_MOUSE_BUTTONS: Missing = {
  WebKit: 'WebKitWebDriver releases every mouse button as the left one (mouseup with button 0), so a middle or right click arrives as a left click',
};

/** Screenshots compared with baselines made in Chromium. */
export const CHROMIUM_BASELINES: Missing = {
  Firefox: 'the screenshot baselines are Chromium’s',
  WebKit: 'the screenshot baselines are Chromium’s',
};

/** Why the current engine cannot run a test that needs `missing`, or undefined when it can. */
export function missingHere(missing: Missing): string | undefined {
  return missing[ENGINE];
}

/** `it`, except in an engine named by `missing`, where the test is skipped with the reason in its title. */
export function itWhere(missing: Missing, title: string, fn: Mocha.AsyncFunc): Mocha.Test {
  const why = missingHere(missing);
  return why ? it.skip(`${title} [skipped in ${ENGINE}: ${why}]`, fn) : it(title, fn);
}
