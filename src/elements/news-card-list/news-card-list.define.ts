import { defineElement } from '../../internal/define.js';
import '../news-card/news-card.define.js';
import { NewsCardList } from './news-card-list.js';

defineElement('news-card-list', NewsCardList);
