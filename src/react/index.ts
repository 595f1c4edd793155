/**
 * React components for the six elements (`news-card/react`), made with `@lit/react`.
 *
 * Importing this module registers the elements. Props set element properties (`article`,
 * `headingLevel`, `layout`, …), and the `on…` props listen to the elements' events with typed
 * `CustomEvent`s:
 *
 * ```tsx
 * import { NewsCard } from 'news-card/react';
 * <NewsCard article={article} headingLevel={3} onNewsCardClick={(e) => track(e.detail.url)} />
 * ```
 *
 * For React 18 and 19. Under React's server rendering the elements' tags are written without their
 * content, which appears when the elements upgrade in the browser; `news-card/ssr` writes complete
 * card markup instead.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { NewsCardErrorDetail, NewsCardLoadDetail } from '../internal/article-element.js';
import type { NewsCardClickDetail, NewsCardImpressionDetail } from '../elements/news-card/news-card.js';
import { NewsCard as NewsCardElement } from '../news-card.js';
import { NewsHeadline as NewsHeadlineElement } from '../news-headline.js';
import { NewsByline as NewsBylineElement } from '../news-byline.js';
import { NewsPhoto as NewsPhotoElement } from '../news-photo.js';
import { NewsRelated as NewsRelatedElement } from '../news-related.js';
import { NewsCardList as NewsCardListElement } from '../news-card-list.js';
import type { NewsCardListLoadDetail } from '../elements/news-card-list/news-card-list.js';

export type { NewsCardClickDetail, NewsCardErrorDetail, NewsCardImpressionDetail, NewsCardLoadDetail };

/** Every element reports bad input. */
const partEvents = {
  onNewsCardError: 'news-card-error' as EventName<CustomEvent<NewsCardErrorDetail>>,
};

/** `<news-card>` also reports a fetched article, clicks on its links (cancelable) and one impression. */
const cardEvents = {
  ...partEvents,
  onNewsCardLoad: 'news-card-load' as EventName<CustomEvent<NewsCardLoadDetail>>,
  onNewsCardClick: 'news-card-click' as EventName<CustomEvent<NewsCardClickDetail>>,
  onNewsCardImpression: 'news-card-impression' as EventName<CustomEvent<NewsCardImpressionDetail>>,
};

/** `<news-card>`: the whole card. Events: `onNewsCardError`, `onNewsCardLoad`, `onNewsCardClick`, `onNewsCardImpression`. */
export const NewsCard = createComponent({
  react: React,
  tagName: 'news-card',
  elementClass: NewsCardElement,
  events: cardEvents,
  displayName: 'NewsCard',
});

/** `<news-headline>`. Events: `onNewsCardError`. */
export const NewsHeadline = createComponent({
  react: React,
  tagName: 'news-headline',
  elementClass: NewsHeadlineElement,
  events: partEvents,
  displayName: 'NewsHeadline',
});

/** `<news-byline>`. Events: `onNewsCardError`. */
export const NewsByline = createComponent({
  react: React,
  tagName: 'news-byline',
  elementClass: NewsBylineElement,
  events: partEvents,
  displayName: 'NewsByline',
});

/** `<news-photo>`. Events: `onNewsCardError`. */
export const NewsPhoto = createComponent({
  react: React,
  tagName: 'news-photo',
  elementClass: NewsPhotoElement,
  events: partEvents,
  displayName: 'NewsPhoto',
});

/** `<news-related>`. Events: `onNewsCardError`. */
export const NewsRelated = createComponent({
  react: React,
  tagName: 'news-related',
  elementClass: NewsRelatedElement,
  events: partEvents,
  displayName: 'NewsRelated',
});

/**
 * `<news-card-list>`: a list, grid or rail of cards from `articles`, a `src` feed or child cards. Events:
 * `onNewsCardListLoad`, `onNewsCardError`, and its cards' `onNewsCardClick` and `onNewsCardImpression`
 * (they bubble out of the list, with the card's `position`).
 */
export const NewsCardList = createComponent({
  react: React,
  tagName: 'news-card-list',
  elementClass: NewsCardListElement,
  events: {
    ...partEvents,
    onNewsCardListLoad: 'news-card-list-load' as EventName<CustomEvent<NewsCardListLoadDetail>>,
    onNewsCardClick: 'news-card-click' as EventName<CustomEvent<NewsCardClickDetail>>,
    onNewsCardImpression: 'news-card-impression' as EventName<CustomEvent<NewsCardImpressionDetail>>,
  },
  displayName: 'NewsCardList',
});
