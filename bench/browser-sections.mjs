// The browser sections: render time, memory, layout stability and the markup parity check.
/* global window, document, requestAnimationFrame, URLSearchParams -- inside page.evaluate callbacks, which run in the page */
import { freshPage, heapAfterGc, sleep, summary } from './util.mjs';

const pageUrl = (origin, variant) => `${origin}/pages/bench.html?variant=${variant}`;

/**
 * Render time for each N: a fresh page per run, alternating which variant goes first.
 * Each run yields three figures: `paint` (double rAF, the headline figure), `frame` (end of the
 * first frame's work: rAF, then a task), which has no wait for the next vsync in it, and `ready`
 * (every card built, script and DOM only, before layout).
 */
export async function benchRender(browser, origin, { sizes, reps, log }) {
  const out = {};
  for (const n of sizes) {
    const runs = typeof reps === 'function' ? reps(n) : reps;
    const paint = { ours: [], vanilla: [] };
    const frame = { ours: [], vanilla: [] };
    const ready = { ours: [], vanilla: [] };
    for (let r = 0; r < runs; r++) {
      const order = r % 2 ? ['vanilla', 'ours'] : ['ours', 'vanilla'];
      for (const variant of order) {
        const session = await freshPage(browser, pageUrl(origin, variant));
        try {
          const result = await session.page.evaluate((count) => window.bench.render(count), n);
          if (result.rendered !== n) throw new Error(`${variant} rendered ${result.rendered} of ${n} cards`);
          paint[variant].push(result.paint);
          frame[variant].push(result.frame);
          ready[variant].push(result.ready);
          if (session.errors.length) throw new Error(`${variant} page errors: ${session.errors.join('; ')}`);
        } finally {
          await session.close();
        }
      }
      log(`  render N=${n} rep ${r + 1}/${runs}: ours ${paint.ours.at(-1).toFixed(1)} ms, vanilla ${paint.vanilla.at(-1).toFixed(1)} ms`);
    }
    out[n] = {
      ours: summary(paint.ours),
      vanilla: summary(paint.vanilla),
      oursFrame: summary(frame.ours),
      vanillaFrame: summary(frame.vanilla),
      oursReady: summary(ready.ours),
      vanillaReady: summary(ready.vanilla),
    };
  }
  return out;
}

/** JS heap per card at `n` cards (after GC, minus the page before rendering), median of `reps` pages. */
export async function benchHeap(browser, origin, { n, reps, log }) {
  const out = {};
  for (const variant of ['ours', 'vanilla']) {
    const perCard = [];
    const base = [];
    for (let r = 0; r < reps; r++) {
      const session = await freshPage(browser, pageUrl(origin, variant));
      try {
        const before = await heapAfterGc(session.cdp);
        const rendered = await session.page.evaluate((count) => window.bench.renderAndForget(count), n);
        if (rendered !== n) throw new Error(`${variant} rendered ${rendered} of ${n} cards`);
        await sleep(200);
        const after = await heapAfterGc(session.cdp);
        perCard.push((after - before) / n);
        base.push(before);
      } finally {
        await session.close();
      }
    }
    out[variant] = { bytesPerCard: summary(perCard), emptyPageHeap: summary(base) };
    log(`  heap ${variant}: ${(out[variant].bytesPerCard.median / 1024).toFixed(2)} KB per card`);
  }
  return out;
}

/** Heap growth over `cycles` attach/render/detach cycles, after a warm-up, with GC before and after. */
export async function benchCycles(browser, origin, { cycles, log }) {
  const out = {};
  for (const variant of ['ours', 'vanilla']) {
    const session = await freshPage(browser, pageUrl(origin, variant));
    try {
      await session.page.evaluate(() => window.bench.cycles(50));
      const before = await heapAfterGc(session.cdp);
      // Measured at half-time too: a leak grows in both halves alike, a cache fills once and stops.
      const half = Math.floor(cycles / 2);
      await session.page.evaluate((k) => window.bench.cycles(k), half);
      const middle = await heapAfterGc(session.cdp);
      const left = await session.page.evaluate((k) => window.bench.cycles(k), cycles - half);
      if (left !== 0) throw new Error(`${variant}: ${left} cards left attached`);
      const after = await heapAfterGc(session.cdp);
      out[variant] = {
        before,
        middle,
        after,
        growthPercent: ((after - before) / before) * 100,
        bytesPerCycle: (after - before) / cycles,
        firstHalfBytes: middle - before,
        secondHalfBytes: after - middle,
      };
      log(`  cycles ${variant}: ${out[variant].growthPercent.toFixed(2)}% heap growth`);
    } finally {
      await session.close();
    }
  }
  return out;
}

/** The photo for card i of the layout-stability page: slow, in several shapes, some failing. */
export function clsImage(origin, run, i) {
  const kind = i % 10;
  const delay = 250 + ((i * 137) % 1500);
  const params = new URLSearchParams({ run, delay: String(delay) });
  const [w, h] = kind === 1 || kind === 5 ? [800, 600] : kind === 9 ? [600, 600] : kind === 8 ? [600, 900] : [1200, 675];
  params.set('w', String(w));
  params.set('h', String(h));
  if (kind === 3) params.set('status', '404');
  else if (kind === 7) params.set('status', '500');
  return `/img/cls-${i}.png?${params}`;
}

/**
 * Layout shift while `count` cards' photos load slowly and some fail. The page is scrolled through,
 * so lazy images load too; the run ends when the server has answered every photo and the page settled.
 */
export async function benchCls(browser, origin, server, { count, log }) {
  const out = {};
  for (const variant of ['ours', 'vanilla']) {
    const run = `cls-${variant}-${Date.now()}`;
    const urls = Array.from({ length: count }, (_, i) => clsImage(origin, run, i));
    const session = await freshPage(browser, pageUrl(origin, variant));
    try {
      const rendered = await session.page.evaluate((list) => window.bench.renderWithImages(list), urls);
      if (rendered !== count) throw new Error(`${variant} rendered ${rendered} of ${count} cards`);
      const height = await session.page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 600) {
        await session.page.evaluate((top) => window.scrollTo(0, top), y);
        await sleep(250);
      }
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const s = server.images(run);
        if (s.requested >= count && s.answered === s.requested) break;
        await sleep(100);
      }
      await sleep(1000); // decode, layout and the error handlers of the last photos
      await session.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const shifts = await session.page.evaluate(() => window.__shifts);
      if (shifts.unsupported) throw new Error(`layout-shift entries unsupported: ${shifts.unsupported}`);
      const images = server.images(run);
      const top = [...shifts.entries].sort((a, b) => b.value - a.value).slice(0, 5);
      out[variant] = { cls: shifts.total, shifts: shifts.entries.length, images, largest: top };
      log(`  CLS ${variant}: ${shifts.total.toFixed(4)} over ${shifts.entries.length} shifts (${images.answered}/${count} photos answered)`);
    } finally {
      await session.close();
    }
  }
  return out;
}

/**
 * The markup parity check and the CSS for the vanilla baseline. Renders one <news-card>, reads its
 * shadow root and its static styles; renders one vanilla card; compares their structure.
 */
export async function cardMarkupAndCss(browser, origin, server) {
  const ours = await freshPage(browser, pageUrl(origin, 'ours'));
  let oursShape;
  let css;
  try {
    oursShape = await ours.page.evaluate(() => window.bench.markup());
    css = await ours.page.evaluate(() => window.bench.css());
  } finally {
    await ours.close();
  }
  server.setCss(hostToClass(css, 'nc'));
  const vanilla = await freshPage(browser, pageUrl(origin, 'vanilla'));
  let vanillaShape;
  try {
    vanillaShape = await vanilla.page.evaluate(() => window.bench.markup());
  } finally {
    await vanilla.close();
  }
  return { css, parity: compareShapes(oursShape, vanillaShape), oursShape, vanillaShape };
}

/** Compares two structural fingerprints line by line; returns `{ same, firstDiff? }`. */
export function compareShapes(a, b) {
  if (a === b) return { same: true };
  const la = a.split('\n');
  const lb = b.split('\n');
  const i = la.findIndex((line, k) => line !== lb[k]);
  const at = i === -1 ? la.length : i;
  return { same: false, line: at + 1, ours: la[at] ?? '(end)', vanilla: lb[at] ?? '(end)' };
}

/**
 * Rewrites shadow-DOM CSS for a light-DOM wrapper with class `cls`: `:host` → `.cls`,
 * `:host(X)` → `.clsX`, `:host-context(X)` → `X .cls`, `::slotted(X)` → `X`.
 */
export function hostToClass(css, cls) {
  const takeParens = (text, start) => {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) return i;
    }
    return text.length - 1;
  };
  let out = '';
  for (let i = 0; i < css.length; ) {
    if (css.startsWith(':host-context(', i)) {
      const end = takeParens(css, i + 13);
      out += `${css.slice(i + 14, end)} .${cls}`;
      i = end + 1;
    } else if (css.startsWith(':host(', i)) {
      const end = takeParens(css, i + 5);
      out += `.${cls}${css.slice(i + 6, end)}`;
      i = end + 1;
    } else if (css.startsWith(':host', i)) {
      out += `.${cls}`;
      i += 5;
    } else if (css.startsWith('::slotted(', i)) {
      const end = takeParens(css, i + 9);
      out += css.slice(i + 10, end);
      i = end + 1;
    } else {
      out += css[i++];
    }
  }
  return out;
}
