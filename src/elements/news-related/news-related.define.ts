import { defineElement } from '../../internal/define.js';
import { NewsRelated } from './news-related.js';

defineElement('news-related', NewsRelated);
