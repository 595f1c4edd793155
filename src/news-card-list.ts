// Registers <news-card-list> and <news-card>, and re-exports the list's class.
import './elements/news-card-list/news-card-list.define.js';
export { NewsCardList } from './elements/news-card-list/news-card-list.js';
export type { ListLayout } from './elements/news-card-list/list-items.js';
export type { NewsCardListLoadDetail, NewsCardListLoadEvent } from './elements/news-card-list/news-card-list.js';
