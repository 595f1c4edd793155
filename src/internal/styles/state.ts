import { css } from 'lit';

/**
 * The error fallback and the loading skeleton. The error's mark is drawn, not text: the part's text
 * is the message alone.
 */
export const stateStyles = css`
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

  .skeleton-block {
    display: block;
    border-radius: 0.25rem;
    background: linear-gradient(
        90deg,
        transparent 0%,
        color-mix(in srgb, var(--_color-surface) 55%, transparent) 50%,
        transparent 100%
      )
      var(--_color-placeholder);
    background-size: 200% 100%;
    animation: news-shimmer 1.4s linear infinite;
  }

  @keyframes news-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;
