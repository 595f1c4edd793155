/**
 * `@lit-labs/ssr`, the optional peer dependency that server rendering needs, loaded so that its absence
 * ends in an error that says what to install, instead of Node's bare `ERR_MODULE_NOT_FOUND`.
 */

/** The message of the error thrown when `@lit-labs/ssr` is not installed. */
export const MISSING_SSR =
  'news-card/ssr needs the package @lit-labs/ssr, an optional peer dependency of news-card that is not installed. ' +
  'Install it beside news-card: npm install news-card @lit-labs/ssr';

/** True when `error` is Node's failure to find `@lit-labs/ssr` itself (not a module missing inside it). */
export const isMissingSsr = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === 'ERR_MODULE_NOT_FOUND' &&
  /Cannot find (package|module) '[^']*@lit-labs\/ssr(\/[^']*)?'/.test(String((error as Error).message));

/**
 * Imports the three modules of `@lit-labs/ssr` that server rendering uses. Rejects with {@link MISSING_SSR}
 * (an `Error` with `code: 'ERR_MODULE_NOT_FOUND'` and Node's error as its `cause`) when the package is not
 * installed; any other failure passes through unchanged.
 */
export async function loadSsr() {
  try {
    return await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('@lit-labs/ssr/lib/render-result-readable.js'),
    ]);
  } catch (error) {
    if (!isMissingSsr(error)) throw error;
    throw Object.assign(new Error(MISSING_SSR, { cause: error }), { code: 'ERR_MODULE_NOT_FOUND' });
  }
}
