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
import { adapter, date, expected, fail, figure, first, isRec, list, NO_OFFSET, num, prop, rec, report, str, text, url, type Reader, type Rec } from './shared.js';

/** `{ rendered: "<p>…</p>" }` (or a plain string) as plain text. */
const rendered = (value: unknown): string | undefined => text(prop(value, 'rendered'));

/** A WordPress error object, as the API returns for a missing post or a private author. */
const wpError = (value: unknown): string | undefined =>
  isRec(value) && typeof value.code == 'string' && value.id === undefined
    ? `WordPress error ${value.code}${num(rec(value.data).status) ? ` (${num(rec(value.data).status)})` : ''}: ${str(value.message) ?? ''}`
    : undefined;

const MEDIA = "_embedded['wp:featuredmedia'][0]";

/** Reads a WordPress REST v2 post (or a list of posts: the first) as a record in the canonical shape. */
export const readWordPress: Reader = (data, problems) => {
  const post = first(data);
  const error = wpError(post);
  if (error) fail(error);
  if (!isRec(post)) expected('an object', post);
  const embedded = rec(post._embedded);
  if (!isRec(post._embedded) && (post.author !== undefined || num(post.featured_media))) {
    report(problems, '_embedded', 'Missing: fetch the post with ?_embed');
  }
  const readDate = (gmt: string, local: string) => {
    const utc = str(post[gmt]);
    // Some drafts have no GMT date: the local one keeps its calendar date only (see `date`).
    return utc ? (NO_OFFSET.test(utc) ? `${utc}Z` : utc) : date(post[local], local, problems);
  };

  // The featured image, with its sizes as srcset candidates.
  const media = rec(list(embedded['wp:featuredmedia'])[0]);
  let image;
  if ((media.media_type ?? 'image') != 'image') report(problems, `${MEDIA}.media_type`, 'Not an image: dropped');
  else {
    const details = rec(media.media_details);
    // The caption's credit comes before `image_meta.credit`. Like WordPress's own srcset, the sizes
    // leave out hard crops (the square thumbnail): they are other pictures.
    image = figure(
      { url: url(media.source_url, `${MEDIA}.source_url`, problems) as string, width: num(details.width), height: num(details.height) },
      Object.entries(rec(details.sizes)).map(([name, size]) => ({
        url: url(prop(size, 'source_url'), `${MEDIA}.media_details.sizes.${name}.source_url`, problems) as string,
        width: num(prop(size, 'width')),
        height: num(prop(size, 'height')),
      })),
      rendered(media.caption),
      undefined,
      text(rec(details.image_meta).credit),
      text(media.alt_text),
    );
  }

  // The first category of `_embedded['wp:term']` (a list of lists, one per taxonomy).
  const term = list(embedded['wp:term'])
    .flatMap(list)
    .find((t) => isRec(t) && t.taxonomy == 'category' && t.slug != 'uncategorized' && text(t.name)) as Rec | undefined;
  const yoast = rec(post.yoast_head_json);
  const category = term && text(term.name);

  return {
    id: str(post.id),
    url: url(post.link, 'link', problems),
    inLanguage: str(yoast.og_locale),
    headline: rendered(post.title),
    kicker: term && { text: category, url: url(term.link, "_embedded['wp:term'].link", problems) },
    articleSection: category,
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
};

/** Converts a WordPress REST v2 post (fetched with `_embed`), or its JSON text, to an article. */
export const fromWordPress = adapter(readWordPress);
