/**
 * Vite configuration.
 *
 * Two production builds are selected by mode (scripts/build.mjs runs both; see docs/decisions/002-one-bundle.md):
 *   vite build --mode lib      ES modules for npm consumers: one file per source module under dist/,
 *                              Lit, React and the @lit-labs packages external, not minified.
 *   vite build --mode bundle   dist/news-card.bundle.js: one minified ES module for CDN use, Lit included.
 *   vite build --mode hydrate-bundle
 *                              dist/news-card.hydrate.bundle.js: the same plus Lit's hydration support, for
 *                              pages with server-rendered cards.
 *
 * Both minify the CSS inside Lit's css`…` templates (scripts/vite-minify-css.ts): the stylesheets ship
 * without their indentation, line breaks and comments.
 *
 * Any other mode (Storybook, `vite` dev server, tests) gets the plain defaults: nothing here may change
 * how Storybook builds the catalog.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { minifyLitCss } from './scripts/vite-minify-css.js';

/** Each public entry point of the package, keyed by its path under dist/ without `.js`. */
export const entries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'news-card': 'src/news-card.ts',
  'news-headline': 'src/news-headline.ts',
  'news-byline': 'src/news-byline.ts',
  'news-photo': 'src/news-photo.ts',
  'news-related': 'src/news-related.ts',
  'news-card-list': 'src/news-card-list.ts',
  'ssr/index': 'src/ssr/index.ts',
  // The `news-card` command (package.json "bin"), for Node.
  cli: 'src/cli.ts',
  'react/index': 'src/react/index.ts',
  'feed/index': 'src/feed/index.ts',
  'feed/node': 'src/feed/node.ts',
  'extract/index': 'src/extract/index.ts',
  'extract/node': 'src/extract/node.ts',
  'index.node': 'src/index.node.ts',
};

/** Left to the consumer's resolver: Lit (one copy per page), React, the server/hydration helpers, saxes (Node's feed parser) and parse5 (Node's HTML parser). */
const external = /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom|saxes|parse5)(\/.*)?$|^node:/;

const library: UserConfig = {
  plugins: [minifyLitCss()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    sourcemap: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id) => external.test(id),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // The compiler's decorator helper lands beside our internals instead of under a versioned _virtual/ path.
        entryFileNames: ({ name }) => `${name.replace(/^_virtual\/.*\/helpers\/esm\//, 'internal/helpers/')}.js`,
      },
    },
  },
};

/** A CDN bundle: one minified ES module with Lit included, written as dist/<name>.js from `input`. */
const bundle = (name: string, input: string): UserConfig => ({
  plugins: [minifyLitCss()],
  resolve: {
    // Lit's production build, whatever NODE_ENV the caller has.
    conditions: ['module', 'browser', 'production'],
    // A single file cannot split the extraction engine off: it loads news-card.extract.js from beside itself.
    alias: [{ find: /^.*\/extract-loader\.js$/, replacement: fileURLToPath(new URL('./src/internal/extract-loader.cdn.ts', import.meta.url)) }],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    modulePreload: false,
    minify: true,
    sourcemap: false,
    rolldownOptions: {
      input: { [name]: input },
      // Keep every export of the entry: pages without a build step import the classes and functions.
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        codeSplitting: false,
        // Lit's licence is named in the banner (added after minification); every other comment goes.
        comments: false,
        postBanner: `/*! news-card ${pkg.version} | MIT | includes Lit (BSD-3-Clause, Google LLC) */`,
      },
    },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === 'lib') return library;
  if (mode === 'bundle') return bundle('news-card.bundle', 'src/bundle.ts');
  if (mode === 'hydrate-bundle') return bundle('news-card.hydrate.bundle', 'src/hydrate-bundle.ts');
  if (mode === 'extract') {
    // The extraction engine for browsers (DOMParser; no Lit, no Node parser), loaded on demand by the bundles,
    // with the page reader that <news-card src> uses (src/internal/page-reader.ts passes the engine's API on).
    const config = bundle('news-card.extract', 'src/internal/page-reader.ts');
    Object.assign(config.build?.rolldownOptions?.output as object, { postBanner: `/*! news-card ${pkg.version} | MIT */` });
    return config;
  }
  if (mode === 'list-bundle') {
    // A single file cannot split the feed reader off: it loads news-card.feed.js from beside itself.
    const config = bundle('news-card-list.bundle', 'src/list-bundle.ts');
    const feedLoader = { find: /^.*\/feed-loader\.js$/, replacement: new URL('./src/elements/news-card-list/feed-loader.cdn.ts', import.meta.url).pathname };
    config.resolve = { ...config.resolve, alias: [...((config.resolve?.alias as []) ?? []), feedLoader] };
    return config;
  }
  if (mode === 'feed') {
    // fromFeed for browsers (DOMParser; no Lit, no Node parser), loaded on demand by the list bundle.
    const config = bundle('news-card.feed', 'src/feed/index.ts');
    Object.assign(config.build?.rolldownOptions?.output as object, { postBanner: `/*! news-card ${pkg.version} | MIT */` });
    return config;
  }
  return {};
});
