// Server-rendering throughput, run in its own Node process (the harness also reruns it under
// --cpu-prof). Prints one JSON object on stdout.
//
//   node bench/ssr-worker.mjs [--dist=DIR] [--seconds=4] [--only=ours|baseline]
//
// "ours" is renderNewsCard from dist/ssr; "baseline" is a plain template string that writes the same
// card as a Declarative Shadow DOM, with the same markup (bench/pages/vanilla-card.js) and the same CSS.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cardInner } from './pages/vanilla-card.js';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v = 'true'] = a.replace(/^--/, '').split('=');
    return [k, v];
  }),
);
const seconds = Number(args.seconds ?? 4);
const only = args.only;

const root = new URL('..', import.meta.url);
const seedJson = readFileSync(new URL('test/fixtures/seed-article.json', root), 'utf8');
const dist = args.dist ?? fileURLToPath(new URL('dist', root));
const ssr = await import(pathToFileURL(`${dist}/ssr/index.js`).href);
if (typeof ssr.renderNewsCard !== 'function') {
  throw new Error(`dist/ssr/index.js exports no renderNewsCard (exports: ${Object.keys(ssr).join(', ')})`);
}

async function toText(result) {
  const value = await result;
  if (typeof value === 'string') return value;
  if (value && typeof value[Symbol.iterator] === 'function') {
    let text = '';
    for (const chunk of value) text += await chunk;
    return text;
  }
  throw new Error(`renderNewsCard returned ${typeof value}`);
}

// Each call gets its own copy of the seed, as a server would get each article from its data.
const article = () => JSON.parse(seedJson);

const oursSample = await toText(ssr.renderNewsCard(article()));
const isSync = typeof ssr.renderNewsCard(article()) === 'string';

// The baseline's CSS is the card's own: the text of the <style> our server output carries.
const styles = [...oursSample.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
// The host tag carries the same attributes as ours; `article` (the data, for hydration) is written
// per card, the others are constant for the seed.
const hostTag = (oursSample.match(/<news-card\b[^>]*>/) ?? ['<news-card>'])[0];
const hostAttrs = [...hostTag.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value]) => [name, value]);
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escAttr = (value) => value.replace(/[&<>"]/g, (c) => ESCAPES[c]);
const hostOpen = (a) =>
  `<news-card${hostAttrs
    .map(([name, value]) => (name === 'article' ? ` article="${escAttr(JSON.stringify(a))}"` : value === undefined ? ` ${name}` : ` ${name}="${value}"`))
    .join('')}>`;
const baseline = (a) =>
  `${hostOpen(a)}<template shadowrootmode="open"><style>${styles}</style>${cardInner(a)}</template></news-card>`;

const variants = {
  ours: isSync ? (a) => ssr.renderNewsCard(a) : (a) => toText(ssr.renderNewsCard(a)),
  baseline,
};

async function run(fn, ms) {
  const end = performance.now() + ms;
  let count = 0;
  let bytes = 0;
  const t0 = performance.now();
  while (performance.now() < end) {
    for (let i = 0; i < 20; i++) {
      const html = isSync || fn === baseline ? fn(article()) : await fn(article());
      bytes += html.length;
      count++;
    }
  }
  return { count, ms: performance.now() - t0, bytes };
}

const names = only ? [only] : ['ours', 'baseline'];
for (const name of names) await run(variants[name], 300); // warm up the JIT

const totals = Object.fromEntries(names.map((n) => [n, { count: 0, ms: 0, bytes: 0 }]));
const slices = 8;
for (let s = 0; s < slices; s++) {
  const order = s % 2 ? [...names].reverse() : names;
  for (const name of order) {
    const r = await run(variants[name], (seconds * 1000) / slices / names.length);
    totals[name].count += r.count;
    totals[name].ms += r.ms;
    totals[name].bytes += r.bytes;
  }
}

const result = {
  sync: isSync,
  samples: { ours: oursSample, baseline: baseline(article()) },
};
for (const name of names) {
  const t = totals[name];
  result[name] = { cardsPerSecond: (t.count * 1000) / t.ms, bytesPerCard: t.bytes / t.count, cards: t.count };
}
process.stdout.write(JSON.stringify(result));
