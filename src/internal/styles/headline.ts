import { css } from 'lit';

/**
 * The eyebrow row (flags and kicker) and the headline. A headline longer than
 * `--news-headline-max-lines` (6) is clamped visually with an ellipsis; its whole text stays in the
 * DOM for assistive technology. The clip margin (padding where WebKit lacks it) leaves room for the link's focus ring.
 *
 * Flags: text labels first, colour second, so they read without colour vision. The Live/Breaking
 * label keeps white on red (6:1) in both schemes.
 */
export const headlineStyles = css`
  :host {
    --_space-xs: var(--news-space-xs, 0.25rem);
    --_color-accent: var(--news-color-accent, #b0141b);
    --_color-live: var(--news-color-live, #c0131a);
    --_color-on-live: var(--news-color-on-live, #ffffff);
    --_headline-font: var(--news-headline-font, var(--_font-headline));
    --_headline-size: var(--news-headline-font-size, var(--news-font-size-l, 1.375rem));
    --_headline-weight: var(--news-headline-font-weight, 700);
    --_headline-color: var(--news-headline-color, var(--_color-text));
    --_headline-lines: var(--news-headline-max-lines, 6);
    --_kicker-color: var(--news-kicker-color, var(--_color-accent));
  }

  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    margin-block: 0 var(--_space-xs);
    margin-inline: 0;
    font-family: var(--_font-sans);
    font-size: var(--_font-size-s);
    line-height: 1.3;
  }

  .flags {
    display: contents;
  }

  .flag {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.45em;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: var(--_font-size-xs);
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_color-text);
  }

  .flag-live,
  .flag-breaking {
    border-color: var(--_color-live);
    background: var(--_color-live);
    color: var(--_color-on-live);
  }

  .flag-live::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-radius: 50%;
    background: currentColor;
    animation: news-live-pulse 1.6s ease-in-out infinite;
  }

  .flag-sponsored {
    color: var(--_color-muted);
  }

  .flag-opinion {
    color: var(--_color-accent);
  }

  @keyframes news-live-pulse {
    50% {
      opacity: 0.35;
    }
  }

  .kicker {
    color: var(--_kicker-color);
    font-weight: 700;
    letter-spacing: 0.01em;
  }

  .headline {
    margin: 0;
    color: var(--_headline-color);
    font-family: var(--_headline-font);
    font-size: var(--_headline-size);
    font-weight: var(--_headline-weight);
    line-height: 1.2;
    letter-spacing: -0.005em;
    text-wrap: pretty;
    overflow-wrap: break-word;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_headline-lines);
    overflow: clip;
    /* Room for the link's focus ring (2px) plus the part of a tall font's glyph box that stands out of its
       line box (about 0.1em). No calc(): Chrome takes only a plain length here. */
    overflow-clip-margin: 0.25em;
  }

  /* WebKit has no overflow-clip-margin: the same room comes from padding instead. */
  @supports not (overflow-clip-margin: 2px) {
    .headline {
      margin: -0.25em;
      padding: 0.25em;
    }
  }

  .headline-link:hover {
    text-decoration-thickness: 2px;
  }

  .headline-link:focus-visible {
    outline-offset: 0;
  }
`;
