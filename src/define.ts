// Registers every element: the five of the card and <news-card-list>. Safe to import more than once, and
// beside another copy of the library. The CDN bundles register the five only (src/bundle.ts); the list has
// its own (dist/news-card-list.bundle.js).
import './news-card.js';
import './news-headline.js';
import './news-byline.js';
import './news-photo.js';
import './news-related.js';
import './news-card-list.js';
