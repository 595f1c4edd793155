// Entry of the CDN file dist/news-card.bundle.js (Lit included, minified; see docs/decisions/002-one-bundle.md).
// It registers all five elements and exports everything the package root exports, so a page with no
// build step can use the classes and normalizeArticle too.
//
// Hydration support must run before Lit's LitElement module: it lets elements that arrive with a
// server-rendered declarative shadow root (news-card/ssr) adopt that DOM instead of rendering again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';

export * from './index.js';
