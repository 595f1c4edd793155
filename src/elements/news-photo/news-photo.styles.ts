import { css } from 'lit';
import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { photoStyles } from '../../internal/styles/photo.js';
import { stateStyles } from '../../internal/styles/state.js';

const standalone = css`
  :host {
    --_photo-radius: var(--news-photo-radius, var(--_radius));
  }
`;

export const newsPhotoStyles = [tokens, partThemeStyles, standalone, base, photoStyles, stateStyles];
