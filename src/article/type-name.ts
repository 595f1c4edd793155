/**
 * The type of a value as problem messages name it: `null`, `array`, or its `typeof`.
 * Throws on a revoked proxy (as `Array.isArray` does): callers read it inside their try/catch.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A plain object: not null, not an array. Throws on a revoked proxy, like `typeName`. */
export const isRec = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && !!value && !Array.isArray(value);
