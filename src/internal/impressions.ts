/**
 * Impressions: an element counts as seen once at least half of it has been in the viewport for a
 * whole second. An element more than twice as tall as the viewport can never be half visible, so it
 * counts once it covers at least half the viewport's height instead. One `IntersectionObserver`
 * serves every card on the page (created on first use, in the browser only); a card that drops below
 * the mark before the second is up starts over. Stopping (on disconnect, or once seen) removes the
 * element and its pending timer, so nothing outlives a detached card.
 */

/** How long at least half of the element must stay visible, in ms. */
export const IMPRESSION_DELAY = 1000;
const THRESHOLD = 0.5;
// Callbacks every 5% up to half: fine enough to see a card up to ten viewports tall reach half the viewport.
const THRESHOLDS = Array.from({ length: 11 }, (_, i) => i * 0.05);

/** What each watched element asked to be called with, as `this`, once seen. */
const callbacks = new Map<Element, (this: Element) => void>();
const timers = new Map<Element, ReturnType<typeof setTimeout>>();
let observer: IntersectionObserver | undefined;

function clearTimer(el: Element): void {
  const timer = timers.get(el);
  if (timer !== undefined) {
    clearTimeout(timer);
    timers.delete(el);
  }
}

/** At least half visible; or, for an element taller than two viewports, covering half the viewport's height. */
function isSeen(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  // Ratios are rounded: exactly half may be reported a hair under 0.5.
  if (entry.intersectionRatio >= THRESHOLD - 0.001) return true;
  const root = entry.rootBounds;
  return (
    root !== null &&
    entry.boundingClientRect.height > root.height / THRESHOLD &&
    entry.intersectionRect.height >= root.height * THRESHOLD - 1
  );
}

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const el = entry.target;
    if (!callbacks.has(el)) continue;
    if (isSeen(entry)) {
      if (timers.has(el)) continue;
      timers.set(
        el,
        setTimeout(() => {
          timers.delete(el);
          const callback = callbacks.get(el);
          unobserveImpression(el);
          callback?.call(el);
        }, IMPRESSION_DELAY),
      );
    } else {
      clearTimer(el);
    }
  }
}

/**
 * Calls `callback` once, with `el` as `this`, when `el` has been at least half visible for a second
 * (so an element can pass one of its methods, not a closure of its own).
 */
export function observeImpression<T extends Element>(el: T, callback: (this: T) => void): void {
  if (typeof IntersectionObserver !== 'function') return;
  const known = callbacks.has(el);
  callbacks.set(el, callback as (this: Element) => void);
  if (known) return;
  observer ??= new IntersectionObserver(onIntersect, { threshold: THRESHOLDS });
  observer.observe(el);
}

/** Stops watching `el` and cancels its pending impression. */
export function unobserveImpression(el: Element): void {
  clearTimer(el);
  if (!callbacks.delete(el)) return;
  observer?.unobserve(el);
  if (callbacks.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** For tests: how many elements are watched and how many timers are pending. */
export function impressionState(): { observed: number; pending: number } {
  return { observed: callbacks.size, pending: timers.size };
}
