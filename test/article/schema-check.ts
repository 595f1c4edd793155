/**
 * A small JSON Schema (draft 2020-12) validator for the keywords article.schema.json uses.
 *
 * Ajv ships as CommonJS, which the test runner's browser cannot load without a CommonJS plugin, so
 * the browser tests validate with this walker instead. It follows Ajv's semantics for these keywords
 * (string lengths in code points, patterns with the `u` flag, `format` as an annotation) and throws
 * on any keyword it does not know, so a schema change cannot be silently skipped.
 */

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'format', '$defs']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
]);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) {
    compiled = new RegExp(source, 'u');
    patterns.set(source, compiled);
  }
  return compiled;
}

/** Returns the list of errors (empty when `value` is valid). */
export function validateAgainst(root: Schema, value: unknown): string[] {
  const errors: string[] = [];

  const resolve = (ref: string): Schema => {
    if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref ${ref}`);
    let node: unknown = root;
    for (const part of ref.slice(2).split('/')) node = (node as Schema)[part];
    if (typeof node !== 'object' || node === null) throw new Error(`Unresolved $ref ${ref}`);
    return node as Schema;
  };

  const walk = (schema: Schema, data: unknown, path: string): void => {
    for (const key of Object.keys(schema)) {
      if (!KNOWN.has(key)) throw new Error(`schema-check does not implement the keyword "${key}"`);
    }
    if (typeof schema.$ref === 'string') walk(resolve(schema.$ref), data, path);
    const type = typeOf(data);
    if (typeof schema.type === 'string') {
      const ok = schema.type === type || (schema.type === 'number' && type === 'integer');
      if (!ok) {
        errors.push(`${path}: expected ${schema.type}, got ${type}`);
        return;
      }
    }
    if (type === 'string') {
      const text = data as string;
      const length = [...text].length;
      if (typeof schema.minLength === 'number' && length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
      if (typeof schema.maxLength === 'number' && length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
      if (typeof schema.pattern === 'string' && !regex(schema.pattern).test(text)) {
        errors.push(`${path}: ${JSON.stringify(text.slice(0, 80))} does not match ${schema.pattern.slice(0, 60)}…`);
      }
    }
    if (type === 'number' || type === 'integer') {
      const number = data as number;
      if (typeof schema.minimum === 'number' && number < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && number > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
    }
    if (type === 'array') {
      const items = data as unknown[];
      if (typeof schema.minItems === 'number' && items.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
      if (typeof schema.maxItems === 'number' && items.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
      if (schema.items && typeof schema.items === 'object') {
        items.forEach((item, i) => walk(schema.items as Schema, item, `${path}[${i}]`));
      }
    }
    if (type === 'object') {
      const obj = data as Record<string, unknown>;
      const keys = Object.keys(obj);
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (typeof schema.minProperties === 'number' && keys.length < schema.minProperties) {
        errors.push(`${path}: fewer than ${schema.minProperties} properties`);
      }
      for (const required of (schema.required ?? []) as string[]) {
        if (!Object.prototype.hasOwnProperty.call(obj, required)) errors.push(`${path}: missing ${required}`);
      }
      for (const key of keys) {
        const child = `${path ? `${path}.` : ''}${key}`;
        if (Object.prototype.hasOwnProperty.call(properties, key)) walk(properties[key], obj[key], child);
        else if (schema.additionalProperties === false) errors.push(`${child}: not allowed`);
      }
    }
  };

  walk(root, value, '');
  return errors;
}

let cached: Schema | undefined;

/** The shipped article schema, fetched from the dev server. */
export async function loadArticleSchema(): Promise<Schema> {
  if (!cached) {
    const response = await fetch(new URL('../../src/article/article.schema.json', import.meta.url));
    cached = (await response.json()) as Schema;
  }
  return cached;
}
