import { css } from 'lit';

export const newsCardListStyles = css`
  :host {
    display: block;
    --_gap: var(--news-card-list-gap, var(--news-space-l, 1rem));
    font-family: var(--news-font-sans, inherit);
    color: var(--news-color-text, #15171b);
  }
  :host([hidden]) {
    display: none;
  }
  section {
    container-type: inline-size;
  }
  .heading {
    margin: 0 0 var(--news-space-m, 0.75rem);
    font-family: var(--news-font-headline, inherit);
    font-size: var(--news-card-list-heading-font-size, 1.25rem);
    line-height: 1.3;
  }
  .list {
    display: grid;
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
    padding-block-end: var(--news-space-s, 0.5rem);
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
    gap: var(--news-space-s, 0.5rem);
    margin-block-end: var(--news-space-s, 0.5rem);
  }
  .controls button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 1px solid var(--news-color-border, #dfe2e6);
    border-radius: var(--news-radius, 0.5rem);
    background: var(--news-color-surface, #ffffff);
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
    outline: 2px solid var(--news-color-focus, #0b57d0);
    outline-offset: 2px;
  }
  /* The arrows point the way the row scrolls: mirrored in right-to-left text. */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }
  .more {
    display: inline-block;
    margin-block-start: var(--news-space-m, 0.75rem);
    color: var(--news-color-accent, #b0141b);
    font-weight: 600;
  }
  .error {
    margin: 0;
    color: var(--news-color-muted, #585e68);
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
