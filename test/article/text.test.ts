import { expect } from '@open-wc/testing';
import { MAX_TEXT_LENGTH } from '../../src/article/limits.js';
import { cleanText } from '../../src/article/text.js';

const LRE = '\u202A';
const RLE = '\u202B';
const PDF = '\u202C';
const RLO = '\u202E';
const LRI = '\u2066';
const RLI = '\u2067';
const PDI = '\u2069';

describe('cleanText', () => {
  it('trims strings', () => {
    expect(cleanText('  News Desk \n')).to.deep.equal({ text: 'News Desk' });
    expect(cleanText('\u00a0\u200bNews Desk\ufeff\u2060')).to.deep.equal({ text: 'News Desk' });
  });

  it('turns finite numbers into strings', () => {
    expect(cleanText(2021)).to.deep.equal({ text: '2021' });
    expect(cleanText(0)).to.deep.equal({ text: '0' });
    expect(cleanText(-1.5)).to.deep.equal({ text: '-1.5' });
    expect(cleanText(NaN).problem).to.match(/NaN/);
    expect(cleanText(Infinity).text).to.equal(undefined);
  });

  it('rejects every other type with a reason', () => {
    for (const [value, name] of [
      [true, 'boolean'],
      [null, 'null'],
      [undefined, 'undefined'],
      [{}, 'object'],
      [['a'], 'array'],
      [() => 'a', 'function'],
      [Symbol('a'), 'symbol'],
      [10n, 'bigint'],
    ] as Array<[unknown, string]>) {
      expect(cleanText(value)).to.deep.equal({ problem: `Expected a string, got ${name}` });
    }
  });

  it('drops empty, whitespace-only and invisible-only strings', () => {
    expect(cleanText('')).to.deep.equal({ problem: 'Empty or whitespace-only string' });
    for (const blank of [' ', '\n\t ', '\u00a0\u3000', '\u200b\u200b', '\ufeff']) {
      expect(cleanText(blank).text, JSON.stringify(blank)).to.equal(undefined);
      expect(cleanText(blank).problem).to.match(/whitespace/);
    }
    for (const invisible of ['\u200d', '\u200c\u200d', '\u200e\u200f', `${RLI}${PDI}`, '\u2061\u2062', '\u3164', '\u034f']) {
      expect(cleanText(invisible), JSON.stringify(invisible)).to.deep.equal({ problem: 'Only invisible characters' });
    }
  });

  it('keeps tabs and line feeds, normalises CR LF and strips other control characters', () => {
    expect(cleanText('a\r\nb\rc\nd\te').text).to.equal('a\nb\nc\nd\te');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg').text).to.equal('abcdefg');
  });

  it('replaces lone surrogates', () => {
    expect(cleanText('a\ud800b').text).to.equal('a\ufffdb');
    expect(cleanText('a\udc00b').text).to.equal('a\ufffdb');
    expect(cleanText('😀').text).to.equal('😀');
  });

  it('keeps markup-like text as text', () => {
    const text = '<img src=x onerror=alert(1)> {{constructor.constructor("alert(1)")()}} ${x}';
    expect(cleanText(text).text).to.equal(text);
  });

  describe('bidi controls', () => {
    it('keeps paired embeddings, overrides and isolates', () => {
      for (const text of [`a ${RLI}نص${PDI} b`, `${RLE}abc${PDF}`, `${RLO}abc${PDF} d`, `${LRI}a ${RLE}b${PDF}${PDI}`]) {
        expect(cleanText(text).text).to.equal(text);
      }
    });

    it('removes unpaired openers and closers', () => {
      expect(cleanText(`evil${RLO}txt.exe`).text).to.equal('eviltxt.exe');
      expect(cleanText(`a${PDF}b${PDI}c`).text).to.equal('abc');
      expect(cleanText(`${RLI}a${LRE}b`).text).to.equal('ab');
      // A PDF cannot close an embedding from outside its isolate.
      expect(cleanText(`${RLE}a${LRI}b${PDF}${PDI}`).text).to.equal(`a${LRI}b${PDI}`);
      // A PDI closes the embeddings opened inside its isolate.
      expect(cleanText(`${RLI}a${LRE}b${PDI}`).text).to.equal(`${RLI}a${LRE}b${PDI}`);
    });

    it('re-trims after removing an unpaired opener', () => {
      expect(cleanText(`${RLO}  Headline`).text).to.equal('Headline');
    });
  });

  describe('length', () => {
    it('cuts text longer than the limit with an ellipsis and reports it', () => {
      const result = cleanText('a'.repeat(MAX_TEXT_LENGTH + 1));
      expect(result.text).to.have.length(MAX_TEXT_LENGTH);
      expect(result.text?.endsWith('a\u2026')).to.equal(true);
      expect(result.problem).to.equal(`Longer than ${MAX_TEXT_LENGTH} characters: cut`);
    });

    it('keeps text at the limit whole', () => {
      expect(cleanText('a'.repeat(MAX_TEXT_LENGTH))).to.deep.equal({ text: 'a'.repeat(MAX_TEXT_LENGTH) });
    });

    it('honours a custom limit and never splits a surrogate pair', () => {
      expect(cleanText('abcdef', 4)).to.deep.equal({ text: 'abc\u2026', problem: 'Longer than 4 characters: cut' });
      const cut = cleanText('ab😀😀', 4).text as string;
      expect(cut).to.equal('ab\u2026');
      expect(cleanText('abc   defgh', 7).text).to.equal('abc\u2026');
    });

    it('closes nothing it cut open: an isolate split by the cut is removed', () => {
      const text = `ab${RLI}${'x'.repeat(20)}${PDI}`;
      const cut = cleanText(text, 10).text as string;
      expect(cut).to.equal(`ab${'x'.repeat(6)}\u2026`);
    });

    it('does not cut text that only leading whitespace made long', () => {
      expect(cleanText(' '.repeat(1024 * 1024) + 'Headline')).to.deep.equal({ text: 'Headline' });
    });

    it('cuts text made long by control characters without leaving the result over the limit', () => {
      const result = cleanText('a'.repeat(10) + '\u0001'.repeat(100_000) + 'b'.repeat(10));
      expect(result.text).to.equal('a'.repeat(10) + '\u2026');
      expect(result.problem).to.match(/cut/);
      expect(cleanText(result.text)).to.deep.equal({ text: result.text });
    });

    it('handles a 1 MiB string in one pass', () => {
      const huge = ' '.repeat(512 * 1024) + 'x'.repeat(512 * 1024) + '\u200b'.repeat(1000);
      const result = cleanText(huge);
      expect(result.text).to.have.length(MAX_TEXT_LENGTH);
      expect(result.problem).to.match(/cut/);
    });
  });

  it('is idempotent', () => {
    const samples = [
      '  a  ',
      `${RLO}  x ${LRE}y`,
      'a\r\nb',
      'x'.repeat(5000),
      `${'y'.repeat(1998)}${RLI}zz${PDI}`,
      `${'\u200d'.repeat(3000)}abc`,
      'a\ud800',
    ];
    for (const sample of samples) {
      const once = cleanText(sample).text as string;
      expect(cleanText(once), JSON.stringify(sample.slice(0, 20))).to.deep.equal({ text: once });
    }
  });
});
