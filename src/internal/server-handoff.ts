/**
 * Server rendering normalizes each article once: `news-card/ssr` writes the normalized article into
 * the `article` attribute as JSON and leaves the article itself here, under that JSON, while the
 * card renders. The element on the server then takes the article instead of parsing and normalizing
 * the attribute again. Browsers never fill it.
 */
export const normalizedOnServer = new Map<string, unknown>();
