import { css } from 'lit';
import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { photoStyles } from '../../internal/styles/photo.js';
import { errorStyles } from '../../internal/styles/state.js';

// Standalone, the image has rounded corners (in the card, the card's corners clip it). After
// photoStyles, whose `:host` rule it overrides.
const standalone = css`
  :host {
    --_photo-radius: var(--news-photo-radius, var(--_radius));
  }
`;

export const newsPhotoStyles = [tokens, partThemeStyles, base, photoStyles, standalone, errorStyles];
