// A React 19 app that renders <NewsCard> from news-card/react and receives its events as typed props.
// Plain createElement calls: no JSX transform needed.
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NewsCard, type NewsCardClickDetail } from 'news-card/react';
import { normalizeArticle, type Article } from 'news-card';
import { seed } from './seed.js';

interface Smoke {
  clicks: NewsCardClickDetail[];
  errors: number[];
}
const smoke: Smoke = { clicks: [], errors: [] };
(window as unknown as { smoke: Smoke }).smoke = smoke;

const article: Article | null = normalizeArticle(seed).article;

function App() {
  return createElement(
    'main',
    null,
    createElement(NewsCard, {
      id: 'good',
      article: article ?? undefined,
      headingLevel: 3,
      onNewsCardClick: (event) => {
        event.preventDefault(); // cancelable: keep the page here
        smoke.clicks.push(event.detail);
      },
    }),
    createElement(NewsCard, {
      id: 'bad',
      // Deliberately unusable: no headline.
      article: { description: 'no headline' } as unknown as Article,
      onNewsCardError: (event) => {
        smoke.errors.push(event.detail.problems.length);
      },
    }),
  );
}

createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement(App)));
