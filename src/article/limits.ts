/**
 * Limits of the article data model.
 *
 * Cards render untrusted data inside other people's pages, so every list and every string has a cap.
 * The normalizer enforces these caps and reports each one it applies as a problem, so nothing is lost
 * silently:
 *
 * - Text (headline, names, alt, credit, kicker, section, …) keeps at most {@link MAX_TEXT_LENGTH}
 *   UTF-16 code units; `description` and `image.caption` keep {@link MAX_DESCRIPTION_LENGTH}. Longer text is
 *   cut at a character boundary and ends with "…". Elements may clamp text visually with CSS; the
 *   kept text stays in the DOM for assistive technology.
 * - `id` keeps {@link MAX_ID_LENGTH} and `inLanguage` {@link MAX_LANGUAGE_LENGTH}; a longer value is
 *   dropped, because a cut identifier would be a different identifier.
 * - A URL longer than {@link MAX_URL_LENGTH} is dropped.
 * - Only the first {@link MAX_AUTHORS} authors, {@link MAX_RELATED} related stories and
 *   {@link MAX_SOURCES} image sources are read; the rest are ignored with one problem per list.
 * - Image `width`, `height` and source widths are integers from 1 to {@link MAX_IMAGE_DIMENSION}.
 * - A fetched article (`src`) may be at most {@link MAX_RESPONSE_BYTES} bytes.
 *
 * Normalization is linear in the size of its input: a 1 MiB headline or 10,000 related stories cost
 * one pass over the data, never a quadratic one.
 */

/** Longest kept text, in UTF-16 code units, for headlines, names, alt text, credits and labels. */
export const MAX_TEXT_LENGTH = 2000;

/** Longest kept `headline`, `alternativeHeadline` and related-story headline. */
export const MAX_HEADLINE_LENGTH = MAX_TEXT_LENGTH;

/** Longest kept `description` (the dek) and `image.caption`. */
export const MAX_DESCRIPTION_LENGTH = 5000;

/** Longest accepted `id`; a longer one is dropped rather than cut. */
export const MAX_ID_LENGTH = 256;

/** Longest accepted `inLanguage` tag. */
export const MAX_LANGUAGE_LENGTH = 35;

/** Longest accepted URL; a longer one is dropped. */
export const MAX_URL_LENGTH = 8192;

/** Most authors kept. */
export const MAX_AUTHORS = 20;

/** Most related stories kept (`<news-related limit>` can show fewer). */
export const MAX_RELATED = 20;

/** Most `image.sources` (srcset candidates) kept. */
export const MAX_SOURCES = 20;

/** Largest image `width`/`height` or source width, in CSS pixels. */
export const MAX_IMAGE_DIMENSION = 100_000;

/** Largest response body accepted from `src`, in bytes (1 MiB). */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
