/**
 * WordPress REST API v2 post (`/wp-json/wp/v2/posts/<id>?_embed`, or the first post of a
 * `/posts?_embed` list) → canonical article.
 *
 * - `title.rendered` and `excerpt.rendered` are HTML: converted to plain text without a parser.
 *   The " […]" WordPress appends to automatic excerpts becomes "…".
 * - `date_gmt` / `modified_gmt` are UTC written without an offset, so `Z` is appended. Only when they
 *   are missing (some drafts) are `date` / `modified` used: those are the site's local time with no
 *   offset, which names no instant, so only their calendar date is kept, with a problem.
 * - Authors come from `_embedded.author`, the picture from `_embedded['wp:featuredmedia'][0]` (its
 *   caption's inline credit split off; `media_details.image_meta.credit` otherwise), the kicker from the
 *   first category in `_embedded['wp:term']` (the default "Uncategorized" is skipped).
 *   `media_details.sizes` become `sources`, leaving out hard crops of another aspect ratio, as WordPress does.
 * - A post does not name its site, so there is no publisher, unless Yoast SEO's `yoast_head_json` is
 *   present: its `og_site_name` and `og_locale` give the publisher name and the language.
 * - A WordPress error object (`{ code, message, data: { status } }`) gives no article and a problem.
 */
import { htmlToText, splitCredit } from '../html-text.js';
import { adapter, date, first, isRec, list, NO_OFFSET, num, parseJson, rec, report, srcsetOf, str, text, url, type Rec } from './shared.js';

/** `{ rendered: "<p>…</p>" }` (or a plain string) as plain text. */
const rendered = (value: unknown): string | undefined => htmlToText(str(isRec(value) ? value.rendered : value) ?? '') || undefined;

/** A WordPress error object, as the API returns for a missing post or a private author. */
function wpError(value: unknown): string | undefined {
  if (isRec(value) && typeof value.code == 'string' && value.id === undefined) {
    const status = num(rec(value.data).status);
    return `WordPress error ${value.code}${status ? ` (${status})` : ''}: ${str(value.message) ?? ''}`;
  }
  return undefined;
}

const MEDIA = "_embedded['wp:featuredmedia'][0]";

/** Converts a WordPress REST v2 post (fetched with `_embed`), or its JSON text, to an article. */
export const fromWordPress = adapter((input, problems) => {
  const post = first(parseJson(input, problems));
  const error = wpError(post);
  if (error || !isRec(post)) return error ?? 'Expected a WordPress post';
  const embedded = rec(post._embedded);
  if (!isRec(post._embedded) && (post.author !== undefined || num(post.featured_media))) {
    report(problems, '_embedded', 'Missing: fetch the post with ?_embed');
  }
  const readDate = (gmt: string, local: string) => {
    const utc = str(post[gmt]);
    // Some drafts have no GMT date: the local one keeps its calendar date only (see `date`).
    return utc ? (NO_OFFSET.test(utc) ? `${utc}Z` : utc) : date(post[local] ?? post[gmt], post[local] === undefined ? gmt : local, problems);
  };

  // The featured image, with its sizes as srcset candidates.
  const media = list(embedded['wp:featuredmedia'])[0];
  let image: unknown;
  const mediaError = wpError(media);
  if (mediaError) report(problems, MEDIA, mediaError);
  else if (isRec(media) && media.media_type !== undefined && media.media_type != 'image') {
    report(problems, `${MEDIA}.media_type`, 'Not an image: dropped');
  } else if (isRec(media)) {
    const src = url(media.source_url, `${MEDIA}.source_url`, problems);
    const details = rec(media.media_details);
    const sizes = rec(details.sizes);
    const picture = { url: src as string, width: num(details.width), height: num(details.height) };
    const split = splitCredit(rendered(media.caption) ?? '');
    image = src && {
      ...picture,
      alt: text(media.alt_text),
      caption: split.caption,
      creditText: split.credit ?? text(rec(details.image_meta).credit),
      // Like WordPress's own srcset: hard crops (the square thumbnail) are other pictures.
      sources: srcsetOf(
        picture,
        Object.keys(sizes).flatMap((name) => {
          const size = rec(sizes[name]);
          const sizeUrl = url(size.source_url, `${MEDIA}.media_details.sizes.${name}.source_url`, problems);
          return sizeUrl ? [{ url: sizeUrl, width: num(size.width), height: num(size.height) }] : [];
        }),
      ),
    };
  }

  // The first category of `_embedded['wp:term']` (a list of lists, one per taxonomy).
  const term = list(embedded['wp:term'])
    .flatMap(list)
    .find((t) => isRec(t) && t.taxonomy == 'category' && t.slug != 'uncategorized' && text(t.name)) as Rec | undefined;
  const yoast = rec(post.yoast_head_json);

  return {
    id: str(post.id),
    url: url(post.link, 'link', problems),
    inLanguage: str(yoast.og_locale),
    headline: rendered(post.title),
    kicker: term && { text: text(term.name), url: url(term.link, "_embedded['wp:term'].link", problems) },
    articleSection: term && text(term.name),
    description: rendered(post.excerpt)?.replace(/\s*\[…\]$/, '…'),
    author: list(embedded.author).flatMap((author, i) => {
      const path = `_embedded.author[${i}]`;
      const name = isRec(author) && text(author.name);
      return name
        ? [{ name, url: url((author as Rec).link, `${path}.link`, problems, true) }]
        : (report(problems, path, wpError(author) ?? 'Has no name: dropped') ?? []);
    }),
    publisher: text(yoast.og_site_name),
    datePublished: readDate('date_gmt', 'date'),
    dateModified: readDate('modified_gmt', 'modified'),
    image,
  };
});
