// The package root: classes, the data model and its adapters. No side effects: importing this registers nothing.
export { NewsCard } from './elements/news-card/news-card.js';
export { NewsHeadline } from './elements/news-headline/news-headline.js';
export { NewsByline } from './elements/news-byline/news-byline.js';
export { NewsPhoto } from './elements/news-photo/news-photo.js';
export { NewsRelated } from './elements/news-related/news-related.js';
export { normalizeArticle } from './article/normalize.js';
export { fromJsonLd } from './article/adapters/json-ld.js';
export { fromWordPress } from './article/adapters/wordpress.js';
export { fromOpenGraph } from './article/adapters/open-graph.js';
// Reading whole pages. In Node the root resolves to index.node.ts, whose articleFromHtml parses with parse5.
export { articleFromDocument, articleFromHtml } from './extract/index.js';
export type { ArticleFromDocumentOptions, ArticleFromHtmlOptions } from './extract/index.js';
export * from './article/types.js';
export type * from './types/events.js';
export type * from './types/article-data.js';
export type { Layout, Theme } from './elements/news-card/news-card.js';
export type { Aspect } from './internal/templates/photo.js';
export type { TimeStyle } from './internal/format.js';
export type { HeadingLevel } from './internal/templates/context.js';
export type { Messages } from './internal/messages.js';
