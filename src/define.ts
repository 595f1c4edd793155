// Registers all five elements. Safe to import more than once, and beside another copy of the library.
import './news-card.js';
import './news-headline.js';
import './news-byline.js';
import './news-photo.js';
import './news-related.js';
