import { css } from 'lit';

/**
 * The error fallback. Its mark is drawn, not text: the part's text is the message alone. (The card's
 * loading skeleton has its styles in the card's own module: the standalone parts render nothing while
 * loading.)
 */
export const errorStyles = css`
  .error {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    padding-block: var(--_space-m);
    padding-inline: var(--_space-l);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-muted);
    font-family: var(--_font-sans);
    font-size: var(--_font-size-s);
    line-height: 1.4;
  }

  .error::before {
    content: '!' / '';
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    text-align: center;
    font-size: 0.75rem;
    font-weight: 700;
    line-height: 0.95rem;
  }
`;
