// What the elements write to the console: the element named by id or src and passed along, the
// rejected value echoed, "did you mean" hints for keys and attributes, one warning per element.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsCard } from '../../src/elements/news-card/news-card.js';
import type { ArticleData } from '../../src/types/article-data.js';
import { loadSeed, recordConsole } from './helpers.js';

let record: ReturnType<typeof recordConsole>;
beforeEach(() => {
  record = recordConsole();
});
afterEach(() => record.restore());

/** Connects `el`, waits for its render and its events. */
async function settle(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  if (!el.isConnected) document.body.append(el);
  await el.updateComplete;
  await aTimeout(0);
}

/** The one warning: its text, and the element passed with it. */
function theWarning(): { text: string; element: unknown } {
  expect(record.warnings, 'exactly one console.warn').to.have.length(1);
  expect(record.errors).to.have.length(0);
  const [text, element] = record.warnings[0];
  expect(text).to.be.a('string');
  return { text: text as string, element };
}

describe('console messages', () => {
  it('a record with `title` fails with a hint to use `headline`, naming the card by its id', async () => {
    const el = document.createElement('news-card');
    el.id = 'top-story';
    // @ts-expect-error: the type refuses it too; this is what plain JavaScript can still pass
    el.article = { title: 'US convoy attacked', summary: 'A dek' };
    await settle(el);
    expect(el.state).to.equal('error');
    const { text, element } = theWarning();
    expect(text.startsWith('<news-card id="top-story">: the article could not be shown:')).to.equal(true, text);
    expect(text).to.contain('headline: Missing');
    expect(text).to.contain('"title": did you mean "headline"?');
    expect(text).to.contain('"summary": did you mean "description"?');
    expect(element).to.equal(el);
    el.remove();
  });

  it('an article attribute with `name` and `pubDate` gets the hints too', async () => {
    const el = await fixture(html`<news-card article='{"name":"A headline","pubDate":"2021-12-27"}'></news-card>`);
    await aTimeout(0);
    const { text, element } = theWarning();
    expect(text.startsWith('<news-card>: ')).to.equal(true, text);
    expect(text).to.contain('"name": did you mean "headline"?');
    expect(text).to.contain('"pubDate": did you mean "datePublished"?');
    expect(element).to.equal(el);
  });

  it('a card that renders but ignores `thumbnail` and `link` says so', async () => {
    const el = document.createElement('news-card');
    el.article = { headline: 'A headline', thumbnail: 'https://example.com/a.jpg', link: 'https://example.com/a' } as ArticleData;
    await settle(el);
    expect(el.state).to.equal('ready');
    const { text } = theWarning();
    expect(text).to.contain('rendered the article, but some of its data was not used:');
    expect(text).to.contain('"thumbnail": did you mean "image"?');
    expect(text).to.contain('"link": did you mean "url"?');
    el.remove();
  });

  it('echoes the rejected value as text, cut to 80 characters', async () => {
    const seed = await loadSeed();
    const el = document.createElement('news-card');
    el.setAttribute('id', 'echo');
    el.article = { ...seed, url: 'javascript:alert(document.domain)', kicker: { text: 'k', url: `javascript:${'x'.repeat(300)}` } };
    await settle(el);
    expect(el.state).to.equal('ready');
    const { text } = theWarning();
    expect(text).to.contain('url: The "javascript:" scheme is not allowed (got "javascript:alert(document.domain)")');
    const kicker = text.split('\n').find((line) => line.includes('kicker.url'));
    expect(kicker, text).to.be.a('string');
    const echoed = /\(got (".*")\)$/.exec(kicker as string)?.[1] ?? '';
    expect(echoed.length).to.equal(80 + 2); // the text and its quotes
    expect(echoed.endsWith('…"')).to.equal(true);
    el.remove();
  });

  it('echoes invalid JSON and names the card by its src when it has no id', async () => {
    const el = document.createElement('news-card');
    el.setAttribute('src', '/fault/invalid');
    el.setAttribute('article', '{"headline": <b>x</b>');
    await settle(el);
    expect(el.state).to.equal('error');
    const { text } = theWarning();
    expect(text.startsWith('<news-card src="/fault/invalid">: ')).to.equal(true, text);
    expect(text).to.match(/\(input\): Invalid JSON.*\(got "\{\\"headline\\": <b>x<\/b>"\)/);
    el.remove();
  });

  it('echoes a refused src', async () => {
    const el = document.createElement('news-card');
    el.setAttribute('src', 'javascript:alert(1)');
    await settle(el);
    await aTimeout(10);
    expect(el.state).to.equal('error');
    const { text } = theWarning();
    expect(text).to.contain('src: ');
    expect(text).to.contain('(got "javascript:alert(1)")');
    el.remove();
  });

  it('echoes the value of a field attribute under its own name', async () => {
    await fixture(html`<news-photo src="vbscript:msgbox" alt="A photo"></news-photo>`);
    await aTimeout(0);
    const { text } = theWarning();
    expect(text.startsWith('<news-photo src="vbscript:msgbox">: ')).to.equal(true, text);
    expect(text).to.contain('(got "vbscript:msgbox")');
  });

  it('warns once about a misspelled attribute, and the card still renders', async () => {
    const seed = await loadSeed();
    const el = await fixture<NewsCard>(html`<news-card id="typo" heading-levle="3" layuot="compact" .article=${seed}></news-card>`);
    await aTimeout(0);
    expect(el.state).to.equal('ready');
    const { text, element } = theWarning();
    expect(text.startsWith('<news-card id="typo">: some attributes are not known and were ignored:')).to.equal(true, text);
    expect(text).to.contain('unknown attribute "heading-levle": did you mean "heading-level"?');
    expect(text).to.contain('unknown attribute "layuot": did you mean "layout"?');
    expect(element).to.equal(el);
    // Later updates add nothing: still one warning.
    el.setAttribute('theme', 'dark');
    el.article = { ...seed, headline: 'Another' };
    await el.updateComplete;
    await aTimeout(0);
    expect(record.warnings).to.have.length(1);
  });

  it('tells a misspelled attribute and bad data in the same one warning', async () => {
    const el = await fixture(html`<news-card tme-style="relative" article='{"title":"x"}'></news-card>`);
    await aTimeout(0);
    const { text } = theWarning();
    expect(text).to.contain('the article could not be shown:');
    expect(text).to.contain('"title": did you mean "headline"?');
    expect(text).to.contain('unknown attribute "tme-style": did you mean "time-style"?');
    expect(el.getAttribute('state')).to.equal('error');
  });

  it('stays quiet about global, data- and aria- attributes and names far from any it knows', async () => {
    const seed = await loadSeed();
    await fixture(
      html`<news-card id="quiet" class="c" title="t" data-track="1" aria-describedby="x" tracking-code="abc" hidden .article=${seed}></news-card>`,
    );
    await fixture(html`<news-headline headline="A headline" url="/a" data-heading-levle="3"></news-headline>`);
    await aTimeout(0);
    expect(record.warnings).to.have.length(0);
  });

  it('each part knows its own attributes', async () => {
    await fixture(html`<news-headline headline="A headline" kickr="World"></news-headline>`);
    await aTimeout(0);
    const { text } = theWarning();
    expect(text).to.contain('unknown attribute "kickr": did you mean "kicker"?');
  });
});
