import { css } from 'lit';

/**
 * The theming API. Public custom properties (`--news-*`) are read exactly once, here at `:host`,
 * into private ones (`--_*`); every other rule uses only the private ones. Themes set the public
 * tier; the internals can change without breaking them.
 *
 * Global tokens: `--news-font-*`, `--news-color-*`, `--news-space-*`, `--news-radius`.
 * Part tokens: `--news-headline-*`, `--news-kicker-*`, `--news-byline-*`, `--news-photo-*`,
 * `--news-caption-*`, `--news-related-*`. Card tokens live in the card's own styles.
 *
 * Default colours are a light theme; every text colour meets WCAG AA (4.5:1) on the default surface.
 */
export const tokens = css`
  :host {
    --_font-sans: var(
      --news-font-sans,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_font-serif: var(
      --news-font-serif,
      Charter,
      'Bitstream Charter',
      'Sitka Text',
      Cambria,
      'Noto Serif',
      Georgia,
      serif
    );
    --_font-headline: var(--news-font-headline, var(--_font-serif));
    --_font-size-xs: var(--news-font-size-xs, 0.75rem);
    --_font-size-s: var(--news-font-size-s, 0.8125rem);
    --_font-size-m: var(--news-font-size-m, 1rem);
    --_font-size-l: var(--news-font-size-l, 1.375rem);
    --_line-height: var(--news-line-height, 1.45);

    --_color-text: var(--news-color-text, #15171b);
    --_color-text-secondary: var(--news-color-text-secondary, #3a3f47);
    --_color-muted: var(--news-color-muted, #585e68);
    --_color-accent: var(--news-color-accent, #b0141b);
    --_color-surface: var(--news-color-surface, #ffffff);
    --_color-border: var(--news-color-border, #dfe2e6);
    --_color-placeholder: var(--news-color-placeholder, #e9ebee);
    --_color-focus: var(--news-color-focus, #0b57d0);
    --_color-live: var(--news-color-live, #c0131a);
    --_color-on-live: var(--news-color-on-live, #ffffff);

    --_space-xs: var(--news-space-xs, 0.25rem);
    --_space-s: var(--news-space-s, 0.5rem);
    --_space-m: var(--news-space-m, 0.75rem);
    --_space-l: var(--news-space-l, 1rem);
    --_space-xl: var(--news-space-xl, 1.5rem);
    --_radius: var(--news-radius, 0.5rem);

    --_headline-font: var(--news-headline-font, var(--_font-headline));
    --_headline-size: var(--news-headline-font-size, var(--_font-size-l));
    --_headline-weight: var(--news-headline-font-weight, 700);
    --_headline-color: var(--news-headline-color, var(--_color-text));
    --_kicker-color: var(--news-kicker-color, var(--_color-accent));
    --_byline-color: var(--news-byline-color, var(--_color-muted));
    --_caption-color: var(--news-caption-color, var(--_color-muted));
    --_photo-placeholder: var(--news-photo-placeholder, var(--_color-placeholder));
    --_photo-radius: var(--news-photo-radius, 0);
    --_aspect: var(--news-photo-aspect, 16 / 9);
    --_related-color: var(--news-related-color, var(--_color-text));

    display: block;
    color: var(--_color-text);
    font-family: var(--_font-sans);
    font-size: var(--_font-size-m);
    line-height: var(--_line-height);
  }

  :host([hidden]) {
    display: none;
  }

  /* The aspect attribute picks the ratio the media box reserves; any other value keeps 16/9. */
  :host([aspect='16/9']) {
    --_aspect: 16 / 9;
  }
  :host([aspect='4/3']) {
    --_aspect: 4 / 3;
  }
  :host([aspect='1/1']) {
    --_aspect: 1 / 1;
  }
`;

/** Resets and helpers every element shares. */
export const base = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  a {
    color: inherit;
    text-decoration: none;
  }

  a:hover {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
