// Entry of the CDN file dist/news-card-list.bundle.js (Lit included, minified): registers <news-card-list> and
// <news-card>, and exports their classes and normalizeArticle, for pages with no build step. The feed reader
// is not in it: the list loads news-card.feed.js, from beside this file, when a feed arrives.
import './news-card-list.js';

export { NewsCardList } from './elements/news-card-list/news-card-list.js';
export { NewsCard } from './elements/news-card/news-card.js';
export { normalizeArticle } from './article/normalize.js';
