import { expect } from '@open-wc/testing';
import { decodeEntities, htmlToText, splitCredit } from '../../../src/article/html-text.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

describe('htmlToText', () => {
  it('decodes the numeric references WordPress writes', () => {
    expect(htmlToText('Iraq&#8217;s Basra province')).to.equal('Iraq’s Basra province');
    expect(htmlToText('&#8220;quoted&#8221; &#8211; &#x2019;hex&#X2019;')).to.equal('“quoted” – ’hex’');
  });

  it('decodes the common named references', () => {
    expect(
      htmlToText('&amp; &lt; &gt; &quot; &apos; &hellip; &rsquo;&lsquo;&ldquo;&rdquo; &ndash; &mdash; &laquo;&raquo; &copy;'),
    ).to.equal('& < > " \' … ’‘“” – — «» ©');
  });

  it('decodes accented letters and keeps unknown or unterminated names as they are', () => {
    expect(htmlToText('&eacute;t&eacute; &Uuml;ber &ccedil;a &scaron;')).to.equal('été Über ça š');
    expect(htmlToText('&bgrave; &notanentity; &constructor; &toString; AT&T Q&A &amp')).to.equal(
      '&bgrave; &notanentity; &constructor; &toString; AT&T Q&A &amp',
    );
  });

  it('maps windows-1252 numeric references and replaces invalid code points', () => {
    expect(htmlToText('&#146;&#150;&#128;')).to.equal('’–€');
    expect(htmlToText('a&#0;b&#xD800;c&#99999999999;d')).to.equal('a\ufffdb\ufffdc\ufffdd');
  });

  it('decodes once: an escaped reference stays a reference and escaped markup stays text', () => {
    expect(htmlToText('&amp;lt;b&amp;gt;')).to.equal('&lt;b&gt;');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).to.equal('<script>alert(1)</script>');
  });

  it('keeps &nbsp; as a no-break space and collapses other whitespace', () => {
    expect(htmlToText('  a&nbsp;b \n\t c  ')).to.equal('a\u00a0b c');
  });

  it('strips tags; block tags separate words, inline tags do not', () => {
    expect(htmlToText('<p>One</p><p>two<br>three</p><ul><li>four</li></ul>')).to.equal('One two three four');
    expect(htmlToText('Iraq<em>’s</em> <a href="/x" title="a > b">Basra</a>')).to.equal('Iraq’s Basra');
    expect(htmlToText('<p>The dek</p>\n')).to.equal('The dek');
  });

  it('drops script, style, template and noscript bodies and comments', () => {
    expect(
      htmlToText('a<script>var x = "<p>no</p>";</script>b<STYLE>p{}</style>c<!-- note -->d<template><p>t</p></template>e'),
    ).to.equal('abcde');
    expect(htmlToText('before<script>never closed')).to.equal('before');
  });

  it('leaves a < that starts no tag as text', () => {
    expect(htmlToText('a < b and 3<4, <3')).to.equal('a < b and 3<4, <3');
  });

  it('never runs or creates anything from the markup', async () => {
    window.__pwned = undefined;
    const before = document.querySelectorAll('*').length;
    const out = htmlToText(
      '<img src=x onerror="window.__pwned=1"><svg onload="window.__pwned=2"></svg><script>window.__pwned=3</script>' +
        '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>safe',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(out).to.equal('safe');
    expect(window.__pwned).to.equal(undefined);
    expect(document.querySelectorAll('*').length).to.equal(before);
  });

  it('returns an empty string for non-strings', () => {
    expect(htmlToText(undefined as unknown as string)).to.equal('');
    expect(htmlToText({} as unknown as string)).to.equal('');
  });

  it('stays linear on hostile input', () => {
    // Each of these is quadratic or worse with a backtracking pattern; together they must finish.
    const inputs = ['<a '.repeat(100_000), '<'.repeat(300_000), '<script'.repeat(50_000), '&#'.repeat(150_000), '<a "'.repeat(75_000)];
    for (const input of inputs) expect(htmlToText(input)).to.be.a('string');
  });
});

describe('decodeEntities', () => {
  it('decodes references without touching tags', () => {
    expect(decodeEntities('<b>Iraq&#8217;s</b>')).to.equal('<b>Iraq’s</b>');
  });
});

describe('splitCredit', () => {
  it('splits the seed caption', () => {
    expect(
      splitCredit(
        'A convoy of US vehicles seen after the withdrawal from northern Syria, on the outskirts of Dohuk, Iraq, 21 October, 2019. (Photo credit: REUTERS/Ari Jalal)',
      ),
    ).to.deep.equal({
      caption:
        'A convoy of US vehicles seen after the withdrawal from northern Syria, on the outskirts of Dohuk, Iraq, 21 October, 2019.',
      credit: 'REUTERS/Ari Jalal',
    });
  });

  const cases: Array<[string, { caption?: string; credit?: string }]> = [
    ['A street. (Photo: Example Agency)', { caption: 'A street.', credit: 'Example Agency' }],
    ['A street [Credit: Example Agency]', { caption: 'A street', credit: 'Example Agency' }],
    ['A street (Image: Example Agency)', { caption: 'A street', credit: 'Example Agency' }],
    ['A street (Photo by Jane Doe)', { caption: 'A street', credit: 'Jane Doe' }],
    ['A street (AP Photo/Jane Doe)', { caption: 'A street', credit: 'AP Photo/Jane Doe' }],
    ['A street. Photograph: Jane Doe/Example', { caption: 'A street.', credit: 'Jane Doe/Example' }],
    ['A street. Credit: Example Agency.', { caption: 'A street.', credit: 'Example Agency' }],
    ['A street | Photo: Example Agency', { caption: 'A street', credit: 'Example Agency' }],
    ['Photo: Example Agency', { credit: 'Example Agency' }],
    ['(Photo credit: Example Agency)', { credit: 'Example Agency' }],
  ];
  for (const [input, expected] of cases) {
    it(`splits "${input}"`, () => {
      expect(splitCredit(input)).to.deep.equal(expected);
    });
  }

  const unchanged = [
    'A man takes a photo: the street is empty',
    'Members of the team (left to right)',
    'Nothing here (see page 2)',
    'The credit: card debt is rising in the city, says a report',
    'A street (Photo: Example Agency) in the rain',
  ];
  for (const input of unchanged) {
    it(`leaves "${input}" alone`, () => {
      expect(splitCredit(input)).to.deep.equal({ caption: input });
    });
  }

  it('leaves very long text alone and gives nothing for empty or non-string input', () => {
    const long = `${'word '.repeat(300)}(Photo: X)`;
    expect(splitCredit(long)).to.deep.equal({ caption: long.trim() });
    expect(splitCredit('   ')).to.deep.equal({});
    expect(splitCredit(null as unknown as string)).to.deep.equal({});
  });
});
