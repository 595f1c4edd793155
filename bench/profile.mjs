// Profiles that name where time, memory and bytes go. Used for the "where the time goes" notes,
// and whenever a goal is missed, so the report can point at a measured cause rather than a guess.
/* global window -- inside page.evaluate callbacks, which run in the page */
import { fileURLToPath } from 'node:url';
import { DIST } from './dist.mjs';
import { freshPage, median } from './util.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pageUrl = (origin, variant) => `${origin}/pages/bench.html?variant=${variant}`;

// Trace event names on the renderer main thread, by the phase of work they belong to.
const PHASES = [
  ['GC', /GC|Gc\b|Sweep|Marking|MarkTransitive|Scavenge|Compact|V8\.Heap/],
  ['parse HTML', /ParseHTML|HTMLDocumentParser|ParseFragment|innerHTML/i],
  ['style', /recalcStyle|UpdateLayoutTree|RecalculateStyles|rebuildLayoutTree|StyleEngine|StyleRecalc|ParseAuthorStyleSheet|ScheduleStyle|MatchedProperties|\bCSS/i],
  ['layout', /Layout|Shape|Inline|Font|LayoutShift|IntersectionObserver/i],
  ['paint', /Paint|Layerize|Composit|Commit|Raster|Decode|Lifecycle|UpdateLayer|ScrollableArea/i],
  ['script', /FunctionCall|EvaluateScript|v8|Microtask|AnimationFrame|Timer|Event|Compile|Script|AsyncTask|ProfileCall|JS/i],
];
const phaseOf = (name) => PHASES.find(([, re]) => re.test(name))?.[0] ?? 'other';

/**
 * Traces one render of `n` cards and sums the main thread's self time by phase (script, style,
 * layout, paint, parse HTML, GC, other) between the start of the render and the next paint.
 */
export async function traceBreakdown(browser, origin, variant, n) {
  const session = await freshPage(browser, pageUrl(origin, variant));
  try {
    await browser.startTracing(session.page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.gc',
        'blink',
        'cppgc',
      ],
    });
    await session.page.evaluate((count) => window.bench.render(count, true), n);
    const buffer = await browser.stopTracing();
    const { traceEvents } = JSON.parse(buffer.toString('utf8'));
    return summariseTrace(traceEvents);
  } finally {
    await session.close();
  }
}

/**
 * `runs` traced renders per variant, alternating which goes first; each phase is the median over
 * the runs, so one noisy run does not decide the split.
 */
export async function traceBreakdowns(browser, origin, variants, n, runs = 3) {
  const traces = Object.fromEntries(variants.map((v) => [v, []]));
  for (let r = 0; r < runs; r++) {
    for (const v of r % 2 ? [...variants].reverse() : variants) traces[v].push(await traceBreakdown(browser, origin, v, n));
  }
  const out = { n, runs };
  for (const v of variants) {
    const list = traces[v];
    const phases = {};
    for (const phase of new Set(list.flatMap((t) => Object.keys(t.phases)))) {
      phases[phase] = median(list.map((t) => t.phases[phase] ?? 0));
    }
    out[v] = {
      phases,
      busyMs: median(list.map((t) => t.busyMs)),
      wallMs: median(list.map((t) => t.wallMs)),
      top: list[0].top,
    };
  }
  return out;
}

export function summariseTrace(events) {
  const start = events.find((e) => e.name === 'bench-render-start');
  const end = events.find((e) => e.name === 'bench-render-end');
  if (!start || !end) throw new Error('trace has no bench-render marks');
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === start.pid)
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const t0 = start.ts;
  const t1 = end.ts;
  // Every slice that overlaps the window, clipped to it: the render runs inside a task (a frame's
  // rAF callback) that began just before the start mark, and that task's time counts.
  const slices = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.dur >= 0 && e.ts < t1 && e.ts + e.dur > t0)
    .map((e) => ({ name: e.name, start: Math.max(e.ts, t0), end: Math.min(e.ts + e.dur, t1) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Self time: a slice's duration minus the slices nested directly inside it.
  const stack = [];
  const selfByName = new Map();
  const add = (name, us) => selfByName.set(name, (selfByName.get(name) ?? 0) + us);
  for (const e of slices) {
    while (stack.length && stack.at(-1).end <= e.start) stack.pop();
    const parent = stack.at(-1);
    const end = Math.min(e.end, parent ? parent.end : Infinity);
    const dur = end - e.start;
    add(e.name, dur);
    if (parent) add(parent.name, -dur);
    stack.push({ name: e.name, start: e.start, end });
  }
  const wall = (t1 - t0) / 1000;
  const phases = {};
  let busy = 0;
  for (const [name, us] of selfByName) {
    if (us <= 0) continue;
    const phase = phaseOf(name);
    phases[phase] = (phases[phase] ?? 0) + us / 1000;
    busy += us / 1000;
  }
  const top = [...selfByName]
    .filter(([, us]) => us > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, us]) => ({ name, ms: us / 1000 }));
  return { wallMs: wall, busyMs: busy, phases, top };
}

/** A sampled JS CPU profile of one render, summarised by self time per function and per file. */
export async function jsProfile(browser, origin, variant, n) {
  const session = await freshPage(browser, pageUrl(origin, variant));
  try {
    const { cdp } = session;
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await session.page.evaluate((count) => window.bench.render(count), n);
    const { profile } = await cdp.send('Profiler.stop');
    return summariseCpuProfile(profile, origin);
  } finally {
    await session.close();
  }
}

/** Self time by function and by file for a V8 CPU profile (browser or Node). */
export function summariseCpuProfile(profile, origin = '', count = 8) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfById = new Map();
  let total = 0;
  // Shares are of the time spent running JavaScript (and the DOM calls it makes): `(program)` and
  // `(idle)` are the engine waiting or doing native work (style, layout) outside any JS frame.
  const outside = new Set(['(program)', '(idle)']);
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    if (!outside.has(byId.get(id)?.callFrame.functionName)) total += dt;
    selfById.set(id, (selfById.get(id) ?? 0) + dt);
  });
  const shortUrl = (url) => displayPath(url.replace(origin, '').replace(/^file:\/\//, ''));
  const byFunction = new Map();
  const byFile = new Map();
  for (const [id, us] of selfById) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (outside.has(functionName)) continue;
    const file = url ? shortUrl(url) : functionName || '(native)';
    const key = url ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}` : functionName || '(anonymous)';
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
    const group = url ? fileGroup(file) : functionName || '(native)';
    byFile.set(group, (byFile.get(group) ?? 0) + us);
  }
  // Inclusive time of our own functions (dist/): what each costs with everything it calls.
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map();
  for (const [id, us] of selfById) {
    if (outside.has(byId.get(id).callFrame.functionName)) continue;
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parentOf.get(cur)) {
      const { functionName, url } = byId.get(cur).callFrame;
      const file = url ? shortUrl(url) : '';
      if (!file.startsWith('dist/') || file.endsWith('.bundle.js') || !functionName) continue;
      const key = `${functionName} ${file}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const rows = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, us]) => ({ name, selfMs: us / 1000, percent: (us / total) * 100 }));
  return { totalMs: total / 1000, functions: rows(byFunction), files: rows(byFile), ownInclusive: rows(inclusive).map(({ name, selfMs, percent }) => ({ name, inclusiveMs: selfMs, percent })) };
}

/** A path as the report shows it: the measured copy of the build is `dist/`, packages lose `node_modules/`. */
export function displayPath(path) {
  let p = path;
  if (p.startsWith(root)) p = p.slice(root.length);
  return p
    .replace(/^\/+/, '')
    .replace(/^\.cache\/bench-dist-\d+\//, 'dist/')
    .replace(/^(?:.*\/)?node_modules\//, '');
}

/** Groups a file into its package, or its folder of dist/. */
export function fileGroup(file) {
  const pkg = file.match(/^(@[^/]+\/[^/]+|[^/]+)\/(?!.*dist\/)/);
  if (file.endsWith('.bundle.js')) return file.replace(/^\//, '');
  if (file.includes('dist/')) {
    const m = file.match(/dist\/((?:[^/]+\/)?)/);
    return `dist/${m?.[1] || ''}`;
  }
  if (file.startsWith('node:') || file.startsWith('internal/')) return 'Node internals';
  return pkg ? pkg[1] : file;
}

/**
 * Heap snapshots of a page before and after rendering `n` cards; the retained size added per
 * card, grouped by constructor (or V8 node type), largest first.
 */
export async function heapBreakdown(browser, origin, variant, n) {
  const session = await freshPage(browser, pageUrl(origin, variant));
  try {
    const before = await snapshotSizes(session.cdp);
    await session.page.evaluate((count) => window.bench.renderAndForget(count), n);
    const after = await snapshotSizes(session.cdp);
    const rows = [];
    for (const [key, size] of after) {
      const diff = size.bytes - (before.get(key)?.bytes ?? 0);
      const count = size.count - (before.get(key)?.count ?? 0);
      if (diff > 0) rows.push({ name: key, bytesPerCard: diff / n, objectsPerCard: count / n });
    }
    rows.sort((a, b) => b.bytesPerCard - a.bytesPerCard);
    return rows.slice(0, 10);
  } finally {
    await session.close();
  }
}

async function snapshotSizes(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snapshot = JSON.parse(chunks.join(''));
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const typeNames = types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const { nodes, strings } = snapshot;
  const sizes = new Map();
  for (let i = 0; i < nodes.length; i += width) {
    const type = typeNames[nodes[i + iType]];
    const name = strings[nodes[i + iName]];
    // Only objects keep their constructor's name; the rest are grouped by kind.
    // C++ (Blink) objects are in the snapshot but not in JSHeapUsedSize: leave them out.
    if (type === 'native') continue;
    const key = type === 'object' ? (name.length > 60 ? `${name.slice(0, 57)}…` : name) : `(${type})`;
    const entry = sizes.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += nodes[i + iSize];
    entry.count++;
    sizes.set(key, entry);
  }
  return sizes;
}

/**
 * Where the bundle's bytes come from: the package's modules and Lit bundled and minified with a
 * metafile, grouped by package or dist/ folder (minified bytes; gzip does not split by module).
 */
export async function weightBreakdown() {
  const esbuild = await import('esbuild');
  const contents = "export * from './index.js';\nimport './define.js';\n";
  const result = await esbuild.build({
    stdin: { contents, resolveDir: DIST, loader: 'js', sourcefile: 'bundle-entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const output = Object.values(result.metafile.outputs)[0];
  const groups = new Map();
  const files = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const file = displayPath(path);
    const group = fileGroup(file);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    files.push({ file, bytes: bytesInOutput });
  }
  return {
    totalBytes: output.bytes,
    groups: [...groups].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({ name, bytes })),
    files: files.sort((a, b) => b.bytes - a.bytes).slice(0, 10),
  };
}
