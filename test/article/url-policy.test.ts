import { expect } from '@open-wc/testing';
import { MAX_URL_LENGTH } from '../../src/article/limits.js';
import { normalizeArticle } from '../../src/article/normalize.js';
import { checkSrcsetUrl, checkUrl, isLoopbackHost } from '../../src/article/url-policy.js';

const safeUrl = (value: unknown): string | undefined => checkUrl(value).url;

const ALLOWED: Array<[input: string, cleaned: string]> = [
  ['https://example.com/news/a', 'https://example.com/news/a'],
  ['http://example.com/', 'http://example.com/'],
  ['HTTPS://EXAMPLE.COM/Upper', 'HTTPS://EXAMPLE.COM/Upper'],
  ['https://example.com/a?b=1&c=2#d', 'https://example.com/a?b=1&c=2#d'],
  ['/news/a', '/news/a'],
  ['news/a', 'news/a'],
  ['./a', './a'],
  ['../a/b', '../a/b'],
  ['?page=2', '?page=2'],
  ['#comments', '#comments'],
  ['  https://example.com/x  ', 'https://example.com/x'],
  ['\u0000\u001f https://example.com/x\u0001', 'https://example.com/x'],
  ['https://exa\tmple.com/a\nb\r', 'https://example.com/ab'],
  ['https://bücher.example/a', 'https://bücher.example/a'],
  ['https://example.com:8443/a', 'https://example.com:8443/a'],
  ['/search?q=javascript:alert(1)', '/search?q=javascript:alert(1)'],
  ['https://example.com/?next=javascript:x', 'https://example.com/?next=javascript:x'],
];

/** Rejected URLs by class; each must fail for `href`/`src` and for author links alike. */
const REJECTED: Record<string, string[]> = {
  'script URLs': [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u0002javascript:alert(1)',
    '\u001fjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'jav\u0009a\u000ascr\u000dipt:alert(1)',
    'java\u0001script:alert(1)',
    'javascript\t:alert(1)',
    '\u200bjavascript:alert(1)',
    'java\u00adscript:alert(1)',
    '\ufeffjavascript:alert(1)',
  ],
  'entity-encoded script URLs': [
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3a;alert(1)',
    'javascript&#x3A alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
    'jav&#x09;ascript:alert(1)',
    'jav&#9;ascript:alert(1)',
    'jav&Tab;ascript:alert(1)',
    'jav&NewLine;ascript:alert(1)',
    'jav&amp;#x09;ascript:alert(1)',
    'javascript%3Aalert(1)',
  ],
  'other schemes': [
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2Zz4=',
    ' DATA:text/html,x',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'about:blank',
    'ftp://example.com/a',
    'ws://example.com/',
    'chrome://settings',
    'intent://x#Intent;end',
    'x-custom:thing',
  ],
  'protocol-relative': ['//evil.example/a', ' //evil.example', '\\\\evil.example', '/\\evil.example', '\\/evil.example', '/\t/evil.example', '/\n/evil.example'],
  'IP address hosts': [
    'http://127.0.0.1/',
    'https://10.0.0.1/a',
    'http://2130706433/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://127.1/',
    'http://[::1]/',
    'https://[2001:db8::1]/a',
  ],
  credentials: ['https://user:secret@example.com/', 'https://example.com@evil.example/'],
  malformed: ['', '   ', '\t\n', 'http://', 'https://exa mple.com/', 'mailto:'],
};

describe('URL policy', () => {
  describe('allows http, https and relative URLs', () => {
    for (const [input, cleaned] of ALLOWED) {
      it(JSON.stringify(input), () => {
        expect(checkUrl(input)).to.deep.equal({ url: cleaned });
        expect(safeUrl(input)).to.equal(cleaned);
      });
    }
  });

  for (const [group, inputs] of Object.entries(REJECTED)) {
    describe(`rejects ${group}`, () => {
      for (const input of inputs) {
        it(JSON.stringify(input), () => {
          const result = checkUrl(input, { allowMailto: true });
          expect(result.url).to.equal(undefined);
          expect(result.problem).to.be.a('string').and.not.equal('');
          expect(safeUrl(input)).to.equal(undefined);
        });
      }
    });
  }

  it('names the rejected scheme in its problem, decoded and lower-cased', () => {
    expect(checkUrl('JaVa&#x09;ScRiPt:alert(1)').problem).to.equal('The "javascript:" scheme is not allowed');
    expect(checkUrl('data:text/html,x').problem).to.equal('The "data:" scheme is not allowed');
    expect(checkUrl('//evil.example/').problem).to.match(/protocol-relative/i);
    expect(checkUrl('http://2130706433/').problem).to.match(/IP address/);
  });

  it('rejects values that are not strings', () => {
    for (const value of [undefined, null, 42, true, {}, [], ['https://example.com/'], { url: 'https://example.com/' }]) {
      expect(checkUrl(value).url, String(value)).to.equal(undefined);
      expect(checkUrl(value).problem).to.match(/^Expected a URL string, got /);
    }
  });

  it('rejects URLs longer than MAX_URL_LENGTH', () => {
    const base = 'https://example.com/';
    const fits = base + 'a'.repeat(MAX_URL_LENGTH - base.length);
    expect(safeUrl(fits)).to.equal(fits);
    expect(checkUrl(fits + 'a').problem).to.match(/longer than/i);
  });

  describe('loopback hosts, only when asked (a src on a page served from a loopback host, decision 009)', () => {
    const LOOPBACK: Array<[input: string, cleaned: string]> = [
      ['http://127.0.0.1:8080/article.json', 'http://127.0.0.1:8080/article.json'],
      ['http://127.0.0.1/', 'http://127.0.0.1/'],
      ['https://127.255.0.9/a', 'https://127.255.0.9/a'],
      ['http://[::1]:6006/a.json', 'http://[::1]:6006/a.json'],
      ['http://[0:0:0:0:0:0:0:1]/a', 'http://[0:0:0:0:0:0:0:1]/a'],
      // Shorthand spellings the parser reads as 127.0.0.1 are loopback too: the same address.
      ['http://2130706433/', 'http://2130706433/'],
      ['http://0x7f.1/', 'http://0x7f.1/'],
      ['http://127.1/', 'http://127.1/'],
    ];
    for (const [input, cleaned] of LOOPBACK) {
      it(`${JSON.stringify(input)}: refused by default, accepted with allowLoopback`, () => {
        expect(checkUrl(input).problem).to.equal('IP address hosts are not allowed');
        expect(checkUrl(input, { allowMailto: true }).url).to.equal(undefined);
        expect(checkUrl(input, { allowLoopback: true })).to.deep.equal({ url: cleaned });
      });
    }

    const STILL_REFUSED = [
      'http://10.0.0.1/',
      'http://192.168.1.1/a.json',
      'http://0.0.0.0/',
      'http://[::]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[2001:db8::1]/a',
      'http://user:pw@127.0.0.1/',
      'javascript://127.0.0.1/%0aalert(1)',
      '//127.0.0.1/a',
    ];
    for (const input of STILL_REFUSED) {
      it(`${JSON.stringify(input)}: refused even with allowLoopback`, () => {
        expect(checkUrl(input, { allowLoopback: true }).url).to.equal(undefined);
      });
    }

    it('article data never gets the option: links to loopback addresses stay refused', () => {
      const { article, problems } = normalizeArticle({ headline: 'x', url: 'http://127.0.0.1/a', image: 'http://[::1]/a.jpg' });
      expect(article?.url).to.equal(undefined);
      expect(article?.image).to.equal(undefined);
      expect(problems.map((p) => p.path)).to.include.members(['url', 'image']);
    });

    it('knows a loopback host as location.hostname gives it', () => {
      for (const host of ['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.0.1.1', '[::1]', 'localhost.']) {
        expect(isLoopbackHost(host), host).to.equal(true);
      }
      for (const host of ['', 'example.com', 'localhost.example.com', 'mylocalhost', '10.0.0.1', '128.0.0.1', '[::2]', '127.0.0.1.evil.example', '::1x']) {
        expect(isLoopbackHost(host), host).to.equal(false);
      }
    });
  });

  it('accepts mailto: only when asked (author links)', () => {
    expect(checkUrl('mailto:desk@example.com').url).to.equal(undefined);
    expect(checkUrl('mailto:desk@example.com').problem).to.equal('The "mailto:" scheme is not allowed');
    expect(checkUrl('mailto:desk@example.com', { allowMailto: true })).to.deep.equal({ url: 'mailto:desk@example.com' });
    expect(checkUrl('MAILTO:desk@example.com', { allowMailto: true }).url).to.equal('MAILTO:desk@example.com');
    expect(checkUrl('javascript:alert(1)', { allowMailto: true }).url).to.equal(undefined);
  });

  it('is idempotent: a cleaned URL passes unchanged', () => {
    for (const [input] of ALLOWED) {
      const once = safeUrl(input) as string;
      expect(checkUrl(once)).to.deep.equal({ url: once });
    }
  });

  describe('agrees with this browser', () => {
    const resolve = (url: string): URL => {
      const a = document.createElement('a');
      a.setAttribute('href', url);
      return new URL(a.href);
    };

    it('every allowed URL resolves to http(s) on a named host, or to this page’s own host', () => {
      for (const [input] of ALLOWED) {
        const cleaned = safeUrl(input) as string;
        const resolved = resolve(cleaned);
        expect(['http:', 'https:'], cleaned).to.include(resolved.protocol);
        if (!/^https?:/i.test(cleaned)) expect(resolved.host, cleaned).to.equal(location.host);
      }
    });

    it('the whitespace, control-character and case spellings really are javascript: to the browser', () => {
      // Proves the rejected cases are real threats, not strings no browser would run.
      // Leading C0 controls are stripped by the browser; embedded ones and invisible characters are not.
      const spellings = REJECTED['script URLs'].filter((u) => !/[\u200b\u00ad\ufeff]/.test(u) && !u.includes('\u0001'));
      expect(spellings.length).to.be.greaterThan(8);
      for (const input of spellings) {
        expect(resolve(input).protocol, JSON.stringify(input)).to.equal('javascript:');
      }
    });

    it('the entity spellings are javascript: once an HTML parser reads them', () => {
      const template = document.createElement('template');
      for (const input of ['javascript&colon;alert(1)', '&#106;avascript:alert(1)', 'jav&#x09;ascript:alert(1)', 'jav&Tab;ascript:alert(1)']) {
        // Static test strings parsed into an inert template, never into the document.
        template.innerHTML = `<a href="${input}"></a>`;
        const a = template.content.querySelector('a') as HTMLAnchorElement;
        expect(a.protocol, input).to.equal('javascript:');
        expect(safeUrl(input)).to.equal(undefined);
      }
    });

    it('the protocol-relative spellings leave this page’s host', () => {
      for (const input of REJECTED['protocol-relative']) {
        expect(resolve(input).host, JSON.stringify(input)).to.equal('evil.example');
      }
    });
  });
});

// Elements join `image.sources` as they are: the normalizer is where each candidate is checked.
describe('srcset', () => {
  const sourcesOf = (sources: unknown) => normalizeArticle({ headline: 'x', image: { url: '/a.jpg', sources } }).article?.image?.sources;

  it('keeps candidates that pass', () => {
    const sources = [
      { url: 'https://example.com/a-480.jpg', width: 480 },
      { url: '/a-960.jpg', width: 960 },
    ];
    expect(sourcesOf(sources)).to.deep.equal(sources);
  });

  it('keeps commas inside a URL (one candidate)', () => {
    expect(sourcesOf([{ url: '/img/w_480,h_320/a.jpg', width: 480 }])).to.deep.equal([{ url: '/img/w_480,h_320/a.jpg', width: 480 }]);
  });

  it('drops the whole srcset when one candidate URL fails the policy', () => {
    const good = { url: '/a-480.jpg', width: 480 };
    for (const url of ['javascript:alert(1)', 'data:image/png;base64,AAAA', '/a.jpg 2x, javascript:alert(1)', '/a.jpg,', ',/a.jpg', '//evil.example/a.jpg']) {
      expect(sourcesOf([good, { url, width: 960 }]), url).to.equal(undefined);
    }
  });

  it('drops a candidate without a usable width, and keeps the others', () => {
    const good = { url: '/a-480.jpg', width: 480 };
    const bad = [
      { url: '/a-960.jpg', width: 0 },
      { url: '/a-960.jpg', width: 960.5 },
      { url: '/a-960.jpg', width: 480 },
      null,
      '/a-960.jpg 960w',
    ];
    for (const candidate of bad) expect(sourcesOf([good, candidate]), JSON.stringify(candidate)).to.deep.equal([good]);
  });

  it('gives nothing for an empty list or a non-list', () => {
    expect(sourcesOf([])).to.equal(undefined);
    expect(sourcesOf('a.jpg 100w')).to.equal(undefined);
    expect(sourcesOf(undefined)).to.equal(undefined);
  });

  it('checks candidate URLs on their own', () => {
    expect(checkSrcsetUrl('/a b.jpg').problem).to.match(/spaces/);
    expect(checkSrcsetUrl('/a.jpg').url).to.equal('/a.jpg');
    expect(checkSrcsetUrl('mailto:a@example.com').url).to.equal(undefined);
  });
});
