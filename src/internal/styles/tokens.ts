import { css, unsafeCSS } from 'lit';

/**
 * The theming API. Public custom properties (`--news-*`) are read exactly once, at `:host`, into
 * private ones (`--_*`); every other rule uses only the private ones. Themes set the public tier; the
 * internals can change without breaking them.
 *
 * Here are the global tokens that several modules read: `--news-font-*`, `--news-color-*`,
 * `--news-space-*`, `--news-radius`. A token that one module alone reads is read at `:host` by that
 * module: the headline, kicker and flag tokens in headline.ts, the byline's in byline.ts, the photo and
 * caption tokens in photo.ts, the related stories' in related.ts, the card's in the card's own styles.
 *
 * Fonts inherit the page's font unless a `--news-font-*` token is set: `--_font-sans` is then left
 * invalid, and an inherited property set to an invalid variable inherits.
 *
 * Colours do not inherit from the page. The light defaults are set where they are read; the dark
 * palette below overrides them all in one block (not `light-dark()`, which browsers before Safari 17.5
 * and Chrome 123 drop, leaving a card with no colours). Both palettes are AA (4.5:1) for every text
 * colour on their own surface. Public colour tokens apply in both schemes; a theme that sets them
 * should set them per scheme.
 */
export const tokens = css`
  :host {
    --_font-sans: var(--news-font-sans);
    --_font-headline: var(--news-font-headline, var(--_font-sans));
    --_font-size-xs: var(--news-font-size-xs, 0.75rem);
    --_font-size-s: var(--news-font-size-s, 0.8125rem);
    --_font-size-m: var(--news-font-size-m, 1rem);
    --_line-height: var(--news-line-height, 1.45);

    --_color-text: var(--news-color-text, #15171b);
    --_color-text-secondary: var(--news-color-text-secondary, #3a3f47);
    --_color-muted: var(--news-color-muted, #585e68);
    --_color-border: var(--news-color-border, #dfe2e6);
    --_color-placeholder: var(--news-color-placeholder, #e9ebee);
    --_color-focus: var(--news-color-focus, #0b57d0);

    --_space-s: var(--news-space-s, 0.5rem);
    --_space-m: var(--news-space-m, 0.75rem);
    --_space-l: var(--news-space-l, 1rem);
    --_radius: var(--news-radius, 0.5rem);

    display: block;
    color-scheme: light;
    color: var(--_color-text);
  }

  :host([hidden]) {
    display: none;
  }
`;

// The dark palette: every text colour is AA on the dark surface, and the Live/Breaking label keeps
// white on red (6:1). Written once, applied by `theme="dark"` and, per element, by the colour scheme.
const darkPalette = `
    --_color-text: var(--news-color-text, #eceef1);
    --_color-text-secondary: var(--news-color-text-secondary, #c5c9d0);
    --_color-muted: var(--news-color-muted, #a4aab4);
    --_color-accent: var(--news-color-accent, #ff8f87);
    --_color-surface: var(--news-color-surface, #17191d);
    --_color-border: var(--news-color-border, #33373f);
    --_color-placeholder: var(--news-color-placeholder, #272b32);
    --_color-focus: var(--news-color-focus, #8ab4f8);
    --_shadow: 0 1px 2px rgb(0 0 0 / 0.5);
    color-scheme: dark;
`;

const theme = (auto: string) =>
  unsafeCSS(`:host([theme='dark']){${darkPalette}}@media (prefers-color-scheme: dark){${auto}{${darkPalette}}}`);

/** `theme="dark"` always; with no `theme` (or `auto`) the dark palette follows `prefers-color-scheme`. */
export const themeStyles = /* @__PURE__ */ theme(":host(:not([theme='light']))");

/**
 * For the standalone parts, which have no surface and sit on the page's own background (light on
 * most sites, whatever the reader prefers): `theme="dark"`, or the scheme only with `theme="auto"`.
 */
export const partThemeStyles = /* @__PURE__ */ theme(":host([theme='auto'])");

/**
 * Resets and helpers every element shares. The `.root` wrapper stops the inherited properties a
 * page may set on the host (text-transform, letter-spacing, …); the font family is the one
 * inherited property let through. Reduced motion turns off every animation and transition, the
 * ones a theme adds through `::part()` included.
 */
export const base = css`
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  .root {
    font-family: var(--_font-sans);
    font-size: var(--_font-size-m);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
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

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
