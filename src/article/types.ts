/**
 * The canonical article shape. Names follow schema.org where it has one.
 * Every value here has passed `normalizeArticle`: strings are trimmed and non-empty,
 * URLs have passed the URL policy, dates are valid ISO 8601 strings.
 */
export interface Article {
  /** Stable identifier, used in analytics events. */
  id?: string;
  /** Canonical URL of the article (http, https or relative). */
  url?: string;
  /** BCP 47 language tag of the article text, e.g. `en` or `ar`. */
  inLanguage?: string;
  /** The headline. Required: an article without one is an error. */
  headline: string;
  alternativeHeadline?: string;
  /** A short label above the headline, e.g. a section name. */
  kicker?: Kicker;
  articleSection?: string;
  /** The dek / standfirst. */
  description?: string;
  author?: Person[];
  publisher?: Organization;
  /** ISO 8601 date-time. */
  datePublished?: string;
  /** ISO 8601 date-time. */
  dateModified?: string;
  image?: ArticleImage;
  related?: RelatedStory[];
  flags?: ArticleFlags;
  /** schema.org `isAccessibleForFree`, kept when a source states it. */
  isAccessibleForFree?: boolean;
}

export interface Kicker {
  text: string;
  url?: string;
}

export interface Person {
  name: string;
  /** http, https, relative or mailto. */
  url?: string;
  image?: string;
  jobTitle?: string;
}

export interface Organization {
  name: string;
  url?: string;
  logo?: string;
}

export interface ImageSource {
  url: string;
  /** Intrinsic width in CSS pixels, used for the `srcset` `w` descriptor. */
  width: number;
}

export interface FocalPoint {
  /** 0–1 from the left edge. */
  x: number;
  /** 0–1 from the top edge. */
  y: number;
}

export interface ArticleImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
  /** The image adds nothing the text does not say: render `alt=""`. */
  decorative?: boolean;
  caption?: string;
  creditText?: string;
  sources?: ImageSource[];
  focalPoint?: FocalPoint;
}

export interface RelatedStory {
  url: string;
  headline: string;
  datePublished?: string;
  image?: string;
}

export interface ArticleFlags {
  live?: boolean;
  breaking?: boolean;
  sponsored?: boolean;
  opinion?: boolean;
}

/** One thing the normalizer dropped or could not use. `path` is a JSON path such as `image.url` or `author[1].name`. */
export interface Problem {
  path: string;
  message: string;
}

export interface NormalizeResult {
  /** The canonical article, or `null` when the input has no usable headline. */
  article: Article | null;
  problems: Problem[];
}

/** The formats `normalizeArticle` recognises. */
export type ArticleFormat = 'canonical' | 'json-ld' | 'wordpress' | 'open-graph';
