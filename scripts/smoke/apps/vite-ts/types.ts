// Type checks against the installed package's declarations (tsc only; nothing here runs). The
// `@ts-expect-error` lines must fail to compile, or tsc fails on the unused directive.
import type { ArticleData, Aspect, HeadingLevel, Layout, NewsCardClickDetail, NewsCardErrorDetail, Theme, TimeStyle } from 'news-card';

// The events are typed on document and window, not only on the element.
document.addEventListener('news-card-click', (e) => e.detail satisfies NewsCardClickDetail);
window.addEventListener('news-card-error', (e) => e.detail satisfies NewsCardErrorDetail);
document.addEventListener('news-card-impression', (e) => e.detail.position satisfies number | undefined);
// @ts-expect-error: a click's detail has no `problems`
document.addEventListener('news-card-click', (e) => e.detail.problems);

export const settings: [Layout, Theme, Aspect, TimeStyle, HeadingLevel] = ['hero', 'dark', '4/3', 'relative', 3];

const card = document.createElement('news-card');
card.article = { headline: 'x', author: 'News Desk', image: 'https://example.com/a.jpg' };
card.article = { '@type': 'NewsArticle', headline: 'x' };
card.article = '{"headline":"x"}';
card.article = JSON.parse('{}') as ArticleData;
// @ts-expect-error: `title` is not `headline`
card.article = { title: 'x' };
