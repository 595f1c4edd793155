// Dev-server middleware for fetch tests: serves the fixtures under /fixtures/ and scripted faults under /fault/.
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8');
const counters = new Map();

export async function fixtureServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/fault/')) return next();
  const kind = url.pathname.slice('/fault/'.length);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const key = url.searchParams.get('key') ?? kind;
  counters.set(key, (counters.get(key) ?? 0) + 1);
  if (delay) await new Promise((r) => setTimeout(r, delay));
  const body = (text, type = 'application/json', status = 200) => {
    ctx.status = status;
    ctx.type = type;
    ctx.body = text;
  };
  switch (kind) {
    case 'seed':
      return body(seed);
    case 'article': {
      // Echoes a headline so race tests can tell responses apart.
      const headline = url.searchParams.get('headline') ?? 'Echo';
      return body(JSON.stringify({ ...JSON.parse(seed), headline }));
    }
    case 'status':
      return body('{"error":true}', 'application/json', Number(url.searchParams.get('code') ?? 500));
    case 'html':
      return body('<!doctype html><title>Not JSON</title>', 'text/html');
    case 'oversized': {
      const size = Number(url.searchParams.get('bytes') ?? 2 * 1024 * 1024);
      return body(JSON.stringify({ headline: 'Big', description: 'x'.repeat(size) }));
    }
    case 'flaky': {
      // Fails with the given status until the n-th call, then serves the seed.
      const failures = Number(url.searchParams.get('failures') ?? 1);
      const code = Number(url.searchParams.get('code') ?? 503);
      if (counters.get(key) <= failures) {
        if (url.searchParams.has('retryAfter')) ctx.set('Retry-After', url.searchParams.get('retryAfter'));
        return body('{}', 'application/json', code);
      }
      return body(seed);
    }
    case 'never':
      // Never answers; the connection stays open until the client gives up.
      await new Promise(() => {});
      return undefined;
    case 'count':
      return body(JSON.stringify({ count: counters.get(url.searchParams.get('of')) ?? 0 }));
    default:
      return body('{}', 'application/json', 404);
  }
}
