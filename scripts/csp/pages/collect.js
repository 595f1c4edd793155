// Loaded first, as a classic external script: records every CSP / Trusted Types violation report
// and every uncaught error, before any other script runs.
/* global window, addEventListener -- a page script */
window.__violations = [];
window.__errors = [];
// console.error calls, for engines whose driver cannot listen to the console (WebKit over WebDriver).
window.__consoleErrors = [];
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
  });
});
addEventListener('error', (event) => {
  window.__errors.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
});
addEventListener('unhandledrejection', (event) => {
  window.__errors.push(`unhandledrejection: ${String(event.reason)}`);
});
