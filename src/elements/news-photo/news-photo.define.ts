import { defineElement } from '../../internal/define.js';
import { NewsPhoto } from './news-photo.js';

defineElement('news-photo', NewsPhoto);
