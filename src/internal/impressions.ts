/**
 * Impressions: an element counts as seen once at least half of it has been in the viewport for a
 * whole second. One `IntersectionObserver` serves every card on the page (created on first use, in
 * the browser only); a card that drops below half before the second is up starts over. Stopping
 * (on disconnect, or once seen) removes the element and its pending timer, so nothing outlives a
 * detached card.
 */

/** How long at least half of the element must stay visible, in ms. */
export const IMPRESSION_DELAY = 1000;
const THRESHOLD = 0.5;

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

function onIntersect(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const el = entry.target;
    if (!callbacks.has(el)) continue;
    // Ratios are rounded: exactly half may be reported a hair under 0.5.
    if (entry.isIntersecting && entry.intersectionRatio >= THRESHOLD - 0.001) {
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
  observer ??= new IntersectionObserver(onIntersect, { threshold: THRESHOLD });
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
