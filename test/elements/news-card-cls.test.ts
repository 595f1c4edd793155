// Cumulative Layout Shift is zero while images load late and while they fail, measured with
// PerformanceObserver('layout-shift'). A control shows that the measurement does see shifts.
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

/** Collects layout shifts from now until `stop()`. */
function recordShifts() {
  const shifts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShift[]) if (!entry.hadRecentInput) shifts.push(entry.value);
  });
  observer.observe({ type: 'layout-shift' });
  return {
    shifts,
    stop() {
      for (const entry of observer.takeRecords() as LayoutShift[]) if (!entry.hadRecentInput) shifts.push(entry.value);
      observer.disconnect();
      return shifts.reduce((sum, value) => sum + value, 0);
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
    const record = recordShifts();
    const stage = await fixture<HTMLElement>(html`<div style="inline-size: 300px">
      <img src=${'/fault/image?delay=600&key=cls-control'} alt="" style="display: block; max-inline-size: 100%" />
      <p>Text below the image</p>
    </div>`);
    await waitUntil(() => settled(stage.querySelector('img')!), 'control image did not load', { timeout: 5000 });
    await aTimeout(200);
    expect(record.stop()).to.be.greaterThan(0);
  });

  it('is zero while images load late and fail, in every layout and in <news-photo>', async () => {
    const slow = (key: string): Article => ({ ...seed, image: { ...seed.image!, url: `/fault/image?delay=900&key=${key}` } });
    const failing = (key: string): Article => ({ ...seed, image: { ...seed.image!, url: `/fault/status?code=404&delay=700&key=${key}` } });
    const record = recordShifts();
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
    expect(record.stop()).to.equal(0);
  });
});
