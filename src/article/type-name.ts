/**
 * The small helpers every check of the model shares: how a value's type is named in problem messages,
 * how a problem is reported, and how a check gives up.
 *
 * A check either returns the value it keeps or throws a problem message (a string); the one that
 * reads the field catches it and reports it at the field's path. Anything else thrown (a getter, a
 * revoked proxy) is reported as "Could not be read".
 */
import type { Problem } from './types.js';

/**
 * The type of a value as problem messages name it: `null`, `array`, `the number 5`, or its `typeof`.
 * Throws on a revoked proxy (as `Array.isArray` does): callers read it inside their try/catch.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value == 'number' ? `the number ${value}` : typeof value;
}

/** A plain object: not null, not an array. Throws on a revoked proxy, like `typeName`. */
export const isRec = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && !!value && !Array.isArray(value);

/** Adds a problem; returns `undefined`, the value of a check that gives up. */
export function report(problems: Problem[], path: string, message: string): undefined {
  problems.push({ path, message });
  return undefined;
}

/** Gives up: throws `message` for the reader of the field to report. */
export function fail(message: string): never {
  throw message;
}

/** `Expected ${what}, got ${the type of value}`: the message of every value of the wrong type. */
export function expected(what: string, value: unknown): never {
  throw `Expected ${what}, got ${typeName(value)}`;
}

/** The problem message of whatever a check threw. */
export const messageOf = (thrown: unknown): string => (typeof thrown == 'string' ? thrown : 'Could not be read');
