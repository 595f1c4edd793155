import { css } from 'lit';

/**
 * Authors, publisher and dates on wrapping lines, separated by dots. Each item draws its dot in
 * front of itself; the list is pulled back by one separator and clipped, so a line never starts
 * with a dot, in either direction. The dot is drawn, not a glyph: it is not read aloud and needs
 * no translation. Author links are underlined at rest: they sit inside a line of text and must not
 * rely on colour.
 */
export const bylineStyles = css`
  :host {
    --_byline-color: var(--news-byline-color, var(--_color-muted));
  }

  .byline {
    --_separator: 1.125rem;
    margin: 0;
    overflow: clip;
    overflow-clip-margin: 0.25rem;
    color: var(--_byline-color);
    font-family: var(--_font-sans);
    font-size: var(--_font-size-s);
    line-height: 1.4;
  }

  .byline-items {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    row-gap: 0.125rem;
    margin-inline-start: calc(-1 * var(--_separator));
  }

  .byline-items > *::before {
    content: '';
    display: inline-block;
    inline-size: 0.1875rem;
    block-size: 0.1875rem;
    margin-inline: calc((var(--_separator) - 0.1875rem) / 2);
    border-radius: 50%;
    background: currentColor;
    vertical-align: 0.2em;
  }

  .authors {
    color: var(--_color-text);
  }

  .author {
    font-weight: 600;
  }

  a.author {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-decoration-color: color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.2em;
  }

  a.author:hover {
    text-decoration-color: currentColor;
  }
`;
