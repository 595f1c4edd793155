import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { bylineStyles } from '../../internal/styles/byline.js';
import { errorStyles } from '../../internal/styles/state.js';

export const newsBylineStyles = [tokens, partThemeStyles, base, bylineStyles, errorStyles];
