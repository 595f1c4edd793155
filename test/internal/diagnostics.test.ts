import { expect } from '@open-wc/testing';
import {
  ECHO_LENGTH,
  KEY_ALIASES,
  attributeHints,
  consoleMessage,
  echo,
  editDistance,
  elementLabel,
  keyHints,
  problemLine,
  valueAt,
} from '../../src/internal/diagnostics.js';

describe('console messages', () => {
  it('name the element by its id, else its src, else its tag alone', () => {
    expect(elementLabel('news-card', 'top-story', '/a.json')).to.equal('<news-card id="top-story">');
    expect(elementLabel('news-card', null, 'https://example.com/a.json')).to.equal('<news-card src="https://example.com/a.json">');
    expect(elementLabel('news-card', '', '')).to.equal('<news-card>');
    expect(elementLabel('news-photo')).to.equal('<news-photo>');
    // A long src is cut; quotes inside are escaped, so the label stays one readable token.
    const long = elementLabel('news-card', null, `https://example.com/${'a'.repeat(200)}`);
    expect(long.length).to.be.lessThan(ECHO_LENGTH + 20);
    expect(elementLabel('news-card', 'a"b')).to.equal('<news-card id="a\\"b">');
  });

  it('echo a rejected value as text, cut to 80 characters', () => {
    expect(echo('javascript:alert(1)')).to.equal('"javascript:alert(1)"');
    expect(echo(42)).to.equal('42');
    expect(echo(null)).to.equal('null');
    expect(echo(undefined)).to.equal('undefined');
    expect(echo(true)).to.equal('true');
    expect(echo({ text: 'x' })).to.equal('{"text":"x"}');
    expect(echo(['a', 1])).to.equal('["a",1]');
    expect(echo(() => 1)).to.equal('function');
    expect(echo(Symbol('s'))).to.equal('symbol');
    expect(echo(10n)).to.equal('bigint');
    expect(echo(NaN)).to.equal('null');
    const long = echo('x'.repeat(1000));
    expect(long).to.equal(`"${'x'.repeat(ECHO_LENGTH - 1)}…"`);
    expect(echo({ a: 'y'.repeat(1000) })).to.have.length(ECHO_LENGTH);
    // Markup and line breaks stay text: escaped, never interpreted, one line.
    expect(echo('<img src=x onerror=alert(1)>\nnext')).to.equal('"<img src=x onerror=alert(1)>\\nnext"');
  });

  it('echo never throws, whatever the value', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(echo(cyclic)).to.equal('object');
    const throwing = {
      get boom() {
        throw new Error('no');
      },
    };
    expect(echo(throwing)).to.equal('object');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(echo(proxy)).to.equal('object');
  });

  it('find the rejected value at a problem path, in objects and in JSON text', () => {
    const data = { headline: 'x', image: { url: 'javascript:x' }, author: [{ name: 'A' }, { name: 7 }] };
    expect(valueAt(data, 'image.url')).to.equal('javascript:x');
    expect(valueAt(data, 'author[1].name')).to.equal(7);
    expect(valueAt(JSON.stringify(data), 'author[1].name')).to.equal(7);
    expect(valueAt(data, '')).to.equal(data);
    expect(valueAt('{bad', '')).to.equal('{bad');
    expect(valueAt('{bad', 'headline')).to.equal(undefined);
    expect(valueAt(data, 'image.width')).to.equal(undefined);
    expect(valueAt(data, 'headline.length')).to.equal(undefined);
    // Only own properties: nothing from a prototype.
    expect(valueAt({}, 'constructor')).to.equal(undefined);
    expect(valueAt({}, '__proto__')).to.equal(undefined);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(valueAt({ a: proxy }, 'a.b')).to.equal(undefined);
  });

  it('hint the canonical key for each key people use instead', () => {
    const expected: Record<string, string> = {
      title: 'headline',
      name: 'headline',
      summary: 'description',
      excerpt: 'description',
      authors: 'author',
      byline: 'author',
      date: 'datePublished',
      published: 'datePublished',
      pubDate: 'datePublished',
      img: 'image',
      thumbnail: 'image',
      photo: 'image',
      link: 'url',
      href: 'url',
    };
    expect(KEY_ALIASES).to.deep.equal(expected);
    for (const [alias, key] of Object.entries(expected)) {
      expect(keyHints({ [alias]: 'x' }), alias).to.deep.equal([`"${alias}": did you mean "${key}"?`]);
      expect(keyHints(JSON.stringify({ [alias]: 'x' })), `${alias} as JSON`).to.have.length(1);
      // Both present: the canonical key is there, nothing to hint.
      expect(keyHints({ [alias]: 'x', [key]: 'y' }), `${alias} beside ${key}`).to.deep.equal([]);
    }
    expect(keyHints({ title: 'x', summary: 'y' })).to.deep.equal(['"title": did you mean "headline"?', '"summary": did you mean "description"?']);
  });

  it('give no key hints for other formats, for non-objects or for unreadable input', () => {
    expect(keyHints({ '@type': 'NewsArticle', name: 'x' })).to.deep.equal([]);
    expect(keyHints({ title: { rendered: 'x' }, link: '/x' })).to.deep.equal([]);
    expect(keyHints({ 'og:title': 'x', link: '/x' })).to.deep.equal([]);
    expect(keyHints('{bad')).to.deep.equal([]);
    expect(keyHints(42)).to.deep.equal([]);
    expect(keyHints(undefined)).to.deep.equal([]);
    expect(keyHints(Object.create({ title: 'inherited' }))).to.deep.equal([]);
  });

  it('measure edit distance: insertions, deletions and substitutions (a swap is two)', () => {
    expect(editDistance('heading-level', 'heading-level')).to.equal(0);
    expect(editDistance('heading-levle', 'heading-level')).to.equal(2);
    expect(editDistance('headinglevel', 'heading-level')).to.equal(1);
    expect(editDistance('heding-lvel', 'heading-level')).to.equal(2);
    expect(editDistance('layuot', 'layout')).to.equal(2);
    expect(editDistance('tme-style', 'time-style')).to.equal(1);
    expect(editDistance('sr', 'src')).to.equal(1);
    expect(editDistance('abc', 'xyz')).to.equal(3);
    expect(editDistance('', 'abc')).to.equal(3);
    expect(editDistance('a', 'abcdef')).to.equal(5);
    expect(editDistance('kitten', 'sitting')).to.equal(3);
  });

  it('hint attributes one or two edits from a known one, and nothing else', () => {
    const known = ['article', 'heading-level', 'layout', 'theme', 'src', 'time-style', 'state', 'dir', 'lang'];
    const element = document.createElement('div');
    const isOther = (name: string) => name in element || /^(data|aria)-/.test(name);
    expect(attributeHints(['heading-levle', 'layuot', 'tim-styl'], known, isOther)).to.deep.equal([
      'unknown attribute "heading-levle": did you mean "heading-level"?',
      'unknown attribute "layuot": did you mean "layout"?',
      'unknown attribute "tim-styl": did you mean "time-style"?',
    ]);
    // Known, global (style is two edits from state), data-/aria-/on… and far-off names are someone else's.
    const quiet = ['article', 'layout', 'id', 'class', 'style', 'slot', 'part', 'title', 'hidden', 'tabindex', 'role', 'data-src', 'data-state', 'aria-label', 'onclick', 'x-tracking', 'analytics-id'];
    expect(attributeHints(quiet, known, isOther)).to.deep.equal([]);
    expect(attributeHints(['style'], known, () => false)).to.deep.equal(['unknown attribute "style": did you mean "state"?']);
    expect(attributeHints(['x'.repeat(10_000)], known, isOther)).to.deep.equal([]);
  });

  it('write a problem as one line with the value it rejected', () => {
    const data = { headline: 'x', image: { url: 'javascript:alert(1)' } };
    const rejected = (path: string) => valueAt(data, path);
    expect(problemLine({ path: 'image.url', message: 'The "javascript:" scheme is not allowed' }, rejected)).to.equal(
      'image.url: The "javascript:" scheme is not allowed (got "javascript:alert(1)")',
    );
    expect(problemLine({ path: 'headline', message: 'Missing' }, () => undefined)).to.equal('headline: Missing');
    expect(problemLine({ path: '', message: 'Invalid JSON' }, () => '{bad')).to.equal('(input): Invalid JSON (got "{bad")');
    expect(consoleMessage('<news-card id="a">', 'the article could not be shown:', ['headline: Missing', 'x'])).to.equal(
      '<news-card id="a">: the article could not be shown:\n  headline: Missing\n  x',
    );
  });
});
