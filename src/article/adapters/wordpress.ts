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
import type { NormalizeResult, Problem } from '../types.js';
import {
  date,
  fail,
  finish,
  first,
  guard,
  isRec,
  list,
  num,
  parseJson,
  report,
  srcsetOf,
  str,
  text,
  url,
  type Rec,
  type Rendition,
} from './shared.js';

/** `{ rendered: "<p>…</p>" }` (or a plain string) as plain text. */
function rendered(value: unknown): string | undefined {
  const html = str(isRec(value) ? value.rendered : value);
  return html === undefined ? undefined : htmlToText(html) || undefined;
}

/** A WordPress error object, as the API returns for a missing post or a private author. */
function wpError(value: unknown): string | undefined {
  if (!isRec(value) || typeof value.code !== 'string' || value.id !== undefined) return undefined;
  const status = isRec(value.data) ? num(value.data.status) : undefined;
  return `WordPress error ${value.code}${status ? ` (${status})` : ''}: ${str(value.message) ?? ''}`.trim();
}

// `2021-12-27T00:00:00`: a UTC time written without an offset.
const NO_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;

function readDate(post: Rec, gmt: string, local: string, problems: Problem[]): unknown {
  const utc = str(post[gmt]);
  if (utc !== undefined) return NO_OFFSET.test(utc) ? `${utc}Z` : utc;
  // Some drafts have no GMT date: the local one keeps its calendar date only (see `date`).
  return date(post[local] ?? post[gmt], post[local] === undefined ? gmt : local, problems);
}

function readImage(media: unknown, problems: Problem[]): Rec | undefined {
  const path = "_embedded['wp:featuredmedia'][0]";
  const error = wpError(media);
  if (error !== undefined) return report(problems, path, error);
  if (!isRec(media)) return undefined;
  if (media.media_type !== undefined && media.media_type !== 'image') {
    return report(problems, `${path}.media_type`, 'Not an image: dropped');
  }
  const src = url(media.source_url, `${path}.source_url`, problems);
  if (src === undefined) return undefined;
  const details = isRec(media.media_details) ? media.media_details : {};
  const meta = isRec(details.image_meta) ? details.image_meta : {};
  const sizes = isRec(details.sizes) ? details.sizes : {};
  const picture = { url: src, width: num(details.width), height: num(details.height) };
  const renditions = Object.keys(sizes).flatMap((name): Rendition[] => {
    const size = sizes[name];
    if (!isRec(size)) return [];
    const sourceUrl = url(size.source_url, `${path}.media_details.sizes.${name}.source_url`, problems);
    return sourceUrl === undefined ? [] : [{ url: sourceUrl, width: num(size.width), height: num(size.height) }];
  });
  const split = splitCredit(rendered(media.caption) ?? '');
  return {
    ...picture,
    alt: text(media.alt_text),
    caption: split.caption,
    creditText: split.credit ?? text(meta.credit),
    // Like WordPress's own srcset: hard crops (the square thumbnail) are other pictures.
    sources: srcsetOf(picture, renditions),
  };
}

/** The first category term of `_embedded['wp:term']` (a list of lists, one per taxonomy). */
function readCategory(terms: unknown, problems: Problem[]): Rec | undefined {
  for (const group of list(terms)) {
    for (const term of list(group)) {
      if (!isRec(term) || term.taxonomy !== 'category' || term.slug === 'uncategorized') continue;
      const name = text(term.name);
      if (name === undefined) continue;
      return { text: name, url: url(term.link, "_embedded['wp:term'].link", problems) };
    }
  }
  return undefined;
}

/** Converts a WordPress REST v2 post (fetched with `_embed`), or its JSON text, to an article. */
export function fromWordPress(input: unknown): NormalizeResult {
  return guard('WordPress', () => {
    const problems: Problem[] = [];
    const post = first(parseJson(input, problems));
    const error = wpError(post);
    if (error !== undefined || !isRec(post)) return fail(error ?? 'Expected a WordPress post object', problems);
    const embedded = isRec(post._embedded) ? post._embedded : undefined;
    if (!embedded && (post.author !== undefined || num(post.featured_media))) {
      report(problems, '_embedded', 'Missing: fetch the post with ?_embed to get authors and the image');
    }
    const authors = list(embedded?.author).flatMap((author, i) => {
      const path = `_embedded.author[${i}]`;
      const name = isRec(author) ? text(author.name) : undefined;
      if (name === undefined) {
        report(problems, path, wpError(author) ?? 'Has no name: dropped');
        return [];
      }
      return [{ name, url: url((author as Rec).link, `${path}.link`, problems, true) }];
    });
    const category = readCategory(embedded?.['wp:term'], problems);
    const yoast = isRec(post.yoast_head_json) ? post.yoast_head_json : {};
    const siteName = text(yoast.og_site_name);
    const excerpt = rendered(post.excerpt)?.replace(/\s*\[…\]$/, '…');

    return finish({
      id: str(post.id),
      url: url(post.link, 'link', problems),
      inLanguage: str(yoast.og_locale)?.replace('_', '-'),
      headline: rendered(post.title),
      kicker: category,
      articleSection: category?.text,
      description: excerpt,
      author: authors.length ? authors : undefined,
      publisher: siteName && { name: siteName },
      datePublished: readDate(post, 'date_gmt', 'date', problems),
      dateModified: readDate(post, 'modified_gmt', 'modified', problems),
      image: readImage(list(embedded?.['wp:featuredmedia'])[0], problems),
    }, problems);
  });
}
