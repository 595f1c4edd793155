// <news-card src>: every fetch fault, src races and removal mid-fetch, through the public contract only:
// the `src`, `timeout` and `credentials` attributes, the reflected `state`, the `news-card-load` and
// `news-card-error` events, and the rendered text.
import { expect } from '@open-wc/testing';
import '../../src/news-card.js';
import { serverCount, until } from '../server/fault-client.js';

type Card = HTMLElement & { updateComplete?: Promise<unknown>; article?: unknown };

interface Mounted {
  card: Card;
  /** `news-card-load` and `news-card-error` events, in order, as seen by the card's parent (they bubble). */
  events: CustomEvent[];
}

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const key = (name: string) => `card-${name}-${run}-${serial++}`;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let container: HTMLElement;
let seedText = '';
let seedHeadline = '';
const pageErrors: string[] = [];
const consoleErrors: unknown[][] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandledrejection: ${String(event.reason)}`);
const realConsoleError = console.error;

/** Creates a card with `attributes`, records its events, and connects it. */
function mount(attributes: Record<string, string>, parent: HTMLElement = container): Mounted {
  const wrapper = document.createElement('div');
  const card = document.createElement('news-card') as Card;
  const events: CustomEvent[] = [];
  for (const type of ['news-card-load', 'news-card-error']) {
    wrapper.addEventListener(type, (event) => events.push(event as CustomEvent));
  }
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  wrapper.append(card);
  parent.append(wrapper);
  return { card, events };
}

async function settled(mounted: Mounted, what = 'the card to settle'): Promise<CustomEvent> {
  await until(() => mounted.events.length > 0, what);
  await mounted.card.updateComplete;
  return mounted.events[0];
}

function text(card: Card): string {
  return card.shadowRoot?.textContent ?? '';
}

function expectErrorEvent(event: CustomEvent, status: number) {
  expect(event.type).to.equal('news-card-error');
  const detail = event.detail as { status?: number; problems: { path: string; message: string }[] };
  expect(detail.status).to.equal(status);
  expect(detail.problems).to.be.an('array');
  expect(detail.problems.length).to.be.above(0);
  for (const problem of detail.problems) {
    expect(problem.path).to.be.a('string');
    expect(problem.message).to.be.a('string');
    expect(problem.message.length).to.be.above(0);
  }
  return detail;
}

function expectErrorState(card: Card) {
  expect(card.getAttribute('state')).to.equal('error');
  expect(card.shadowRoot?.querySelector('[part~="error"]'), 'the error fallback').not.to.equal(null);
}

before(async () => {
  seedText = await (await fetch('/test/fixtures/seed-article.json')).text();
  seedHeadline = (JSON.parse(seedText) as { headline: string }).headline;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

beforeEach(() => {
  container = document.createElement('div');
  container.style.inlineSize = '360px';
  document.body.append(container);
  console.error = (...args: unknown[]) => consoleErrors.push(args);
});

afterEach(() => {
  console.error = realConsoleError;
  container.remove();
  // No fetch fault may reach the host page as an uncaught error, and the element never logs errors.
  expect(pageErrors, 'errors that reached the page').to.deep.equal([]);
  expect(consoleErrors, 'console.error calls').to.deep.equal([]);
});

describe('<news-card src>: success', () => {
  it('goes from loading to ready and fires news-card-load once, bubbling and composed', async () => {
    const k = key('seed');
    const mounted = mount({ src: `/fault/seed?delay=150&key=${k}` });
    await mounted.card.updateComplete;
    expect(mounted.card.getAttribute('state')).to.equal('loading');
    const event = await settled(mounted);
    expect(event.type).to.equal('news-card-load');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(mounted.card.getAttribute('state')).to.equal('ready');
    expect(text(mounted.card)).to.contain(seedHeadline);
    await wait(200);
    expect(mounted.events).to.have.length(1);
    expect((await serverCount(k)).count).to.equal(1);
  });

  it('retries a transient 503 and ends ready', async () => {
    const k = key('flaky');
    const mounted = mount({ src: `/fault/flaky?failures=1&code=503&key=${k}` });
    expect((await settled(mounted)).type).to.equal('news-card-load');
    expect(mounted.card.getAttribute('state')).to.equal('ready');
    expect((await serverCount(k)).count).to.equal(2);
  });

  it('renders the card from a body streamed without Content-Length', async () => {
    const mounted = mount({ src: `/fault/chunked?bytes=200000&key=${key('chunked')}` });
    expect((await settled(mounted)).type).to.equal('news-card-load');
    expect(text(mounted.card)).to.contain(seedHeadline);
  });
});

describe('<news-card src>: every fetch fault ends in state error with news-card-error', () => {
  const faults: [string, string, number, Record<string, string>?][] = [
    ['404', '/fault/status?code=404', 404],
    ['403', '/fault/status?code=403', 403],
    ['500 on every attempt', '/fault/flaky?failures=10&code=500', 500],
    ['a plain-text body', '/fault/text', -1],
    ['invalid JSON', '/fault/invalid', -1],
    ['an empty body', '/fault/empty', -1],
    ['a dropped connection', '/fault/reset', -1],
    ['no answer within the timeout attribute', '/fault/never', -1, { timeout: '300' }],
    ['a body that stops arriving', '/fault/stall', -1, { timeout: '400' }],
    ['a body over 1 MiB with Content-Length', '/fault/oversized', 200],
    ['a body over 1 MiB streamed without Content-Length', `/fault/chunked?bytes=${2 * 1024 * 1024}`, 200],
    ['a compressed body over 1 MiB', `/fault/gzip?bytes=${2 * 1024 * 1024}`, 200],
  ];
  for (const [name, path, status, extra] of faults) {
    it(`${name}: status ${status}`, async () => {
      const separator = path.includes('?') ? '&' : '?';
      const mounted = mount({ src: `${path}${separator}key=${key('fault')}`, ...extra });
      const event = await settled(mounted);
      expectErrorEvent(event, status);
      expectErrorState(mounted.card);
      await wait(100);
      expect(mounted.events, 'exactly one event').to.have.length(1);
    });
  }

  const refused = ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:application/json,{"headline":"x"}', 'vbscript:x'];
  for (const src of refused) {
    it(`refuses src=${JSON.stringify(src)} with status -1 and makes no request`, async () => {
      const realFetch = window.fetch;
      const urls: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return realFetch(input, init);
      };
      try {
        const mounted = mount({ src });
        expectErrorEvent(await settled(mounted), -1);
        expectErrorState(mounted.card);
      } finally {
        window.fetch = realFetch;
      }
      expect(urls).to.deep.equal([]);
    });
  }
});

describe('<news-card src>: races and removal', () => {
  it('src A (slow) then B (fast) ends showing B, with one event', async () => {
    const a = key('race-a');
    const headlineA = `Slow response ${run}`;
    const headlineB = `Fast response ${run}`;
    const mounted = mount({ src: `/fault/article?headline=${encodeURIComponent(headlineA)}&delay=500&key=${a}` });
    await until(async () => (await serverCount(a)).count === 1, 'A to reach the server');
    mounted.card.setAttribute('src', `/fault/article?headline=${encodeURIComponent(headlineB)}&key=${key('race-b')}`);
    const event = await settled(mounted);
    expect(event.type).to.equal('news-card-load');
    expect(text(mounted.card)).to.contain(headlineB);
    await until(async () => (await serverCount(a)).closed >= 1, 'A to be aborted').catch(async (error: Error) => {
      throw new Error(`${error.message}: server saw ${JSON.stringify(await serverCount(a))}`);
    });
    await wait(700);
    await mounted.card.updateComplete;
    expect(mounted.events).to.have.length(1);
    expect(text(mounted.card)).to.contain(headlineB);
    expect(text(mounted.card)).not.to.contain(headlineA);
    expect(mounted.card.getAttribute('state')).to.equal('ready');
  });

  it('ten rapid src changes end showing the last, with one event', async () => {
    const mounted = mount({});
    const headlines = Array.from({ length: 10 }, (_, i) => `Rapid ${i} ${run}`);
    for (const [i, headline] of headlines.entries()) {
      // Earlier sources answer later, so a stale response would arrive after the last one.
      mounted.card.setAttribute(
        'src',
        `/fault/article?headline=${encodeURIComponent(headline)}&delay=${(9 - i) * 40}&key=${key('rapid')}`,
      );
      if (i % 3 === 0) await mounted.card.updateComplete;
    }
    await settled(mounted);
    await wait(600);
    await mounted.card.updateComplete;
    expect(mounted.events.map((event) => event.type)).to.deep.equal(['news-card-load']);
    expect(text(mounted.card)).to.contain(headlines[9]);
    for (const stale of headlines.slice(0, 9)) expect(text(mounted.card)).not.to.contain(stale);
  });

  it('removal mid-fetch aborts the request and fires no event afterwards', async () => {
    const k = key('remove');
    const mounted = mount({ src: `/fault/seed?delay=500&key=${k}` });
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    mounted.card.remove();
    await until(async () => (await serverCount(k)).closed >= 1, 'the server to see the abort');
    await wait(700);
    expect(mounted.events).to.have.length(0);
  });

  it('removal right after connecting fires no event', async () => {
    const mounted = mount({ src: `/fault/seed?delay=100&key=${key('remove-now')}` });
    mounted.card.remove();
    await wait(500);
    expect(mounted.events).to.have.length(0);
  });

  it('removing the src attribute mid-fetch lets no stale response render', async () => {
    const k = key('unset');
    const mounted = mount({ src: `/fault/seed?delay=400&key=${k}` });
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    mounted.card.removeAttribute('src');
    await wait(700);
    await mounted.card.updateComplete;
    expect(mounted.events.filter((event) => event.type === 'news-card-load')).to.have.length(0);
    expect(text(mounted.card)).not.to.contain(seedHeadline);
  });

  it('a card moved in the document mid-fetch still ends ready, once', async () => {
    const mounted = mount({ src: `/fault/seed?delay=200&key=${key('move')}` });
    await mounted.card.updateComplete;
    // Moved inside the wrapper that records its events.
    const other = document.createElement('div');
    mounted.card.parentElement!.append(other);
    other.append(mounted.card);
    expect(mounted.card.isConnected).to.equal(true);
    const event = await settled(mounted);
    expect(event.type).to.equal('news-card-load');
    await wait(300);
    expect(mounted.events).to.have.length(1);
    expect(mounted.card.getAttribute('state')).to.equal('ready');
  });

  it('the article property set during a fetch wins over the late src response', async () => {
    const k = key('precedence');
    const mounted = mount({ src: `/fault/seed?delay=300&key=${k}` });
    const own = { headline: `Set by property ${run}` };
    mounted.card.article = own;
    // Past the src response, had it been requested.
    await wait(700);
    await mounted.card.updateComplete;
    expect(text(mounted.card)).to.contain(own.headline);
    expect(text(mounted.card)).not.to.contain(seedHeadline);
    expect(mounted.card.getAttribute('state')).to.equal('ready');
  });
});

describe('<news-card src>: sharing, credentials, layout', () => {
  it('two cards with the same src share one request, and each renders it', async () => {
    const k = key('shared');
    const one = mount({ src: `/fault/seed?delay=200&key=${k}` });
    const two = mount({ src: `/fault/seed?delay=200&key=${k}` });
    await settled(one);
    await settled(two);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
    for (const { card } of [one, two]) {
      expect(card.getAttribute('state')).to.equal('ready');
      expect(text(card)).to.contain(seedHeadline);
    }
  });

  it('removing one of two cards sharing a request leaves the other to finish', async () => {
    const k = key('shared-remove');
    const one = mount({ src: `/fault/seed?delay=400&key=${k}` });
    const two = mount({ src: `/fault/seed?delay=400&key=${k}` });
    await until(async () => (await serverCount(k)).count === 1, 'the request to reach the server');
    one.card.remove();
    expect((await settled(two)).type).to.equal('news-card-load');
    await wait(100);
    expect(one.events).to.have.length(0);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
  });

  it("fetches with credentials 'same-origin' unless the credentials attribute says otherwise", async () => {
    const realFetch = window.fetch;
    const seen: (RequestCredentials | undefined)[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.credentials ?? (input instanceof Request ? input.credentials : undefined));
      return realFetch(input, init);
    };
    try {
      await settled(mount({ src: `/fault/seed?key=${key('cred')}` }));
      await settled(mount({ src: `/fault/seed?key=${key('cred')}`, credentials: 'include' }));
      await settled(mount({ src: `/fault/seed?key=${key('cred')}`, credentials: 'omit' }));
    } finally {
      window.fetch = realFetch;
    }
    expect(seen).to.deep.equal(['same-origin', 'include', 'omit']);
  });

  it('the loading skeleton reserves the finished media box, so the photo never moves', async () => {
    // The skeleton cannot know how many headline lines or related stories are coming, but it does
    // know the photo box (aspect ratio × card width), which is most of a card's height. That box must
    // not move or resize when the data arrives; the tolerance only absorbs sub-pixel rounding.
    const mounted = mount({ src: `/fault/seed?delay=400&key=${key('skeleton')}` });
    await mounted.card.updateComplete;
    expect(mounted.card.getAttribute('state')).to.equal('loading');
    const placeholder = mounted.card.shadowRoot!.querySelector('.skeleton-media')!.getBoundingClientRect();
    const cardBefore = mounted.card.getBoundingClientRect();
    await settled(mounted);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const frame = mounted.card.shadowRoot!.querySelector('[part~="frame"]')!.getBoundingClientRect();
    const cardAfter = mounted.card.getBoundingClientRect();
    expect(placeholder.height, 'the skeleton reserves a media box').to.be.above(100);
    for (const side of ['top', 'left', 'width', 'height'] as const) {
      expect(frame[side], `media ${side}: loading ${placeholder[side]} vs ready ${frame[side]}`).to.be.closeTo(placeholder[side], 1);
    }
    expect(cardAfter.top).to.be.closeTo(cardBefore.top, 1);
    expect(cardAfter.width).to.be.closeTo(cardBefore.width, 1);
  });
});

describe('<news-card src>: an HTML article page', () => {
  type Pwned = typeof window & { __pwned?: unknown };
  const pageUrl = (path: string) => new URL(path, location.href).href;
  const links = (card: Card) => [...card.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  const headlineLink = (card: Card) => card.shadowRoot!.querySelector('[part~="headline"] a')?.getAttribute('href');

  afterEach(() => {
    delete (window as Pwned).__pwned;
  });

  it('served as text/html, renders the seed card linked to the article, and is accessible', async () => {
    const seed = JSON.parse(seedText) as { url: string; datePublished: string };
    const mounted = mount({ src: `/fault/page?name=seed&key=${key('page')}` });
    const event = await settled(mounted);
    expect(event.type).to.equal('news-card-load');
    expect(mounted.card.getAttribute('state')).to.equal('ready');
    const { article } = event.detail as { article: { headline: string; url: string } };
    expect(article.headline).to.equal(seedHeadline);
    expect(text(mounted.card)).to.contain(seedHeadline);
    expect(headlineLink(mounted.card)).to.equal(seed.url);
    expect(mounted.card.shadowRoot!.querySelector('time')?.getAttribute('datetime')).to.equal(seed.datePublished);
    await expect(mounted.card).to.be.accessible();
  });

  it('served as application/xhtml+xml, renders the same card', async () => {
    const mounted = mount({ src: `/fault/page?name=seed&type=${encodeURIComponent('application/xhtml+xml')}&key=${key('xhtml')}` });
    expect((await settled(mounted)).type).to.equal('news-card-load');
    expect(text(mounted.card)).to.contain(seedHeadline);
  });

  it('with no URL of its own links to the final URL after a redirect, and is read in its declared charset', async () => {
    const final = `/fault/page?name=windows-1252&key=${key('charset')}`;
    const mounted = mount({ src: `/fault/redirect?to=${encodeURIComponent(final)}&key=${key('redirect')}` });
    const event = await settled(mounted);
    expect(event.type, JSON.stringify(event.detail)).to.equal('news-card-load');
    expect(text(mounted.card)).to.contain('Café crème – été “brûlé”');
    expect(headlineLink(mounted.card)).to.equal(pageUrl(final));
    // The page's relative image is the page's, not the host document's.
    expect(mounted.card.shadowRoot!.querySelector('img')?.getAttribute('src')).to.equal(pageUrl('/fault/images/photo.jpg'));
  });

  it('a hostile page renders as text, runs nothing, loads nothing, and links only to itself', async () => {
    const k = key('hostile');
    const path = `/fault/page?name=hostile&key=${k}`;
    const mounted = mount({ src: path });
    const event = await settled(mounted);
    expect(event.type, JSON.stringify(event.detail)).to.equal('news-card-load');
    // JSON-LD text is HTML text: its markup is read as text content, and never becomes an element.
    expect(text(mounted.card)).to.contain('Markup in a headline');
    expect(text(mounted.card)).to.contain('and a dek');
    const root = mounted.card.shadowRoot!;
    expect(root.querySelectorAll('script, iframe, svg, b, [onerror], [onload], [onmouseover]')).to.have.length(0);
    // Every URL in it was refused, so the card links to the page it came from, and shows no image.
    expect(links(mounted.card)).to.deep.equal([pageUrl(path)]);
    expect(root.querySelector('img')).to.equal(null);
    // Time for anything that would run or load to do so.
    await wait(500);
    expect((window as Pwned).__pwned).to.equal(undefined);
    for (const resource of ['script', 'style', 'preload', 'img', 'frame']) {
      expect((await serverCount(`${k}-${resource}`)).count, `requests for the page's ${resource}`).to.equal(0);
    }
    await expect(mounted.card).to.be.accessible();
  });

  it('a page that describes no article: state error, news-card-error with status 200, accessible', async () => {
    const mounted = mount({ src: `/fault/page?name=not-an-article&key=${key('no-article')}` });
    const detail = expectErrorEvent(await settled(mounted), 200);
    expect(detail.problems[0]).to.deep.equal({ path: 'src', message: 'The page describes no article' });
    expectErrorState(mounted.card);
    await wait(100);
    expect(mounted.events).to.have.length(1);
    await expect(mounted.card).to.be.accessible();
  });

  for (const [name, extra] of [
    ['with Content-Length', ''],
    ['streamed without Content-Length', '&chunked=1'],
  ]) {
    it(`a page over 1 MiB ${name} is refused with status 200`, async () => {
      const mounted = mount({ src: `/fault/page?name=seed&pad=${2 * 1024 * 1024}${extra}&key=${key('big-page')}` });
      const detail = expectErrorEvent(await settled(mounted), 200);
      expect(detail.problems[0].message).to.match(/larger/i);
      expectErrorState(mounted.card);
    });
  }

  it('a page just under 1 MiB renders', async () => {
    const mounted = mount({ src: `/fault/page?name=seed&pad=${1000 * 1000}&key=${key('page-under-cap')}` });
    expect((await settled(mounted)).type).to.equal('news-card-load');
    expect(text(mounted.card)).to.contain(seedHeadline);
  });

  it('a page that does not arrive within the timeout: status -1', async () => {
    const mounted = mount({ src: `/fault/page?name=seed&delay=3000&key=${key('page-timeout')}`, timeout: '300' });
    const detail = expectErrorEvent(await settled(mounted), -1);
    expect(detail.problems[0].message).to.contain('300 ms');
    expectErrorState(mounted.card);
  });

  it('two cards with the same page share one request, and each renders it', async () => {
    const k = key('page-shared');
    const one = mount({ src: `/fault/page?name=seed&delay=200&key=${k}` });
    const two = mount({ src: `/fault/page?name=seed&delay=200&key=${k}` });
    await settled(one);
    await settled(two);
    expect(await serverCount(k)).to.deep.equal({ count: 1, closed: 0 });
    for (const { card } of [one, two]) expect(text(card)).to.contain(seedHeadline);
  });
});

describe('<news-card src>: an HTML page where Trusted Types are enforced', () => {
  /** Opens the fixture's Trusted Types page in a frame and resolves with its card's state, text and violations. */
  async function inFrame(allow: boolean) {
    const frame = document.createElement('iframe');
    frame.src = `/fault/trusted-types?allow=${allow ? 1 : 0}&src=${encodeURIComponent(`/fault/page?name=seed&key=${key('tt')}`)}`;
    container.append(frame);
    const card = () => frame.contentDocument?.querySelector('news-card');
    await until(() => ['ready', 'error'].includes(card()?.getAttribute('state') ?? ''), 'the framed card to settle');
    const win = frame.contentWindow as Window & { violations: string[]; trustedTypes?: unknown };
    return { state: card()!.getAttribute('state'), text: card()!.shadowRoot?.textContent ?? '', violations: win.violations, enforced: 'trustedTypes' in win };
  }

  it('with the policy news-card-page allowed: the card renders the page, with no violation', async () => {
    const { state, text: shown, violations } = await inFrame(true);
    expect(state).to.equal('ready');
    expect(shown).to.contain(seedHeadline);
    expect(violations).to.deep.equal([]);
  });

  it('without it: where the browser enforces Trusted Types, the documented error state, never an exception', async () => {
    const { state, text: shown, enforced } = await inFrame(false);
    if (!enforced) {
      // No Trusted Types in this engine: nothing to enforce, the page is read as anywhere else.
      expect(state).to.equal('ready');
      return;
    }
    expect(state).to.equal('error');
    expect(shown).not.to.contain(seedHeadline);
  });
});
