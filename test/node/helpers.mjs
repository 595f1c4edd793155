// What the server-rendering tests share: `quiet`, and the hydration check run in Chromium (ssr.test.mjs) and
// in Firefox and WebKit (ssr-engines.test.mjs): the page, what to read in it, and what must hold.
/* global window, document */
import assert from 'node:assert/strict';

/** Runs `fn` with console.warn silenced (the elements warn about the bad input a test gives them). */
export const quiet = (fn) => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
};

/** A page body: the server-rendered card, a note of its nodes before any script of ours, then the hydrating bundle. */
export const hydrationBody = (card) => `${card}
<script>
  const host = document.querySelector('news-card');
  window.before = { nodes: [...host.shadowRoot.querySelectorAll('*')], text: host.shadowRoot.textContent, box: JSON.stringify(host.getBoundingClientRect()) };
</script>
<script type="module" src="/news-card.hydrate.bundle.js"></script>`;

/** In the page, once the card has upgraded: how its shadow root compares with `window.before`. */
export async function hydrationReport() {
  const host = document.querySelector('news-card');
  await host.updateComplete;
  const root = host.shadowRoot;
  const nodes = [...root.querySelectorAll('*')];
  return {
    count: [window.before.nodes.length, nodes.length],
    same: window.before.nodes.every((n, i) => n === nodes[i] && n.isConnected),
    sameText: root.textContent === window.before.text,
    sameBox: JSON.stringify(host.getBoundingClientRect()) === window.before.box,
    articles: root.querySelectorAll('article').length,
    headings: root.querySelectorAll('h2').length,
    state: host.getAttribute('state'),
  };
}

/** Same nodes, same text, same box, nothing duplicated, ready. */
export function assertHydrated(report) {
  assert.equal(report.count[0], report.count[1], `node count ${report.count}`);
  assert.ok(report.same, 'the server-rendered nodes were replaced');
  assert.ok(report.sameText, 'the text changed');
  assert.ok(report.sameBox, 'the card moved or resized');
  assert.equal(report.articles, 1);
  assert.equal(report.headings, 1);
  assert.equal(report.state, 'ready');
}
