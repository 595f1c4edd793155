// Entry of dist/news-card.hydrate.bundle.js: the CDN bundle plus Lit's hydration support, for pages whose
// cards were rendered on the server (news-card/ssr). Load it instead of news-card.bundle.js, not beside it.
//
// Hydration support must run before Lit's LitElement module: it lets elements that arrive with a
// server-rendered declarative shadow root adopt that DOM instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
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
