// Registers <news-headline> and re-exports its class.
import './elements/news-headline/news-headline.define.js';
export { NewsHeadline } from './elements/news-headline/news-headline.js';
