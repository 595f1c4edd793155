// Turns the results into the markdown table (printed, and written to docs/benchmarks.md).
import { fmt } from './util.mjs';

const KB = 1000; // kB and KB in this report are 1,000 bytes (the stricter reading of every budget).
const kb = (bytes) => `${fmt(bytes / KB, 2)} kB`;
const times = (x, digits = 2) => (x == null || !Number.isFinite(x) ? '—' : `${fmt(x, digits)}×`);
const ms = (s) => `${fmt(s.median, 1)} ms (${fmt(s.min, 1)}–${fmt(s.max, 1)})`;
const verdict = (met) => (met == null ? 'reported' : met ? 'met' : '**missed**');

/** The rows of the table: `[measure, ours, baseline, ratio, goal, result]`. */
export function tableRows(r) {
  const rows = [];
  const notMeasured = (measure, why) => rows.push([measure, 'not measured', '—', '—', '—', `not measured: ${why}`]);

  if (r.render) {
    const goals = { 100: 1.25, 1000: 1.15 };
    for (const [n, s] of Object.entries(r.render)) {
      const ratio = s.ours.median / s.vanilla.median;
      const goal = goals[n];
      rows.push([
        `Render ${fmt(Number(n), 0)} cards, ms to next paint (median, min–max, ${s.ours.n} runs each)`,
        ms(s.ours),
        ms(s.vanilla),
        times(ratio, 3),
        goal ? `ratio ≤ ${fmt(goal, 2)}×` : '—',
        verdict(goal ? ratio <= goal : null),
      ]);
    }
    for (const [n, s] of Object.entries(r.render)) {
      rows.push([
        `Render ${fmt(Number(n), 0)} cards, ms to end of first frame (no vsync wait)`,
        ms(s.oursFrame),
        ms(s.vanillaFrame),
        times(s.oursFrame.median / s.vanillaFrame.median, 3),
        '—',
        verdict(null),
      ]);
    }
    for (const [n, s] of Object.entries(r.render)) {
      if (!s.oursReady) continue;
      rows.push([
        `Render ${fmt(Number(n), 0)} cards, ms until every card is ready (script and DOM, no layout)`,
        ms(s.oursReady),
        ms(s.vanillaReady),
        times(s.oursReady.median / s.vanillaReady.median, 3),
        '—',
        verdict(null),
      ]);
    }
  } else if (r.errors?.render) notMeasured('Render time', r.errors.render);

  if (r.heap) {
    const o = r.heap.ours.bytesPerCard.median;
    const v = r.heap.vanilla.bytesPerCard.median;
    // No ratio: the baseline's DOM lives outside the JS heap, so its figure is close to zero.
    rows.push([`JS heap per card at ${fmt(r.heap.n, 0)} cards, after GC`, kb(o), kb(v), '—', '≤ 4.5 kB per card', verdict(o <= 4.5 * KB)]);
  } else if (r.errors?.heap) notMeasured('JS heap per card', r.errors.heap);

  if (r.cycles) {
    const o = r.cycles.ours.growthPercent;
    const v = r.cycles.vanilla.growthPercent;
    rows.push([
      `Heap growth over ${fmt(r.cycles.cycles, 0)} attach/detach cycles, after GC`,
      `${fmt(o, 2)}%`,
      `${fmt(v, 2)}%`,
      '—',
      '≤ 10%',
      verdict(o <= 10),
    ]);
  } else if (r.errors?.cycles) notMeasured('Heap growth over attach/detach cycles', r.errors.cycles);

  if (r.cls) {
    rows.push([
      `Layout shift (sum of all shifts), ${r.cls.count} cards, slow photos, 20% failing`,
      fmt(r.cls.ours.cls, 4),
      fmt(r.cls.vanilla.cls, 4),
      '—',
      '0',
      verdict(r.cls.ours.cls === 0),
    ]);
  } else if (r.errors?.cls) notMeasured('Layout shift', r.errors.cls);

  if (r.ssr) {
    const o = r.ssr.ours.cardsPerSecond;
    const b = r.ssr.baseline.cardsPerSecond;
    rows.push([
      'Server rendering, cards per second (`renderNewsCard`, Node)',
      fmt(o, 0),
      fmt(b, 0),
      times(o / b),
      '≥ 15,000 cards/s',
      verdict(o >= 15_000),
    ]);
  } else if (r.errors?.ssr) notMeasured('Server rendering', r.errors.ssr);

  if (r.extract) {
    const o = r.extract.ours.pagesPerSecond;
    const p = r.extract.parseOnly.pagesPerSecond;
    rows.push([
      `Page extraction, pages per second (\`articleFromHtml\`, Node, ${r.extract.pages} corpus pages of ${kb(r.extract.averageBytes)} on average; baseline: parse5 parsing only)`,
      fmt(o, 0),
      fmt(p, 0),
      times(o / p),
      '—',
      verdict(null),
    ]);
  } else if (r.errors?.extract) notMeasured('Page extraction', r.errors.extract);

  if (r.weight) {
    for (const w of r.weight) {
      if (w.missing) {
        rows.push([`${w.name}, min+gzip (brotli)`, 'missing', '—', '—', w.budget ? `≤ ${w.budget / KB} kB gzip` : '—', `not measured: ${w.file} missing`]);
        continue;
      }
      const reference = !w.file.startsWith('dist/');
      rows.push([
        `${w.name}, min+gzip (brotli)`,
        reference ? '—' : `${kb(w.gzip)} (${kb(w.brotli)})`,
        reference ? `${kb(w.gzip)} (${kb(w.brotli)})` : '—',
        '—',
        w.budget ? `≤ ${fmt(w.budget / KB, 1)} kB gzip` : '—',
        reference ? 'reference' : verdict(w.budget ? w.gzip <= w.budget : null),
      ]);
    }
  } else if (r.errors?.weight) notMeasured('Weight', r.errors.weight);

  // <news-card-list> at 10,000 articles (bench/list.mjs; decision 011).
  if (r.list) {
    const paint = r.list.firstPaint;
    rows.push([
      '`<news-card-list>` first paint, 10,000 articles vs 50 (compact cards)',
      `${fmt(paint['list-10000'].median)} ms`,
      `${fmt(paint['list-50'].median)} ms`,
      `${fmt(r.list.ratio, 2)}×`,
      'ratio ≤ 1.25×',
      verdict(r.list.ratio <= 1.25),
    ]);
    // A task's CPU time from the trace: on a loaded machine the wall time also counts other processes' turns.
    const scroll = r.list.scrolling;
    const cpu = scroll.longestTaskCpu !== undefined;
    rows.push([
      cpu
        ? '`<news-card-list>` longest main-thread task while scrolling 10,000, CPU time (longest frame, wall)'
        : '`<news-card-list>` longest frame while scrolling 10,000 (400 px a frame)',
      cpu ? `${fmt(scroll.longestTaskCpu)} ms (${fmt(scroll.longestFrame)} ms)` : `${fmt(scroll.longestFrame)} ms`,
      '—',
      '—',
      'no task over 50 ms',
      verdict(cpu ? scroll.tasksOver50Cpu === 0 : scroll.longTasks === 0),
    ]);
    rows.push(['`<news-card-list>` JS heap per off-screen article, after GC', `${fmt(r.list.heap.perArticle / 1000, 2)} kB`, '—', '—', '< 1 kB', verdict(r.list.heap.perArticle < 1000)]);
  } else if (r.errors?.list) notMeasured('`<news-card-list>` at 10,000 articles', r.errors.list);
  return rows;
}

export function markdownTable(r) {
  const head = ['Measure', 'Ours', 'Baseline', 'Ratio ours/baseline', 'Goal', 'Result'];
  const esc = (cell) => String(cell).replaceAll('|', '\\|');
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...tableRows(r).map((row) => `| ${row.map(esc).join(' | ')} |`),
  ].join('\n');
}

export function machineLine(m) {
  const load = (l) => (l ? l.map((x) => fmt(x, 2)).join(' / ') : 'n/a');
  return `${m.cpu}, ${m.cores} cores, ${fmt(m.memoryGB, 1)} GB RAM, ${m.os}; Node ${m.node}, Chromium ${m.chromium ?? 'n/a'}; load average (1/5/15 min) ${load(m.loadAverage)} at the start, ${load(m.loadAverageEnd)} at the end; ${m.date}`;
}

const ownList = (rows) =>
  rows
    .slice(0, 6)
    .map((f) => `\`${f.name}\` ${fmt(f.percent, 0)}%`)
    .join(', ');

export function notes(r) {
  const lines = [];
  if (r.parity) {
    lines.push(
      r.parity.same
        ? '- Markup parity: the vanilla card has the same elements, attributes and text as `<news-card>`’s shadow root; its CSS is the element’s own static styles, with `:host` rewritten to a class.'
        : `- Markup parity: **the vanilla card differs** from \`<news-card>\`’s shadow root at line ${r.parity.line}: ours \`${r.parity.ours}\`, vanilla \`${r.parity.vanilla}\`. Update bench/pages/vanilla-card.js.`,
    );
  }
  if (r.ssrParity) {
    lines.push(
      r.ssrParity.same
        ? '- Server-rendering parity: the baseline writes the same declarative shadow root markup as `renderNewsCard` (comments aside).'
        : `- Server-rendering parity: **the baseline differs** from \`renderNewsCard\` output at line ${r.ssrParity.line}: ours \`${r.ssrParity.ours}\`, baseline \`${r.ssrParity.vanilla}\`.`,
    );
  }
  if (r.ssr?.profile) {
    const p = r.ssr.profile;
    lines.push(
      `- Where server-rendering time goes (\`node --cpu-prof\`, ours alone, share of ${fmt(p.totalMs, 0)} ms of JS): by package ${p.files
        .slice(0, 5)
        .map((f) => `${f.name} ${fmt(f.percent, 0)}%`)
        .join(', ')}; top 5 functions by self time:`,
    );
    p.functions.slice(0, 5).forEach((f, i) => lines.push(`  ${i + 1}. \`${f.name}\`: ${fmt(f.percent, 1)}% (${fmt(f.selfMs, 0)} ms)`));
    if (p.ownInclusive?.length) lines.push(`  Our own functions, with everything they call: ${ownList(p.ownInclusive)}.`);
  }
  const prof = r.profiles ?? {};
  const traces = prof.renderTrace && !prof.renderTrace.error ? Object.entries(prof.renderTrace) : [];
  if (traces.length) {
    const phases = ['script', 'parse HTML', 'style', 'layout', 'paint', 'GC', 'other'];
    const runs = traces[0][1].runs;
    const head = traces.flatMap(([n]) => [`Ours, ${fmt(Number(n), 0)}`, `Baseline, ${fmt(Number(n), 0)}`]);
    const cell = (t, ph) => fmt(t.phases[ph] ?? 0, 1);
    lines.push(
      `- Where render time goes: renderer main-thread self time (ms) by phase, from the start of rendering to the next paint (Chromium trace; median of ${runs} traced runs per variant and size, so a column need not add up to its total):`,
      '',
      `  | Phase | ${head.join(' | ')} |`,
      `  | --- | ${head.map(() => '---').join(' | ')} |`,
      ...phases.map((ph) => `  | ${ph} | ${traces.flatMap(([, t]) => [cell(t.ours, ph), cell(t.vanilla, ph)]).join(' | ')} |`),
      `  | busy / wall | ${traces.flatMap(([, t]) => [t.ours, t.vanilla].map((v) => `${fmt(v.busyMs, 1)} / ${fmt(v.wallMs, 1)}`)).join(' | ')} |`,
      '',
      `  Largest trace events, ours at ${fmt(Number(traces.at(-1)[0]), 0)} (first run): ${traces
        .at(-1)[1]
        .ours.top.slice(0, 5)
        .map((e) => `\`${e.name}\` ${fmt(e.ms, 1)} ms`)
        .join(', ')}.`,
    );
  } else if (prof.renderTrace?.error) lines.push(`- Render trace failed: ${prof.renderTrace.error}`);
  for (const [n, p] of prof.renderJs && !prof.renderJs.error ? Object.entries(prof.renderJs) : []) {
    lines.push(
      `- JavaScript in ours at ${fmt(Number(n), 0)} cards (CPU profile of the unbundled dist/ modules; ${fmt(p.totalMs, 0)} ms of JS): by package ${p.files
        .slice(0, 5)
        .map((f) => `${f.name} ${fmt(f.percent, 0)}%`)
        .join(', ')}; top functions: ${p.functions
        .slice(0, 5)
        .map((f) => `\`${f.name}\` ${fmt(f.percent, 0)}%`)
        .join(', ')}.${p.ownInclusive?.length ? ` Our own functions, with everything they call: ${ownList(p.ownInclusive)}.` : ''}`,
    );
  }
  if (prof.heap?.rows) {
    lines.push(
      `- What a card keeps (heap snapshots before and after ${fmt(prof.heap.n, 0)} cards, JS heap only, per card; unbundled modules with Lit's development build, so class names survive): ${prof.heap.rows
        .slice(0, 8)
        .map((row) => `${row.name} ${fmt(row.bytesPerCard, 0)} B (${fmt(row.objectsPerCard, 1)} objects)`)
        .join(', ')}.`,
    );
  }
  if (prof.weight?.groups) {
    lines.push(
      `- Where the bundle's bytes come from (dist/ modules and Lit bundled and minified, ${kb(prof.weight.totalBytes)} before gzip): ${prof.weight.groups
        .filter((g) => g.bytes > 0)
        .map((g) => `${g.name} ${kb(g.bytes)}`)
        .join(', ')}; largest modules: ${prof.weight.files
        .slice(0, 6)
        .map((f) => `${f.file} ${kb(f.bytes)}`)
        .join(', ')}.`,
    );
  }
  if (r.cycles) {
    const c = r.cycles.ours;
    lines.push(
      `- Attach/detach, ours: heap ${kb(c.before)} → ${kb(c.middle)} after ${fmt(r.cycles.cycles / 2, 0)} cycles → ${kb(c.after)} after ${fmt(r.cycles.cycles, 0)} (${fmt(c.bytesPerCycle, 0)} B per cycle; first half ${kb(c.firstHalfBytes)}, second half ${kb(c.secondHalfBytes)}: ${
        c.secondHalfBytes > Math.max(c.firstHalfBytes * 0.5, 20 * KB) ? 'still growing, as a leak would' : 'levels off, as a cache would'
      }).`,
    );
  }
  if (r.cls && r.cls.ours.cls > 0) {
    lines.push('- Largest layout shifts (ours):');
    for (const e of r.cls.ours.largest) {
      lines.push(`  - ${fmt(e.value, 4)} at ${e.time} ms: ${e.sources.map((s) => `${s.node} ${JSON.stringify(s.from)}→${JSON.stringify(s.to)}`).join('; ')}`);
    }
  }
  return lines.join('\n');
}
