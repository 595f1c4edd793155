import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { flagStyles, headlineStyles } from '../../internal/styles/headline.js';
import { stateStyles } from '../../internal/styles/state.js';

export const newsHeadlineStyles = [tokens, partThemeStyles, base, flagStyles, headlineStyles, stateStyles];
