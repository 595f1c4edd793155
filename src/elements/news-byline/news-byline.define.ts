import { defineElement } from '../../internal/define.js';
import { NewsByline } from './news-byline.js';

defineElement('news-byline', NewsByline);
