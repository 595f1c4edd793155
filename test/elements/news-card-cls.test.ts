// Layout shift is zero while images load late and while they fail. Two measurements: where the engine has
// the Layout Instability API (Chromium), PerformanceObserver('layout-shift'); in every engine, the
// positions of every element, light DOM and shadow DOM, sampled each frame (a shift is an element that
// moves). A control shows that both see a shift.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/news-card.js';
import '../../src/news-photo.js';
import type { Article } from '../../src/article/types.js';
import { $, loadSeed } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

const hasLayoutShiftApi = PerformanceObserver.supportedEntryTypes?.includes('layout-shift') ?? false;

/** Every element under `root`, through open shadow roots. */
function allElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * Records shifts inside `root` from now until `stop()`: the Layout Instability score where the engine
 * has it (else undefined), and in every engine the pixels by which elements moved between frames.
 */
function recordShifts(root: Element) {
  const shifts: number[] = [];
  const observer = hasLayoutShiftApi
    ? new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      })
    : undefined;
  observer?.observe({ type: 'layout-shift' });
  let moved = 0;
  let last = new Map<Element, DOMRect>();
  const sample = () => {
    const now = new Map<Element, DOMRect>();
    for (const el of allElements(root)) {
      const r = el.getBoundingClientRect();
      now.set(el, r);
      const before = last.get(el);
      if (before) moved += Math.abs(r.left - before.left) + Math.abs(r.top - before.top);
    }
    last = now;
  };
  sample();
  let frame = requestAnimationFrame(function loop() {
    sample();
    frame = requestAnimationFrame(loop);
  });
  return {
    stop() {
      cancelAnimationFrame(frame);
      sample();
      for (const entry of observer?.takeRecords() ?? []) if (!(entry as LayoutShift).hadRecentInput) shifts.push((entry as LayoutShift).value);
      observer?.disconnect();
      return { score: observer ? shifts.reduce((sum, value) => sum + value, 0) : undefined, moved };
    },
  };
}

const settled = (img: HTMLImageElement) => img.complete;

describe('layout shift', () => {
  let seed: Article;
  before(async () => {
    await setViewport({ width: 1400, height: 1400 });
    seed = await loadSeed();
  });

  it('the measurement sees the shift of an image without a reserved box (control)', async () => {
    const record = recordShifts(document.body);
    const stage = await fixture<HTMLElement>(html`<div style="inline-size: 300px">
      <img src=${'/fault/image?delay=600&key=cls-control'} alt="" style="display: block; max-inline-size: 100%" />
      <p>Text below the image</p>
    </div>`);
    await waitUntil(() => settled(stage.querySelector('img')!), 'control image did not load', { timeout: 5000 });
    await aTimeout(200);
    const { score, moved } = record.stop();
    expect(moved, 'pixels moved').to.be.greaterThan(0);
    if (score !== undefined) expect(score, 'layout-shift score').to.be.greaterThan(0);
  });

  it('is zero while images load late and fail, in every layout and in <news-photo>', async () => {
    const slow = (key: string): Article => ({ ...seed, image: { ...seed.image!, url: `/fault/image?delay=900&key=${key}` } });
    const failing = (key: string): Article => ({ ...seed, image: { ...seed.image!, url: `/fault/status?code=404&delay=700&key=${key}` } });
    const record = recordShifts(document.body);
    const stage = await fixture<HTMLElement>(html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: start">
      <news-card style="inline-size: 300px" .article=${slow('cls-stacked')}></news-card>
      <news-card style="inline-size: 520px" layout="horizontal" .article=${slow('cls-horizontal')}></news-card>
      <news-card style="inline-size: 480px" layout="hero" .article=${slow('cls-hero')}></news-card>
      <news-card style="inline-size: 300px" aspect="4/3" .article=${failing('cls-failing')}></news-card>
      <news-card style="inline-size: 520px" layout="hero" .article=${failing('cls-hero-failing')}></news-card>
      <news-photo style="inline-size: 300px" aspect="1/1" .article=${slow('cls-photo')}></news-photo>
      <p id="below" style="inline-size: 100%">Text below the cards</p>
    </div>`);
    const hosts = Array.from(stage.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('news-card, news-photo'));
    await Promise.all(hosts.map((host) => host.updateComplete));
    const images = hosts.map((host) => $(host, 'img') as HTMLImageElement);
    expect(images.every(Boolean)).to.equal(true);
    expect(images.some(settled), 'the images are meant to be late').to.equal(false);
    await waitUntil(() => images.every(settled), 'the images did not settle', { timeout: 8000 });
    await waitUntil(() => hosts.slice(3, 5).every((host) => $(host, '.frame.failed')), 'the failures were not handled');
    await aTimeout(300);
    const { score, moved } = record.stop();
    expect(moved, 'pixels moved').to.equal(0);
    if (score !== undefined) expect(score, 'layout-shift score').to.equal(0);
  });
});
