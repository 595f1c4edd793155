/**
 * Loads the page reader (page-reader.ts, with the extraction engine) when a `src` answers with an HTML
 * page, and only then: neither is on the elements' path. Here it is a dynamic import, which bundlers
 * split into a chunk of its own. The CDN bundles, which are single files, are built with
 * `extract-loader.cdn.ts` in place of this module (vite.config.ts): it loads `news-card.extract.js`, which
 * holds the reader, from beside the bundle.
 */
export type PageReader = typeof import('./page-reader.js');

export const loadPageReader = (): Promise<PageReader> => import('./page-reader.js');
