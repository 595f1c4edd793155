/**
 * What the `article` property (and `normalizeArticle`, `renderNewsCard`) accept, as types. These are
 * for the editor and the compiler only: at run time every value is still checked by
 * `normalizeArticle`, and anything that fails ends in a problem or the error state, as documented.
 */
import type { Article, ArticleFlags, FocalPoint, ImageSource } from '../article/types.js';

/** An image reference: a URL, or an object with one. */
export type ImageRefInit = string | { url: string };

/** An author: a name, or an object with one. */
export type PersonInit = string | { name: string; url?: string; image?: ImageRefInit; jobTitle?: string };

/** An image: a URL, or an object with one. */
export type ArticleImageInit =
  | string
  | {
      url: string;
      width?: number | string;
      height?: number | string;
      alt?: string;
      decorative?: boolean;
      caption?: string;
      creditText?: string;
      sources?: readonly ImageSource[];
      focalPoint?: FocalPoint;
    };

/**
 * The canonical article as input: the shape of {@link Article}, with the shorter spellings the
 * normalizer also reads (an author or publisher as a name, a kicker as text, an image as a URL, a
 * numeric id). `headline` is required.
 */
export interface ArticleInit {
  headline: string;
  id?: string | number;
  url?: string;
  inLanguage?: string;
  alternativeHeadline?: string;
  kicker?: string | { text: string; url?: string };
  articleSection?: string;
  description?: string;
  author?: PersonInit | readonly PersonInit[];
  publisher?: string | { name: string; url?: string; logo?: ImageRefInit };
  datePublished?: string;
  dateModified?: string;
  image?: ArticleImageInit;
  related?: ReadonlyArray<{ url: string; headline: string; datePublished?: string; image?: ImageRefInit }>;
  flags?: ArticleFlags;
  isAccessibleForFree?: boolean;
}

/**
 * A schema.org JSON-LD node (`NewsArticle`, `Article`, `BlogPosting`, a `WebPage` with `mainEntity`, …)
 * or an SEO plugin's `@graph`. It needs `@type` or `@graph`; the rest is read as JSON-LD.
 */
export type JsonLdNode = ({ '@type': string | readonly string[] } | { '@graph': readonly unknown[] }) & {
  '@context'?: unknown;
  [key: string]: unknown;
};

/** A WordPress REST v2 post (`/wp-json/wp/v2/posts/123?_embed`): `title.rendered` is what makes it one. */
export interface WordPressPost {
  title: { rendered: string };
  link?: string;
  excerpt?: { rendered: string };
  content?: { rendered: string };
  date_gmt?: string;
  modified_gmt?: string;
  _embedded?: Record<string, unknown>;
  [key: string]: unknown;
}

/** An Open Graph record: meta `property` → `content`, as read from a page's `<meta>` tags. */
export interface OpenGraphRecord {
  'og:title': string;
  [property: string]: string | undefined;
}

/**
 * Article data in any format the elements read: the canonical {@link Article} (or its shorter input
 * spellings, {@link ArticleInit}), a schema.org JSON-LD node or an array of them, a WordPress REST post,
 * an Open Graph record, or any of these as a JSON string. `null` or `undefined` means none.
 */
export type ArticleData = Article | ArticleInit | JsonLdNode | readonly JsonLdNode[] | WordPressPost | OpenGraphRecord | string;
