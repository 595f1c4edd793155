// Registers <news-related> and re-exports its class.
import './elements/news-related/news-related.define.js';
export { NewsRelated } from './elements/news-related/news-related.js';
