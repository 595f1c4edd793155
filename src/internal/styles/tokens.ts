import { css, unsafeCSS } from 'lit';

/**
 * The theming API. Public custom properties (`--news-*`) are read exactly once, here at `:host`,
 * into private ones (`--_*`); every other rule uses only the private ones. Themes set the public
 * tier; the internals can change without breaking them.
 *
 * Global tokens: `--news-font-*`, `--news-color-*`, `--news-space-*`, `--news-radius`.
 * Part tokens: `--news-headline-*`, `--news-kicker-*`, `--news-byline-*`, `--news-photo-*`,
 * `--news-caption-*`, `--news-related-*`. Card tokens live in the card's own styles.
 *
 * Fonts inherit the page's font unless a `--news-font-*` token is set: `--_font-sans` is then left
 * invalid, and an inherited property set to an invalid variable inherits. Colours do not inherit: the
 * palettes below are AA (4.5:1) for every text colour on their own surface, light and dark. Public
 * colour tokens apply in both schemes; a theme that sets them should set them per scheme.
 *
 * The `aspect` attribute picks the ratio the media box reserves; any other value keeps 16/9.
 */
export const tokens = css`
  :host {
    --_font-sans: var(--news-font-sans);
    --_font-headline: var(--news-font-headline, var(--_font-sans));
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
    --_shadow: 0 1px 2px rgb(16 24 40 / 0.06);

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
    --_headline-lines: var(--news-headline-max-lines, 6);
    --_kicker-color: var(--news-kicker-color, var(--_color-accent));
    --_byline-color: var(--news-byline-color, var(--_color-muted));
    --_caption-color: var(--news-caption-color, var(--_color-muted));
    --_photo-placeholder: var(--news-photo-placeholder, var(--_color-placeholder));
    --_photo-radius: var(--news-photo-radius, 0);
    --_aspect: var(--news-photo-aspect, 16 / 9);
    --_related-color: var(--news-related-color, var(--_color-text));

    display: block;
    color-scheme: light;
    color: var(--_color-text);
  }

  :host([hidden]) {
    display: none;
  }

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

// Focal points are quantised to steps of 5% (data-fx="35" → 35%): the stylesheet holds one rule per
// step, so no value from the data is ever written into CSS text.
const STEPS = Array.from({ length: 21 }, (_, i) => i * 5);
const focalRules = STEPS.map((n) => `[data-fx='${n}']{--_fx:${n}%}[data-fy='${n}']{--_fy:${n}%}`).join('');

/**
 * Resets and helpers every element shares. The `.root` wrapper stops the inherited properties a
 * page may set on the host (text-transform, letter-spacing, …); the font family is the one
 * inherited property let through. Reduced motion turns off every animation and transition.
 */
export const base = css`
  *,
  *::before,
  *::after {
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

  ${unsafeCSS(focalRules)}

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
