// Entry of the CDN file dist/news-card.bundle.js (Lit included, minified; see docs/decisions/002-one-bundle.md
// and 007-bundle-split-and-budgets.md). It registers all five elements and exports everything the package
// root exports, so a page with no build step can use the classes and normalizeArticle too.
//
// It carries no hydration support: pages with server-rendered cards load dist/news-card.hydrate.bundle.js.
// The five elements of the card, not define.js: the list is not in this file (it has its own bundle).
import './news-card.js';
import './news-headline.js';
import './news-byline.js';
import './news-photo.js';
import './news-related.js';

// Everything the package root exports except the extraction engine (articleFromDocument, articleFromHtml):
// that is dist/news-card.extract.js, which the card loads on demand. Keep this list in step with src/index.ts.
export { NewsCard, NewsHeadline, NewsByline, NewsPhoto, NewsRelated, normalizeArticle, fromJsonLd, fromWordPress, fromOpenGraph } from './index.js';
export type * from './index.js';
