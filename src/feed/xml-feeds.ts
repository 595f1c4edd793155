/**
 * RSS 2.0 (and 1.0) and Atom 1.0 items → records in the canonical article shape, for `normalizeArticle`.
 *
 * | Article field | RSS item | Atom entry |
 * | --- | --- | --- |
 * | `headline` | `title` | `title` (text, html or xhtml) |
 * | `url` | `link`, else a permalink `guid` | `link` (`alternate` or no `rel`) |
 * | `id` | `guid`, else the link | `id` |
 * | `description` | `description` (HTML as text) | `summary`, else `content` |
 * | `author` | each `dc:creator`, else `author` (`mail (Name)`) | each `author`'s `name` and `uri` |
 * | `datePublished` | `pubDate` (RFC 822), else `dc:date` | `published`, else `updated` |
 * | `dateModified` | – | `updated` |
 * | `kicker`, `articleSection` | the first `category` | the first `category`'s `label` or `term` |
 * | `image` | see below | see below |
 * | `inLanguage` | the channel's `language`, `dc:language` | `xml:lang` of the entry or the feed |
 * | `publisher` | the channel's `title` and `link` | the feed's `title` and `link` |
 *
 * The image is the first of: a `media:content` picture (also inside `media:group`; its `media:credit`
 * and `media:description` become credit and caption), a `media:thumbnail`, an image `enclosure` (Atom:
 * a `link rel="enclosure"` of an image type), the first `<img>` of `content:encoded` (Atom: `content`),
 * then of the description. Links are resolved against the feed's URL and any `xml:base`.
 */
import { text } from '../article/adapters/shared.js';
import type { Problem } from '../article/types.js';
import { checkUrl } from '../article/url-policy.js';
import { MAX_FEED_ITEMS } from './limits.js';
import { feedDate, firstImage, rebase, resolve } from './shared.js';
import { deepText, kid, kids, kidText, type XmlDocument, type XmlNode } from './xml.js';

/** One item, ready for `normalizeArticle`, and the path its problems are reported under. */
export interface FeedItem {
  path: string;
  record: unknown;
  /** Problems the reader found in the item, at paths inside it. */
  problems: Problem[];
}

export interface FeedRead {
  format: 'rss' | 'atom';
  items: FeedItem[];
}

const isImageType = (type: string | undefined) => !type || /^image\//i.test(type);
const num = (value: string | undefined) => (value && /^\s*\d+\s*$/.test(value) ? +value : undefined);

/** A `media:content` or `media:thumbnail` picture, with the credit and caption written beside it. */
function mediaImage(item: XmlNode, base: string | undefined) {
  const groups = [item, ...kids(item, 'media:group')];
  const contents = groups.flatMap((g) => kids(g, 'media:content'));
  const picture =
    contents.find((c) => c.attrs.url && (c.attrs.medium ? c.attrs.medium === 'image' : isImageType(c.attrs.type))) ??
    groups.flatMap((g) => kids(g, 'media:thumbnail')).find((t) => t.attrs.url);
  if (!picture) return undefined;
  const owner = groups.find((g) => g.kids.includes(picture)) ?? item;
  const credit = kidText(picture, 'media:credit') ?? kidText(owner, 'media:credit');
  const caption = kid(picture, 'media:description') ?? kid(owner, 'media:description');
  return {
    url: resolve(picture.attrs.url, base),
    width: num(picture.attrs.width),
    height: num(picture.attrs.height),
    creditText: text(credit),
    caption: text(caption?.text),
  };
}

/** The item's picture, in the order the table above gives. */
function image(item: XmlNode, base: string | undefined, enclosure: XmlNode | undefined, ...bodies: (string | undefined)[]) {
  const media = mediaImage(item, base);
  if (media) return media;
  const enclosed = enclosure && (enclosure.attrs.url ?? enclosure.attrs.href);
  if (enclosed) return { url: resolve(enclosed, base) };
  for (const body of bodies) {
    const img = firstImage(body);
    if (img) return { url: resolve(img.url, base), alt: img.alt };
  }
  return undefined;
}

/** An RSS `author` (`mail@example.com (Jane Doe)`, or a plain name): the name, never the address. */
function rssAuthor(value: string | undefined): string | undefined {
  const named = /\(([^()]+)\)\s*$/.exec(value ?? '')?.[1];
  return named ?? (value && !value.includes('@') ? value : undefined);
}

/** An Atom text construct (`type` text, html or xhtml) as plain text. */
const atomText = (doc: XmlDocument, node: XmlNode | undefined) =>
  node && (node.attrs.type === 'xhtml' ? deepText(doc, node).replace(/\s+/g, ' ').trim() : node.text);

function readRss(channel: XmlNode, items: XmlNode[], base: string | undefined): FeedItem[] {
  const language = kidText(channel, 'language') ?? kidText(channel, 'dc:language');
  const publisher = kidText(channel, 'title') && {
    name: text(kidText(channel, 'title')),
    url: resolve(kidText(channel, 'link'), base),
  };
  return items.slice(0, MAX_FEED_ITEMS).map((item, i) => {
    const guid = kid(item, 'guid');
    const permalink = guid && guid.attrs.isPermaLink !== 'false' && /^https?:/i.test(guid.text.trim()) ? guid.text : undefined;
    const link = resolve(kidText(item, 'link') ?? permalink, base);
    const description = kidText(item, 'description');
    const creators = kids(item, 'dc:creator').map((c) => c.text);
    const category = text(kidText(item, 'category'));
    const problems: Problem[] = [];
    return {
      path: `item[${i}]`,
      problems,
      record: {
        // Without a guid, the link names the item, once the URL policy accepts it.
        id: guid?.text.trim() || checkUrl(link).url,
        url: link,
        inLanguage: language,
        headline: text(kidText(item, 'title')),
        kicker: category,
        articleSection: category,
        // WordPress ends automatic excerpts with " […]".
        description: text(description)?.replace(/\s*\[(…|\.\.\.)\]$/, '…'),
        author: creators.length ? creators : rssAuthor(kidText(item, 'author')),
        publisher,
        datePublished: feedDate(kidText(item, 'pubDate') ?? kidText(item, 'dc:date'), 'datePublished', problems),
        image: image(
          item,
          base,
          kids(item, 'enclosure').find((e) => e.attrs.url && /^image\//i.test(e.attrs.type ?? '')),
          kidText(item, 'content:encoded'),
          description,
        ),
      },
    };
  });
}

function readAtom(doc: XmlDocument, feed: XmlNode, feedBase: string | undefined): FeedItem[] {
  const alternate = (node: XmlNode) => kids(node, 'atom:link').find((l) => l.attrs.href && (!l.attrs.rel || l.attrs.rel === 'alternate'));
  const base = rebase(feedBase, feed.attrs['xml:base']);
  const publisher = kidText(feed, 'atom:title') && {
    name: text(atomText(doc, kid(feed, 'atom:title'))),
    url: resolve(alternate(feed)?.attrs.href, base),
  };
  return kids(feed, 'atom:entry')
    .slice(0, MAX_FEED_ITEMS)
    .map((entry, i) => {
      const entryBase = rebase(base, entry.attrs['xml:base']);
      const content = kid(entry, 'atom:content');
      const category = kid(entry, 'atom:category');
      const label = text(category?.attrs.label ?? category?.attrs.term);
      const problems: Problem[] = [];
      const updated = feedDate(kidText(entry, 'atom:updated'), 'dateModified', problems);
      return {
        path: `entry[${i}]`,
        problems,
        record: {
          id: kidText(entry, 'atom:id'),
          url: resolve(alternate(entry)?.attrs.href, entryBase),
          inLanguage: entry.attrs['xml:lang'] ?? feed.attrs['xml:lang'],
          headline: text(atomText(doc, kid(entry, 'atom:title'))),
          kicker: label,
          articleSection: label,
          description: text(atomText(doc, kid(entry, 'atom:summary') ?? content)),
          author: kids(entry, 'atom:author').map((a) => ({
            name: text(kidText(a, 'atom:name')),
            url: resolve(kidText(a, 'atom:uri'), entryBase),
          })),
          publisher,
          datePublished: kid(entry, 'atom:published') ? feedDate(kidText(entry, 'atom:published'), 'datePublished', problems) : updated,
          dateModified: updated,
          image: image(
            entry,
            entryBase,
            kids(entry, 'atom:link').find((l) => l.attrs.rel === 'enclosure' && /^image\//i.test(l.attrs.type ?? '')),
            content && content.attrs.type !== 'xhtml' ? content.text : undefined,
          ),
        },
      };
    });
}

/**
 * The items of an RSS or Atom document, or throws the problem (a string) of a document that is
 * neither. `url` is the feed's own URL, for relative links.
 */
export function readXmlFeed(doc: XmlDocument, url: string | undefined): FeedRead {
  const root = doc.kids[0];
  if (root?.name === 'atom:feed') return { format: 'atom', items: readAtom(doc, root, url) };
  if (root?.name === 'rss' || root?.name === 'rdf:RDF') {
    const channel = kid(root, 'channel');
    // RSS 2.0 holds its items in the channel; RSS 1.0 beside it.
    const items = root.name === 'rss' ? kids(channel, 'item') : kids(root, 'item');
    const base = rebase(url, root.attrs['xml:base'] ?? channel?.attrs['xml:base']);
    return { format: 'rss', items: readRss(channel ?? root, items, base) };
  }
  throw `Not an RSS or Atom feed: the root element is <${root?.name ?? 'none'}>`;
}
