/**
 * JSX types for the raw tags (`news-card/jsx`), types only: nothing to import at run time.
 *
 * React 19 renders custom elements directly: `<news-card article={article} heading-level="3">`. It sets
 * `article` and `messages` as properties (the element has them), other attributes as attributes, and
 * listens to `onnews-card-click`-style props as the `news-card-click` event. It sets a property only on a
 * defined element: import `news-card/define.js` before the first render. Bring these types in once:
 *
 * ```ts
 * import type {} from 'news-card/jsx';
 * ```
 *
 * The `NewsCard` … wrappers of `news-card/react` need none of this (and work in React 18).
 */
import type { ArticleData, PersonInit } from './article-data.js';
import type { NewsCardClickEvent, NewsCardErrorEvent, NewsCardImpressionEvent, NewsCardLoadEvent } from './events.js';
import type { Layout, NewsCard, Theme } from '../elements/news-card/news-card.js';
import type { NewsHeadline } from '../elements/news-headline/news-headline.js';
import type { NewsByline } from '../elements/news-byline/news-byline.js';
import type { NewsPhoto } from '../elements/news-photo/news-photo.js';
import type { NewsRelated, RelatedItemInput } from '../elements/news-related/news-related.js';
import type { Aspect } from '../internal/templates/photo.js';
import type { HeadingLevel } from '../internal/templates/context.js';
import type { TimeStyle } from '../internal/format.js';
import type { Messages } from '../internal/messages.js';
import type * as React from 'react';

/** A number written as an attribute: the number itself or its text. */
type Numeric<N extends number = number> = N | `${N}`;

/** What every element takes. */
export interface NewsElementAttributes {
  /** The article, in any supported format, or its JSON string. Set as a property in React 19. */
  article?: ArticleData | null;
  /** Overrides for the built-in labels. Set as a property in React 19. */
  messages?: Partial<Messages>;
  'heading-level'?: Numeric<HeadingLevel>;
  locale?: string;
  'time-style'?: TimeStyle;
  theme?: Theme;
  /** `news-card-error`: bad input or a failed fetch. */
  'onnews-card-error'?: (event: NewsCardErrorEvent) => void;
}

/** `<news-card>`'s own attributes and events. */
export interface NewsCardAttributes extends NewsElementAttributes {
  src?: string;
  timeout?: Numeric;
  credentials?: RequestCredentials;
  layout?: Layout;
  aspect?: Aspect;
  position?: Numeric;
  'onnews-card-load'?: (event: NewsCardLoadEvent) => void;
  'onnews-card-click'?: (event: NewsCardClickEvent) => void;
  'onnews-card-impression'?: (event: NewsCardImpressionEvent) => void;
}

export interface NewsHeadlineAttributes extends NewsElementAttributes {
  headline?: string;
  url?: string;
  kicker?: string;
}

export interface NewsBylineAttributes extends NewsElementAttributes {
  authors?: PersonInit | PersonInit[];
  publisher?: string;
  'date-published'?: string;
  'date-modified'?: string;
}

export interface NewsPhotoAttributes extends NewsElementAttributes {
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: Numeric;
  height?: Numeric;
  decorative?: boolean;
  aspect?: Aspect;
}

export interface NewsRelatedAttributes extends NewsElementAttributes {
  /** The related stories, without an article. Set as a property in React 19. */
  items?: RelatedItemInput[];
  limit?: Numeric;
}

/** Each tag with its element class and its attributes. */
export interface NewsCardTags {
  'news-card': [NewsCard, NewsCardAttributes];
  'news-headline': [NewsHeadline, NewsHeadlineAttributes];
  'news-byline': [NewsByline, NewsBylineAttributes];
  'news-photo': [NewsPhoto, NewsPhotoAttributes];
  'news-related': [NewsRelated, NewsRelatedAttributes];
}

/** React's props for a tag: its HTML attributes, `ref`, `key` and `children`, plus the tag's own. */
type ReactProps<T extends keyof NewsCardTags> = React.DetailedHTMLProps<React.HTMLAttributes<NewsCardTags[T][0]>, NewsCardTags[T][0]> &
  NewsCardTags[T][1];

/** The five tags, for `JSX.IntrinsicElements`. */
export type NewsCardIntrinsicElements = { [T in keyof NewsCardTags]: ReactProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsCardIntrinsicElements {}
  }
}
