/**
 * The type of a value as problem messages name it: `null`, `array`, or its `typeof`.
 * Throws on a revoked proxy (as `Array.isArray` does): callers read it inside their try/catch.
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
