/**
 * Loads the extraction engine (`src/extract/`) when a `src` answers with an HTML page, and only then:
 * the engine is not on the elements' path. Here it is a dynamic import, which bundlers split into a
 * chunk of its own. The CDN bundles, which are single files, are built with `extract-loader.cdn.ts`
 * in place of this module (vite.config.ts): it loads `news-card.extract.js` from beside the bundle.
 */
export type ExtractModule = typeof import('../extract/index.js');

export const loadExtract = (): Promise<ExtractModule> => import('../extract/index.js');
