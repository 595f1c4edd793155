// Registers <news-byline> and re-exports its class.
import './elements/news-byline/news-byline.define.js';
export { NewsByline } from './elements/news-byline/news-byline.js';
