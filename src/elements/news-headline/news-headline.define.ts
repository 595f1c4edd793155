import { defineElement } from '../../internal/define.js';
import { NewsHeadline } from './news-headline.js';

defineElement('news-headline', NewsHeadline);
