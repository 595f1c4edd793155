import { defineElement } from '../../internal/define.js';
import { NewsCard } from './news-card.js';

defineElement('news-card', NewsCard);
