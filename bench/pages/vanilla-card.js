// The vanilla baseline: the markup of <news-card>'s shadow root for an article like the seed,
// written by hand as escaped template strings. The browser pages put it into innerHTML; the
// server-rendering baseline wraps it in a declarative shadow root. It must stay the same markup as
// ours: every run compares the two (bench/browser-sections.mjs) and the report shows any drift.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

// Formatters are made once, as a careful hand-written page would.
const dayFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' });
const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction', style: 'long' });
const RTL = /^(ar|he|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

const formatDate = (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dayFormat : instantFormat).format(new Date(iso));

const time = (iso, part) =>
  iso ? `<time part="${part}" class="${part}" datetime="${esc(iso)}">${esc(formatDate(iso))}</time>` : '';

const author = (p) =>
  p.url
    ? `<a part="author" class="author" href="${esc(p.url)}" dir="auto">${esc(p.name)}</a>`
    : `<span part="author" class="author" dir="auto">${esc(p.name)}</span>`;

function authors(list) {
  if (!list?.length) return '';
  let names = '';
  let i = 0;
  for (const part of listFormat.formatToParts(list.map((p) => p.name))) {
    names += part.type === 'element' ? author(list[i++]) : esc(part.value);
  }
  return `<span part="authors" class="authors">By ${names}</span>`;
}

const byline = (a) =>
  a.author?.length || a.publisher || a.datePublished
    ? `<p part="byline" class="byline"><span class="byline-items">${authors(a.author)}` +
      (a.publisher ? `<span part="publisher" class="publisher"><bdi>${esc(a.publisher.name)}</bdi></span>` : '') +
      `${time(a.datePublished, 'time')}</span></p>`
    : '';

const photo = (img) =>
  img
    ? `<figure part="media" class="media"><div part="frame" class="frame"><img part="image" class="image" src="${esc(img.url)}" ` +
      `width="${img.width && img.height ? img.width : 1600}" height="${img.width && img.height ? img.height : 900}" alt="${esc(img.alt ?? '')}" loading="lazy" decoding="async"></div>` +
      (img.caption || img.creditText
        ? `<figcaption part="figcaption" class="figcaption">` +
          (img.caption ? `<span part="caption" class="caption" dir="auto">${esc(img.caption)}</span>` : '') +
          (img.creditText ? `<span class="credit-line">Photo: <span part="credit" class="credit" dir="auto">${esc(img.creditText)}</span></span>` : '') +
          `</figcaption>`
        : '') +
      `</figure>`
    : '';

const related = (items) =>
  items?.length
    ? `<div part="related" class="related"><h3 part="related-heading" class="related-heading" id="related-heading">Related</h3>` +
      `<ul part="related-list" class="related-list" role="list" aria-labelledby="related-heading">` +
      items
        .map(
          (r) =>
            `<li part="related-item" class="related-item"><a part="related-link" class="related-link" href="${esc(r.url)}" dir="auto">${esc(r.headline)}</a>` +
            `${time(r.datePublished, 'related-time')}</li>`,
        )
        .join('') +
      `</ul></div>`
    : '';

/** The inside of one card (what <news-card> puts in its shadow root), for the seed's fields. */
export function cardInner(a) {
  const lang = a.inLanguage ?? 'en';
  return (
    `<div class="root"><article part="card" class="${a.image ? 'card has-media' : 'card'}" aria-labelledby="headline" ` +
    `dir="${RTL.test(lang) ? 'rtl' : 'ltr'}" lang="${esc(lang)}">` +
    photo(a.image) +
    `<div part="body" class="body">` +
    `<h2 part="headline" class="headline" id="headline" dir="auto">` +
    (a.url ? `<a part="headline-link" class="headline-link" href="${esc(a.url)}">${esc(a.headline)}</a>` : esc(a.headline)) +
    `</h2>` +
    (a.description ? `<p part="dek" class="dek" dir="auto">${esc(a.description)}</p>` : '') +
    byline(a) +
    `</div>` +
    related(a.related) +
    `</article></div>`
  );
}
