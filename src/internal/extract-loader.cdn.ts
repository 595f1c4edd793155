/**
 * `extract-loader.ts` as built into the CDN bundles (vite.config.ts puts this module in its place):
 * the extraction engine is the file `news-card.extract.js` beside the bundle, loaded on demand,
 * relative to the bundle's own URL wherever the page loads it from.
 */
import type { ExtractModule } from './extract-loader.js';

export type { ExtractModule };

export const loadExtract = (): Promise<ExtractModule> =>
  import(/* @vite-ignore */ new URL(/* @vite-ignore */ './news-card.extract.js', import.meta.url).href) as Promise<ExtractModule>;
