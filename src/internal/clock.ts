/**
 * One shared minute timer for every element that shows relative times ("3 minutes ago"). It starts
 * when the first such element subscribes and stops when the last one leaves, so a page of a
 * thousand cards has one timer, and a page with none has no timer at all. Elements subscribe only
 * while connected, in a browser, after upgrade.
 */

/** What the clock calls each minute. */
export interface ClockSubscriber {
  requestUpdate(): void;
}

const subscribers = new Set<ClockSubscriber>();
let timer: ReturnType<typeof setInterval> | undefined;

/** The interval between ticks, in ms. */
export const TICK = 60_000;

/** Re-renders every subscriber now (the timer calls this each minute). */
export function tick(): void {
  for (const subscriber of subscribers) {
    try {
      subscriber.requestUpdate();
    } catch {
      // One element's failure must not stop the others.
    }
  }
}

export function subscribe(subscriber: ClockSubscriber): void {
  subscribers.add(subscriber);
  timer ??= setInterval(tick, TICK);
}

export function unsubscribe(subscriber: ClockSubscriber): void {
  if (!subscribers.delete(subscriber) || subscribers.size > 0 || timer === undefined) return;
  clearInterval(timer);
  timer = undefined;
}

/** For tests: how many elements are subscribed, and whether the timer runs. */
export function clockState(): { subscribers: number; running: boolean } {
  return { subscribers: subscribers.size, running: timer !== undefined };
}
