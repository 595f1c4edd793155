import { css } from 'lit';
import { partThemeStyles, tokens } from '../../internal/styles/tokens.js';

// The list has no surface of its own: like the standalone parts it sits on the page's background, so its
// heading, buttons and link take the dark palette with `theme="dark"`, or with `theme="auto"` and a dark
// colour scheme (partThemeStyles). The cards inside follow their own `theme`, which the list passes on.
const listStyles = css`
  :host {
    --_gap: var(--news-card-list-gap, var(--_space-l));
    --_color-accent: var(--news-color-accent, #b0141b);
    --_color-surface: var(--news-color-surface, #ffffff);
    font-family: var(--_font-sans, inherit);
  }
  section {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 var(--_space-m);
    font-family: var(--_font-headline, inherit);
    font-size: var(--news-card-list-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  /* A column: flex, not grid, because a long list's layout then costs less each time a row changes size. */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item,
  ::slotted(news-card) {
    display: grid;
    min-width: 0;
  }
  /* Columns from the list's own width: as many as fit at the minimum card width. */
  :host([layout='grid']) .list,
  :host([layout='rail']) .list {
    display: grid;
  }
  :host([layout='grid']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-card-list-min-width, 16rem)), 1fr));
  }
  /* One row that scrolls with the browser's own scrolling (touch, wheel, keys), snapping to cards. */
  :host([layout='rail']) .list {
    grid-auto-flow: column;
    grid-auto-columns: var(--news-card-list-rail-width, min(80%, 20rem));
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 0;
    padding-block-end: var(--_space-s);
  }
  :host([layout='rail']) .item,
  :host([layout='rail']) ::slotted(news-card) {
    scroll-snap-align: start;
  }
  @media (prefers-reduced-motion: no-preference) {
    :host([layout='rail']) .list {
      scroll-behavior: smooth;
    }
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-s);
    margin-block-end: var(--_space-s);
  }
  .controls button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .controls button:disabled {
    cursor: default;
    opacity: 0.45;
  }
  .controls button:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_color-focus);
    outline-offset: 2px;
  }
  /* The arrows point the way the row scrolls: mirrored in right-to-left text. */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .more {
    display: inline-block;
    margin-block-start: var(--_space-m);
    color: var(--_color-accent);
    font-weight: 600;
  }
  .error {
    margin: 0;
    color: var(--_color-muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const newsCardListStyles = [tokens, listStyles, partThemeStyles];
