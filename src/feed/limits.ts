/**
 * Limits of `fromFeed`. A feed is untrusted input read in the page's main thread, so its size and the
 * work spent on it are bounded; each cap that applies is reported as a problem.
 */

/** Longest feed text read, in UTF-16 code units (4 Mi). Longer text is not parsed at all. */
export const MAX_FEED_LENGTH = 4 * 1024 * 1024;

/** Most items (RSS `item`, Atom `entry`, JSON Feed `items`, array entries) read from one feed. */
export const MAX_FEED_ITEMS = 1000;

/** Largest feed body the list element fetches from `src`, in bytes (4 MiB). */
export const MAX_FEED_BYTES = 4 * 1024 * 1024;
