// Registers <news-photo> and re-exports its class.
import './elements/news-photo/news-photo.define.js';
export { NewsPhoto } from './elements/news-photo/news-photo.js';
