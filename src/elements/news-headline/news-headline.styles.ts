import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { headlineStyles } from '../../internal/styles/headline.js';
import { errorStyles } from '../../internal/styles/state.js';

export const newsHeadlineStyles = [tokens, partThemeStyles, base, headlineStyles, errorStyles];
