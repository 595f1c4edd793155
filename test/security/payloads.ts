// Hostile values for the security suite. Every payload that could run script sets `window.__pwned`
// when it runs, so a test can tell "rendered as text" from "executed" by reading one flag.
import fc from 'fast-check';

/** The flag every payload sets if it ever executes. */
export const PWNED = '__pwned';

/** Markup and template-injection strings for text fields. */
export const MARKUP_PAYLOADS = {
  img: '<img src=x onerror="window.__pwned=1">',
  svg: '<svg onload="window.__pwned=1"><circle r=1 /></svg>',
  breakout: '"><img src=x onerror=window.__pwned=1>',
  scriptClose: '</script><script>window.__pwned=1</script>',
  comment: '<!--<img src=x onerror=window.__pwned=1>-->',
  templateLiteral: '${window.__pwned=1}',
  mustache: "{{constructor.constructor('window.__pwned=1')()}}",
  litMarker: '<?lit$123$><img src=x onerror=window.__pwned=1>lit$5467382$',
  iframe: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  style: '<style>*{background:url("javascript:window.__pwned=1")}</style>',
  entity: '&lt;img src=x onerror=window.__pwned=1&gt;',
} as const;

/** Script URLs in every spelling browsers might still read as `javascript:`. */
export const SCRIPT_URLS = {
  plain: 'javascript:window.__pwned=1',
  mixedCase: 'JaVaScRiPt:window.__pwned=1',
  leadingControls: ' \u0001\u0002javascript:window.__pwned=1',
  embeddedTab: 'java\tscript:window.__pwned=1',
  embeddedNewline: 'java\nscr\ript:window.__pwned=1',
  decimalEntity: '&#106;avascript:window.__pwned=1',
  hexEntityTab: 'jav&#x09;ascript:window.__pwned=1',
  namedColon: 'javascript&colon;window.__pwned=1',
  doubleEncoded: 'javascript&amp;colon;window.__pwned=1',
  percentColon: 'javascript%3Awindow.__pwned=1',
  zeroWidth: 'java\u200bscript:window.__pwned=1',
  vbscript: 'vbscript:window.__pwned=1',
  dataHtml: 'data:text/html,<script>parent.__pwned=1</script>',
  dataSvg: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=1"/>',
  dataBase64: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
} as const;

/** Hosts the policy refuses even over http(s). */
export const HOST_URLS = {
  protocolRelative: '//evil.example.com/x.jpg',
  backslashes: '\\\\evil.example.com/x.jpg',
  slashBackslash: '/\\evil.example.com/x.jpg',
  dottedIp: 'http://127.0.0.1/x.jpg',
  decimalIp: 'http://2130706433/x.jpg',
  hexIp: 'http://0x7f.1/x.jpg',
  ipv6: 'http://[::1]/x.jpg',
  credentials: 'https://example.com@evil.example.net/x.jpg',
} as const;

/** `srcset` injections: URLs that would split into extra candidates or descriptors. */
export const SRCSET_URLS = {
  commaCandidate: '/a.jpg 1x, javascript:window.__pwned=1 2x',
  trailingComma: '/a.jpg,',
  leadingComma: ',javascript:window.__pwned=1',
  space: 'https://example.com/a b.jpg',
} as const;

/** Text that renders as nothing or reorders what follows. */
export const INVISIBLE_TEXT = {
  bidiOverride: '\u202Egnp.exe\u202C',
  isolates: '\u2067\u2066\u2068',
  zeroWidthOnly: '\u200B\u200C\u200D\u2060\uFEFF',
  whitespaceOnly: ' \t\n\u00A0\u3000',
} as const;

const all = <T extends Record<string, string>>(table: T): string[] => Object.values(table);

// ---- generators -------------------------------------------------------------------------------------

const hostileText = fc.constantFrom(...all(MARKUP_PAYLOADS), ...all(INVISIBLE_TEXT));
const hostileUrl = fc.constantFrom(...all(SCRIPT_URLS), ...all(HOST_URLS), ...all(SRCSET_URLS));
const goodUrl = fc.constantFrom(
  'https://example.com/a.jpg',
  'http://example.com/b?c=d#e',
  '/news/a',
  'a/b',
  '../x',
  '?page=2',
  '#top',
  'mailto:desk@example.com',
  ' https://example.com/pad ',
  'https://example.com/a,b.jpg',
);

/** Anything at all, including the values JSON cannot hold. */
export const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const textLike = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean()) },
);
const urlLike = fc.oneof(
  { weight: 4, arbitrary: hostileUrl },
  { weight: 3, arbitrary: goodUrl },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const dateLike = fc.oneof(
  fc.constantFrom('2021-12-27', '2024-02-30', '2021-13-01', '2021-12-27T25:00:00Z', '2021-12-27T10:30:00+03:00', 'yesterday'),
  fc.integer(),
  fc.string({ maxLength: 20 }),
);
const numberLike = fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double(), fc.constantFrom('1200', '12px', 'NaN'));

/** Mostly a value of the right kind, sometimes anything at all. */
const field = (good: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: anything });
const rec = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;

const person = fc.oneof(
  textLike,
  rec({ name: field(textLike), url: field(urlLike), image: field(urlLike), jobTitle: field(textLike) }),
);
const image = fc.oneof(
  { weight: 1, arbitrary: urlLike },
  {
    weight: 4,
    arbitrary: rec({
      url: field(urlLike),
      width: field(numberLike),
      height: field(numberLike),
      alt: field(textLike),
      decorative: field(fc.boolean()),
      caption: field(textLike),
      creditText: field(textLike),
      sources: field(fc.array(rec({ url: field(urlLike), width: field(numberLike) }), { maxLength: 6 })),
      focalPoint: field(rec({ x: field(numberLike), y: field(numberLike) })),
    }),
  },
);

/** Article-shaped data: every field present or not, of the right type or not, often hostile. */
export const articleShaped = rec({
  id: field(textLike),
  url: field(urlLike),
  inLanguage: field(fc.constantFrom('en', 'ar', 'he', 'zh-Hant-TW', 'not a tag', '', '"><x>')),
  headline: fc.oneof({ weight: 4, arbitrary: textLike }, { weight: 1, arbitrary: anything }),
  alternativeHeadline: field(textLike),
  kicker: field(fc.oneof(textLike, rec({ text: field(textLike), url: field(urlLike) }))),
  articleSection: field(textLike),
  description: field(textLike),
  author: field(fc.oneof(person, fc.array(person, { maxLength: 4 }))),
  publisher: field(fc.oneof(textLike, rec({ name: field(textLike), url: field(urlLike), logo: field(urlLike) }))),
  datePublished: field(dateLike),
  dateModified: field(dateLike),
  image: field(image),
  related: field(fc.array(rec({ url: field(urlLike), headline: field(textLike), datePublished: field(dateLike) }), { maxLength: 5 })),
  flags: field(rec({ live: field(fc.boolean()), breaking: field(fc.boolean()), sponsored: field(fc.boolean()), opinion: field(fc.boolean()) })),
});

/** The same data in the other formats the elements accept, and in forms only a property can carry. */
export const hostileInput = fc
  .tuple(articleShaped, fc.constantFrom('plain', 'json-ld', 'wordpress', 'open-graph', 'json-string', 'proto-keys', 'cyclic'))
  .map(([article, how]): unknown => {
    switch (how) {
      case 'json-ld':
        return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...article };
      case 'wordpress':
        return { title: { rendered: article.headline }, link: article.url, excerpt: { rendered: article.description }, date_gmt: article.datePublished, ...article };
      case 'open-graph':
        return { 'og:title': article.headline, 'og:url': article.url, 'og:image': article.image, 'og:description': article.description };
      case 'json-string':
        try {
          return JSON.stringify(article);
        } catch {
          return article;
        }
      case 'proto-keys':
        Object.defineProperty(article, '__proto__', {
          value: { polluted: 'yes', headline: '<img src=x onerror=window.__pwned=1>', url: 'javascript:window.__pwned=1' },
          enumerable: true,
          configurable: true,
          writable: true,
        });
        return article;
      case 'cyclic':
        article.self = article;
        article.related = [article];
        return article;
      default:
        return article;
    }
  });
