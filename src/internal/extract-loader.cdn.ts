/**
 * `extract-loader.ts` as built into the CDN bundles (vite.config.ts puts this module in its place): the page
 * reader and the extraction engine are the file `news-card.extract.js` beside the bundle, loaded on demand.
 * A relative specifier in `import()` resolves against the importing module's own URL, here the bundle's,
 * wherever the page loads it from (as `new URL('./news-card.extract.js', import.meta.url)` would).
 */
import type { PageReader } from './extract-loader.js';

export type { PageReader };

// Not a literal, so that the build leaves it for the browser to resolve.
const file = './news-card.extract.js';

export const loadPageReader = (): Promise<PageReader> => import(/* @vite-ignore */ file) as Promise<PageReader>;
