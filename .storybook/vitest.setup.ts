// Story tests fail on any console.error, any Lit dev-mode warning and any uncaught error or rejection: a
// story that logs an error or throws is a bug in the product, even when its render looks right.
import { afterEach, beforeEach } from 'vitest';

let failures: string[] = [];
const originalError = console.error.bind(console);

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

console.error = (...args: unknown[]) => {
  failures.push(`console.error: ${args.map(describe).join(' ')}`);
  originalError(...args);
};

// Lit's development build warns about inefficient or wrong element code ("scheduled an update after an
// update completed", …): in our elements that is a bug too. Its one note that it is in dev mode is not.
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const text = args.map(describe).join(' ');
  if (/lit\.dev\/msg\//.test(text) && !/lit\.dev\/msg\/dev-mode/.test(text)) failures.push(`Lit warning: ${text}`);
  originalWarn(...args);
};

window.addEventListener('error', (event) => {
  failures.push(`uncaught error: ${describe(event.error ?? event.message)}`);
});
window.addEventListener('unhandledrejection', (event) => {
  failures.push(`unhandled rejection: ${describe(event.reason)}`);
});

beforeEach(() => {
  failures = [];
});

afterEach(() => {
  const found = failures;
  failures = [];
  if (found.length > 0) {
    throw new Error(`The story reported ${found.length} error(s):\n${found.join('\n')}`);
  }
});
