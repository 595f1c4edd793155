// Registers <news-card> and re-exports its class.
import './elements/news-card/news-card.define.js';
export { NewsCard } from './elements/news-card/news-card.js';
