import { css } from 'lit';

/** The related-stories list: a small label heading, then one link per line with its date. */
export const relatedStyles = css`
  :host {
    --_related-color: var(--news-related-color, var(--_color-text));
  }

  .related-heading {
    margin-block: 0 var(--_space-s);
    margin-inline: 0;
    color: var(--_color-muted);
    font-family: var(--_font-sans);
    font-size: var(--_font-size-xs);
    font-weight: 700;
    line-height: 1.3;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }

  .related-list {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .related-item {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding-inline-start: var(--_space-m);
    border-inline-start: 2px solid var(--_color-border);
  }

  .related-link {
    color: var(--_related-color);
    font-family: var(--_font-headline);
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.3;
  }

  .related-time {
    color: var(--_color-muted);
    font-size: var(--_font-size-xs);
  }
`;
