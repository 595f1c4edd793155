// The property channel, set by an external module script (no inline script is allowed), and the
// `items` property of <news-related>. Also hands hostile data to a card through the property.
/* global window, document, fetch, structuredClone -- a page script */
const load = async (path) => (await fetch(path)).json();

const seed = await load('/data/seed.json');
const jsonLd = await load('/data/seed.jsonld.json');

for (const id of ['property-card', 'property-headline', 'property-byline', 'property-photo', 'property-related']) {
  document.getElementById(id).article = structuredClone(seed);
}
document.getElementById('property-jsonld').article = jsonLd;
document.getElementById('items-related').items = structuredClone(seed.related);
document.getElementById('messages-card').messages = { by: 'Written by {authors}', related: 'More on this' };
document.getElementById('messages-card').article = structuredClone(seed);

document.getElementById('hostile-property').article = {
  ...structuredClone(seed),
  headline: '<img src=x onerror="window.__pwned=1">',
  description: '<svg onload="window.__pwned=1"></svg>',
  url: 'javascript:window.__pwned=1',
  kicker: { text: '<style>*{color:red}</style>', url: ' java\tscript:window.__pwned=1' },
  author: [{ name: '</script><script>window.__pwned=1</script>', url: 'vbscript:window.__pwned=1' }],
  image: {
    ...seed.image,
    alt: '"><img src=x onerror=window.__pwned=1>',
    sources: [{ url: '/img/photo.png 1x, javascript:window.__pwned=1', width: 480 }],
  },
  related: [{ url: 'data:text/html,<script>parent.__pwned=1</script>', headline: 'Gone' }, ...seed.related],
};

window.__channelsReady = true;
