// Rendering properties over arbitrary and hostile data, for all five elements and both data channels
// (the `article` property and the `article` attribute):
//   - setting the data never throws and never reaches window as an error or rejected promise;
//   - no element or attribute name comes from data (the shadow DOM only holds what the templates
//     make from benign data), no event-handler attribute, no style attribute or <style> from data;
//   - every href, src and srcset candidate passes the URL policy, re-checked with checkUrl;
//   - nothing is created outside the shadow roots, and no payload ever runs.
// A negative control shows the same checker failing on elements that break each rule.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/define.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import { baselines, newElement, richArticles, TAGS, type ArticleHost } from './baseline.js';
import { collect, emptyRendered, PageGuard, pwned, resetPwned, settle, violations, type Rendered } from './inspect.js';
import { anything, articleShaped, hostileInput } from './payloads.js';

const NUM_RUNS = 100;

interface RenderCheck {
  tags: string[];
  baseline: Map<string, Rendered>;
  container: HTMLElement;
  /** Elements kept connected across runs, to exercise updates as well as first renders. */
  persistent: Map<string, ArticleHost>;
  /** Check the reflected `state` (the negative-control fakes have none). Default true. */
  checkState?: boolean;
  /** Counts, so a run can prove its data reached the templates rather than only the error fallback. */
  stats?: { ready: number; urls: number };
}

function jsonOf(input: unknown): string | undefined {
  try {
    return typeof input === 'string' ? input : JSON.stringify(input);
  } catch {
    return undefined; // cycles, BigInt: only a property can carry these
  }
}

/** Renders `input` through every channel of every tag and throws on the first rule it breaks. */
async function checkRender(check: RenderCheck, input: unknown): Promise<void> {
  const guard = new PageGuard().watch().recordConsole();
  const headCount = document.head.childElementCount;
  const fresh: ArticleHost[] = [];
  const problems: string[] = [];
  try {
    const json = jsonOf(input);
    for (const tag of check.tags) {
      try {
        const byProperty = newElement(tag);
        byProperty.article = input;
        check.container.append(byProperty);
        fresh.push(byProperty);
        if (json !== undefined) {
          const byAttribute = newElement(tag);
          byAttribute.setAttribute('article', json);
          check.container.append(byAttribute);
          fresh.push(byAttribute);
        }
        let kept = check.persistent.get(tag);
        if (!kept) {
          kept = newElement(tag);
          check.container.append(kept);
          check.persistent.set(tag, kept);
        }
        kept.article = input;
      } catch (error) {
        problems.push(`<${tag}>: setting the data threw ${String(error)}`);
      }
    }
    const hosts = [...fresh, ...check.persistent.values()];
    for (const el of hosts) {
      try {
        await el.updateComplete;
      } catch (error) {
        problems.push(`<${el.localName}>: update failed with ${String(error)}`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve));
    for (const el of hosts) {
      const state = el.getAttribute('state');
      // No input at all (null, undefined or a blank string) means no state; anything else ends ready or error.
      const attribute = el.getAttribute('article');
      const blank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
      const noInput = attribute === null ? blank(input) : blank(attribute);
      const expected: Array<string | null> = noInput ? [null] : ['ready', 'error'];
      if (check.checkState !== false && !expected.includes(state)) problems.push(`<${el.localName}> ended in state ${state}`);
      if (state === 'error' && !el.shadowRoot?.querySelector('[part~="error"]')) problems.push(`<${el.localName}> has no error fallback`);
      const baseline = check.baseline.get(el.localName) ?? emptyRendered();
      const rendered = collect(el);
      for (const v of violations(rendered, baseline)) problems.push(`<${el.localName}>: ${v}`);
      if (check.stats && state === 'ready') {
        check.stats.ready++;
        check.stats.urls += rendered.urls.length;
      }
    }
    // The only light-DOM elements in the container are the ones this test made.
    const lightDom = check.container.querySelectorAll('*').length;
    if (lightDom !== hosts.length) problems.push(`the container holds ${lightDom} elements, expected ${hosts.length}`);
    if (document.head.childElementCount !== headCount) problems.push('an element was added to <head>');
    if (({} as Record<string, unknown>).polluted !== undefined) problems.push('Object.prototype was polluted');
    if (pwned() !== undefined) problems.push('a payload ran (window.__pwned is set)');
    problems.push(...guard.events, ...guard.consoleErrors.map((m) => `console.error: ${m}`));
  } finally {
    guard.stop();
    for (const el of fresh) el.remove();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

describe('rendering hostile data (properties)', () => {
  let container: HTMLElement;
  let baseline: Map<string, Rendered>;
  const persistent = new Map<string, ArticleHost>();

  before(async () => {
    container = document.createElement('div');
    // Not displayed: the templates' lazy images never load, so generated URLs cause no requests. An
    // element made from data (an eager <img src=x onerror>) would still load and fire.
    container.hidden = true;
    document.body.append(container);
    baseline = await baselines(container);
  });

  after(async () => {
    // An injected image would fail to load and fire its handler only after the runs.
    await settle(300);
    expect(pwned(), 'no payload ran, even late').to.equal(undefined);
    container.remove();
  });

  it('has a baseline that covers the templates', () => {
    const card = baseline.get('news-card') as Rendered;
    for (const tag of ['article', 'figure', 'img', 'figcaption', 'h2', 'a', 'time', 'ul', 'li', 'p']) {
      expect(card.tags.has(tag), `<news-card> baseline makes <${tag}>`).to.equal(true);
    }
    for (const name of ['href', 'src', 'srcset', 'part', 'datetime', 'alt']) {
      expect(card.attributes.has(name), `<news-card> baseline has ${name}`).to.equal(true);
    }
    expect(card.urls.some((u) => u.mailto && u.value.startsWith('mailto:')), 'a mailto author link').to.equal(true);
    // No style attribute or <style> at all, even static: under `style-src 'self'` either would be blocked.
    for (const [tag, rendered] of baseline) {
      expect(rendered.styles, `<${tag}> style attributes`).to.deep.equal([]);
      expect(rendered.styleElements, `<${tag}> <style> elements`).to.deep.equal([]);
    }
  });

  const run = async (arbitrary: fc.Arbitrary<unknown>) => {
    const stats = { ready: 0, urls: 0 };
    await fc.assert(
      fc.asyncProperty(arbitrary, (input) => checkRender({ tags: TAGS, baseline, container, persistent, stats }, input)),
      { numRuns: NUM_RUNS, includeErrorInReport: true },
    );
    return stats;
  };

  it('holds over arbitrary JSON values and JSON text', async () => {
    await run(fc.oneof(fc.jsonValue(), fc.json()));
  });

  it('holds over article-shaped data with wrong types, markup, script URLs and srcset injection', async () => {
    const stats = await run(articleShaped);
    // The data must mostly render, or the URL checks would only ever see error fallbacks.
    expect(stats.ready, 'elements that rendered an article').to.be.greaterThan(NUM_RUNS);
    expect(stats.urls, 'URL attributes checked').to.be.greaterThan(NUM_RUNS);
  });

  it('holds over every input format, __proto__ keys and cycles (property only)', async () => {
    await run(hostileInput);
  });

  it('holds over anything at all (Maps, BigInt, boxed values, null prototypes)', async () => {
    await run(anything);
  });

  it('leaves no trace after all runs: no payload ran, nothing polluted', async () => {
    await settle(100);
    expect(pwned()).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

// ---- negative controls: the checker must catch elements that break each rule ---------------------------

function rawField(input: unknown, key: string): unknown {
  try {
    const value = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Binds the raw `url` of its data to an href: what Lit alone lets through. */
class LeakyLink extends LitElement {
  static override properties = { article: { attribute: false } };
  declare article: unknown;
  override render() {
    const url = rawField(this.article, 'url');
    return html`<a href=${url ?? nothing}>link</a>`;
  }
}

/** Binds the raw image sources to a srcset. */
class LeakySrcset extends LitElement {
  static override properties = { article: { attribute: false } };
  declare article: unknown;
  override render() {
    const image = (() => {
      try {
        return (this.article as { image?: { sources?: Array<{ url?: unknown }> } })?.image;
      } catch {
        return undefined;
      }
    })();
    const sources = Array.isArray(image?.sources) ? image.sources.map((s) => `${String(s?.url)} 100w`).join(', ') : undefined;
    return html`<img src="/a.jpg" srcset=${sources ?? nothing} alt="" />`;
  }
}

/** Renders the headline as markup (event handlers neutered so that nothing runs in the test page). */
class MarkupHeadline extends LitElement {
  static override properties = { article: { attribute: false } };
  declare article: unknown;
  override render() {
    const headline = normalizeArticle(this.article).article?.headline ?? '';
    return html`<p>${unsafeHTML(headline.replace(/\b(on\w+|srcdoc)\s*=/gi, 'data-neutered='))}</p>`;
  }
}

/** Puts the kicker into a style attribute. */
class StyledKicker extends LitElement {
  static override properties = { article: { attribute: false } };
  declare article: unknown;
  override render() {
    const kicker = normalizeArticle(this.article).article?.articleSection ?? 'x';
    return html`<p style=${`--kicker: ${kicker}`}>k</p>`;
  }
}

const FAKES: Record<string, CustomElementConstructor> = {
  'leaky-link': LeakyLink,
  'leaky-srcset': LeakySrcset,
  'markup-headline': MarkupHeadline,
  'styled-kicker': StyledKicker,
};
for (const [tag, ctor] of Object.entries(FAKES)) if (!customElements.get(tag)) customElements.define(tag, ctor);

describe('the render checker (negative controls)', () => {
  let container: HTMLElement;
  let baseline: Map<string, Rendered>;

  before(async () => {
    container = document.createElement('div');
    container.hidden = true;
    document.body.append(container);
    baseline = new Map();
    for (const tag of Object.keys(FAKES)) {
      const rendered = emptyRendered();
      for (const data of await richArticles()) {
        const el = newElement(tag);
        el.article = data;
        container.append(el);
        await el.updateComplete;
        collect(el, rendered);
        el.remove();
      }
      baseline.set(tag, rendered);
    }
  });

  after(async () => {
    await settle(100);
    resetPwned();
    container.remove();
  });

  // The fakes have no `state` attribute, so that check is off; the counterexample must name the rule.
  const control = async (tag: string, arbitrary: fc.Arbitrary<unknown>, rule: RegExp) => {
    const persistent = new Map<string, ArticleHost>();
    let message = '';
    const details = await fc.check(
      fc.asyncProperty(arbitrary, async (input) => {
        try {
          await checkRender({ tags: [tag], baseline, container, persistent, checkState: false }, input);
        } catch (error) {
          message = String(error);
          throw error;
        }
      }),
      { numRuns: NUM_RUNS, seed: 42 },
    );
    for (const el of persistent.values()) el.remove();
    expect(details.failed, `${tag}: a counterexample is found`).to.equal(true);
    expect(message, `${tag}: the failure names the rule`).to.match(rule);
  };

  it('catches an unchecked href', async () => {
    await control('leaky-link', articleShaped, /fails the URL policy|resolves to/);
  });

  it('catches an unchecked srcset', async () => {
    await control('leaky-srcset', articleShaped, /srcset|fails the URL policy/);
  });

  it('catches elements made from data', async () => {
    await control('markup-headline', articleShaped, /is not made by any template/);
  });

  it('catches a style attribute built from data', async () => {
    await control('styled-kicker', articleShaped, /style attribute/);
  });
});
