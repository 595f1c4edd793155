// A cross-origin `src` whose server does not allow CORS, and loopback addresses as `src` hosts in
// development (decision 009). The test page runs on a loopback host (localhost), so `127.0.0.1` with the
// same port is another origin on the same fixture server, which sends no CORS headers.
import { expect } from '@open-wc/testing';
import '../../src/news-card.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import type { NewsCardErrorDetail } from '../../src/types/events.js';
import { serverCount, until } from '../server/fault-client.js';
import { recordConsole } from './helpers.js';

const run = Math.random().toString(36).slice(2, 8);
let serial = 0;
const key = (name: string) => `cors-${name}-${run}-${serial++}`;

let record: ReturnType<typeof recordConsole>;
beforeEach(() => {
  record = recordConsole();
});
afterEach(() => record.restore());

/** Mounts a card with `src`, waits for its error, and returns the event's detail. */
async function failure(src: string): Promise<{ card: NewsCard; detail: NewsCardErrorDetail }> {
  const card = document.createElement('news-card');
  const errors: NewsCardErrorDetail[] = [];
  card.addEventListener('news-card-error', (e) => errors.push(e.detail));
  card.setAttribute('src', src);
  document.body.append(card);
  await until(() => errors.length > 0, 'news-card-error');
  expect(errors).to.have.length(1);
  expect(card.state).to.equal('error');
  return { card, detail: errors[0] };
}

describe('<news-card src> across origins', () => {
  it('the page under test is on a loopback host (what these tests rely on)', () => {
    expect(location.hostname).to.equal('localhost');
  });

  it('a server without CORS: says so, with the card and the src, and does not retry', async () => {
    const name = key('no-cors');
    const src = `http://127.0.0.1:${location.port}/fault/seed?key=${name}`;
    const { card, detail } = await failure(src);
    expect(detail.status).to.equal(-1);
    expect(detail.problems[0].path).to.equal('src');
    expect(detail.problems[0].message).to.equal(
      'Network error: no response: the server may not allow cross-origin requests (CORS) from this page',
    );
    // One request, refused by CORS, and the one without CORS that told it apart: no retries.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await serverCount(name)).count).to.equal(2);
    expect(record.warnings).to.have.length(1);
    const [text, element] = record.warnings[0] as [string, unknown];
    expect(text.startsWith(`<news-card src=${JSON.stringify(src)}>: the article could not be shown:`)).to.equal(true, text);
    expect(text).to.contain('(CORS)');
    expect(text).to.contain(`(got ${JSON.stringify(src)})`);
    expect(element).to.equal(card);
    await expect(card).to.be.accessible();
    card.remove();
  });

  it('no server at all: a network error, retried, and no word of CORS', async () => {
    // Port 9 (discard) has nothing listening here: the connection is refused, with or without CORS.
    const { card, detail } = await failure('http://127.0.0.1:9/article.json');
    expect(detail.status).to.equal(-1);
    expect(detail.problems[0].message).to.equal('Network error: no response (3 attempts)');
    expect(detail.problems[0].message).to.not.contain('CORS');
    card.remove();
  });

  it('the same origin never gets the CORS message', async () => {
    const { card, detail } = await failure(`/fault/reset?key=${key('reset')}`);
    expect(detail.problems[0].message).to.not.contain('CORS');
    card.remove();
  });

  it('loopback addresses pass on this loopback page, other addresses are still refused without a request', async () => {
    const ok = await failure('http://10.0.0.1/article.json');
    expect(ok.detail.problems[0].message).to.equal('IP address hosts are not allowed');
    ok.card.remove();
    const mapped = await failure('http://[::ffff:127.0.0.1]/article.json');
    expect(mapped.detail.problems[0].message).to.equal('IP address hosts are not allowed');
    mapped.card.remove();
  });

  it('article links to loopback addresses stay refused on this page too', async () => {
    const card = document.createElement('news-card');
    card.article = { headline: 'A headline', url: `http://127.0.0.1:${location.port}/a` };
    document.body.append(card);
    await card.updateComplete;
    expect(card.state).to.equal('ready');
    expect(card.shadowRoot?.querySelector('a[href*="127.0.0.1"]')).to.equal(null);
    expect(String(record.warnings[0]?.[0])).to.contain('url: IP address hosts are not allowed');
    card.remove();
  });
});
