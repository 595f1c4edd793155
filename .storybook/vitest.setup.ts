// Story tests fail on any console.error and on any uncaught error or rejection: a story that
// logs an error or throws is a bug in the product, even when its render looks right.
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
