// A Vite + TypeScript app that uses the package by name, as a consumer would.
import { NewsCard, normalizeArticle, type Article, type NormalizeResult } from 'news-card';
import 'news-card/define.js';
import { seed } from './seed.js';

const result: NormalizeResult = normalizeArticle(seed);
if (!result.article) throw new Error('The seed did not normalize');
const article: Article = result.article;

const card = document.createElement('news-card') as NewsCard;
card.article = article;
card.setAttribute('heading-level', '2');
document.querySelector('#app')!.append(card);

// The class export is the registered element: the side-effect import was kept by the bundler.
(window as unknown as { smoke: unknown }).smoke = {
  registered: customElements.get('news-card') === NewsCard,
  headline: article.headline,
};
