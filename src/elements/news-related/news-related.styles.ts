import { tokens, base, partThemeStyles } from '../../internal/styles/tokens.js';
import { relatedStyles } from '../../internal/styles/related.js';
import { errorStyles } from '../../internal/styles/state.js';

export const newsRelatedStyles = [tokens, partThemeStyles, base, relatedStyles, errorStyles];
