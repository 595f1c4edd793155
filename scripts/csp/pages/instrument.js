// Injected before any page script by scripts/csp/leaks.mjs: counts live timers, observers that are
// observing, and fetches in flight, so the leak check can tell what a detached card left behind.
/* global window -- a page script */
(() => {
  const live = { timeouts: new Set(), intervals: new Set(), observers: 0, fetches: 0, animationFrames: new Set() };
  Object.defineProperty(window, '__live', {
    value: () => ({
      timeouts: live.timeouts.size,
      intervals: live.intervals.size,
      observers: live.observers,
      fetches: live.fetches,
      animationFrames: live.animationFrames.size,
    }),
  });

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  window.setTimeout = function (handler, ms, ...args) {
    const id = st.call(window, (...a) => {
      live.timeouts.delete(id);
      if (typeof handler === 'function') handler(...a);
    }, ms, ...args);
    live.timeouts.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    live.timeouts.delete(id);
    return ct.call(window, id);
  };
  window.setInterval = function (...args) {
    const id = si.apply(window, args);
    live.intervals.add(id);
    return id;
  };
  window.clearInterval = function (id) {
    live.intervals.delete(id);
    return ci.call(window, id);
  };
  window.requestAnimationFrame = function (callback) {
    const id = raf.call(window, (time) => {
      live.animationFrames.delete(id);
      callback(time);
    });
    live.animationFrames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    live.animationFrames.delete(id);
    return caf.call(window, id);
  };

  for (const name of ['MutationObserver', 'IntersectionObserver', 'ResizeObserver']) {
    const Original = window[name];
    if (!Original) continue;
    const observing = new WeakSet();
    window[name] = class extends Original {
      observe(...args) {
        if (!observing.has(this)) {
          observing.add(this);
          live.observers++;
        }
        return super.observe(...args);
      }
      disconnect() {
        if (observing.has(this)) {
          observing.delete(this);
          live.observers--;
        }
        return super.disconnect();
      }
    };
  }

  const originalFetch = window.fetch;
  window.fetch = function (...args) {
    live.fetches++;
    const settle = () => {
      live.fetches--;
    };
    const request = originalFetch.apply(this, args);
    request.then(settle, settle);
    return request;
  };
})();
