// The benchmark page. `?variant=ours` renders <news-card> from the CDN bundle; `?variant=vanilla`
// renders the hand-written baseline: escaped template strings into innerHTML, the same markup and CSS,
// no shadow DOM. The harness drives it through `window.bench`.
/* global window, document, location, performance, requestAnimationFrame, MessageChannel, customElements, fetch, Node */
import { cardInner } from './vanilla-card.js';

const variant = new URL(location.href).searchParams.get('variant');
const host = document.getElementById('cards');

/** Resolves after the next painted frame: the second rAF runs once the first frame has been produced. */
const nextPaint = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

let seedJson = '';

/** `n` independent copies of the seed, as a page would get them from its data, with a local photo. */
function makeArticles(n, imageUrl = () => '/img/seed.png?w=1200&h=675') {
  const articles = new Array(n);
  for (let i = 0; i < n; i++) {
    const a = JSON.parse(seedJson);
    a.image.url = imageUrl(i);
    articles[i] = a;
  }
  return articles;
}

/** A structural fingerprint of a subtree: tags, sorted attributes and collapsed text; no comments or styles. */
function shape(root) {
  const out = [];
  const walk = (node, depth) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child.data.replace(/\s+/g, ' ').trim();
        if (text) out.push(`${'  '.repeat(depth)}"${text}"`);
      } else if (child.nodeType === Node.ELEMENT_NODE && child.localName !== 'style') {
        const attrs = [...child.attributes]
          .map((a) => `${a.name}="${a.name === 'class' ? a.value.trim().split(/\s+/).sort().join(' ') : a.value}"`)
          .sort()
          .join(' ');
        out.push(`${'  '.repeat(depth)}<${child.localName}${attrs ? ' ' + attrs : ''}>`);
        walk(child, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out.join('\n');
}

const ours = {
  /** Appends the cards and resolves when every one is `ready`: script and DOM, before any layout. */
  async render(articles) {
    const fragment = document.createDocumentFragment();
    const cards = [];
    for (const article of articles) {
      const el = document.createElement('news-card');
      el.article = article;
      cards.push(el);
    }
    fragment.append(...cards);
    host.append(fragment);
    await Promise.all(cards.map((el) => el.updateComplete));
  },
  async one(article) {
    const el = document.createElement('news-card');
    el.article = article;
    host.append(el);
    await el.updateComplete;
    return el;
  },
  async cycle(article) {
    const el = document.createElement('news-card');
    el.article = article;
    host.append(el);
    await el.updateComplete;
    el.getBoundingClientRect(); // style and layout of the shadow tree
    el.remove();
  },
  markup(el) {
    return shape(el.shadowRoot);
  },
  count() {
    return [...host.querySelectorAll('news-card')].filter((el) => el.shadowRoot?.querySelector('article')).length;
  },
  css() {
    const ctor = customElements.get('news-card');
    return (ctor.elementStyles ?? [])
      .map((s) => s.cssText ?? [...(s.styleSheet ?? s).cssRules].map((r) => r.cssText).join('\n'))
      .join('\n');
  },
};

const vanilla = {
  /** The same cards as one innerHTML string: done, before any layout, when the assignment returns. */
  async render(articles) {
    let html = '';
    for (const article of articles) html += `<div class="nc">${cardInner(article)}</div>`;
    host.innerHTML = html;
  },
  async one(article) {
    const el = document.createElement('div');
    el.className = 'nc';
    el.innerHTML = cardInner(article);
    host.append(el);
    return el;
  },
  async cycle(article) {
    const el = document.createElement('div');
    el.className = 'nc';
    el.innerHTML = cardInner(article);
    host.append(el);
    el.getBoundingClientRect();
    el.remove();
  },
  markup(el) {
    return shape(el);
  },
  count() {
    return host.querySelectorAll('.nc article[part~="card"]').length;
  },
};

// `ours-src` and `ours-dev` are ours from the unbundled dist/ modules, with Lit's production or
// development build: readable names in CPU profiles and heap snapshots. Never timed.
const impl = variant === 'vanilla' ? vanilla : ours;

window.bench = {
  variant,
  /**
   * Renders n cards. `paint`: ms from the start of rendering to the next painted frame (double rAF).
   * `frame`: ms to the end of the first frame's style, layout and paint (rAF, then a task), without
   * the wait for the following vsync that the double rAF adds. `ready`: ms until every card is built
   * (ours: each element's update complete; vanilla: the innerHTML assignment), script and DOM only.
   */
  async render(n) {
    const articles = makeArticles(n);
    await nextPaint();
    performance.mark('bench-render-start');
    const t0 = performance.now();
    await impl.render(articles);
    const ready = performance.now() - t0;
    let frame = NaN;
    let paint = NaN;
    await new Promise((resolve) => {
      let pending = 2;
      const done = () => --pending === 0 && resolve();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          frame = performance.now() - t0;
          done();
        };
        channel.port2.postMessage(0);
        requestAnimationFrame(() => {
          paint = performance.now() - t0;
          done();
        });
      });
    });
    performance.mark('bench-render-end');
    return { paint, frame, ready, rendered: impl.count() };
  },
  /** Renders n cards and drops every reference the page holds to their data. */
  async renderAndForget(n) {
    await impl.render(makeArticles(n));
    await nextPaint();
    return impl.count();
  },
  /** k cycles of: create a card, attach it, render, lay it out, detach it. */
  async cycles(k) {
    for (let i = 0; i < k; i++) {
      await impl.cycle(makeArticles(1)[0]);
      if (i % 100 === 99) await nextPaint();
    }
    await nextPaint();
    return host.childElementCount;
  },
  /** Renders cards whose photos come from the given URLs (the layout-stability run). */
  async renderWithImages(urls) {
    await impl.render(makeArticles(urls.length, (i) => urls[i]));
    await nextPaint();
    return impl.count();
  },
  /** The structural fingerprint of one rendered card, for the markup parity check. */
  async markup() {
    const el = await impl.one(makeArticles(1)[0]);
    await nextPaint();
    const result = impl.markup(el);
    el.remove();
    return result;
  },
  /** The fingerprint of the shadow root inside server-rendered HTML (parsed inert, not attached). */
  shapeOfHtml(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const shadow = template.content.querySelector('template');
    return shape(shadow ? shadow.content : template.content);
  },
  css: () => (impl.css ? impl.css() : ''),
  clear() {
    host.replaceChildren();
  },
};

async function setup() {
  seedJson = await (await fetch('/seed.json')).text();
  if (variant === 'ours') {
    await import('/dist/news-card.bundle.js');
    await customElements.whenDefined('news-card');
  } else if (variant === 'ours-src' || variant === 'ours-dev') {
    await import('/dist/define.js');
    await customElements.whenDefined('news-card');
  } else if (variant === 'vanilla') {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/bench/vanilla.css';
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = () => reject(new Error('vanilla.css did not load'));
      document.head.append(link);
    });
  } else {
    throw new Error(`unknown variant ${variant}`);
  }
  await document.fonts.ready;
  await nextPaint();
}

setup().then(
  () => (window.benchReady = true),
  (error) => (window.benchFailed = String(error?.stack ?? error)),
);
