// Type test: the elements' events are typed on elements, on document and on window.
// `// @ts-expect-error` lines must fail to compile: `tsc -p test/types` fails if one compiles.
import 'news-card/define.js';
import 'news-card/news-card-list.js';
import type { NewsCardClickDetail, NewsCardErrorDetail, NewsCardImpressionDetail, NewsCardLoadDetail } from 'news-card';

document.addEventListener('news-card-click', (e) => {
  const url: string = e.detail.url;
  const target: 'headline' | 'related' | 'author' | 'kicker' = e.detail.target;
  const position: number | undefined = e.detail.position;
  e.preventDefault();
  return [url, target, position];
});
window.addEventListener('news-card-error', (e) => {
  const problems: Array<{ path: string; message: string }> = e.detail.problems;
  const status: number | undefined = e.detail.status;
  return [problems, status];
});
window.addEventListener('news-card-impression', (e) => e.detail.id satisfies string | undefined);

const card = document.createElement('news-card');
card.addEventListener('news-card-load', (e) => e.detail.article.headline satisfies string);
card.addEventListener('news-card-impression', (e) => e.detail satisfies NewsCardImpressionDetail);
document.querySelector('news-headline')?.addEventListener('news-card-error', (e) => e.detail satisfies NewsCardErrorDetail);
document.body.addEventListener('news-card-click', (e) => e.detail satisfies NewsCardClickDetail);
document.addEventListener('news-card-load', (e) => e.detail satisfies NewsCardLoadDetail);

// The list's event too.
document.addEventListener('news-card-list-load', (e) => e.detail.articles.map((article) => article.headline));
window.addEventListener('news-card-list-load', (e) => e.detail.problems.length);

// @ts-expect-error: a click's detail has no `problems`
document.addEventListener('news-card-click', (e) => e.detail.problems);
// @ts-expect-error: an error's detail has no `url`
window.addEventListener('news-card-error', (e) => e.detail.url);
// @ts-expect-error: `target` is one of four names
card.addEventListener('news-card-click', (e) => e.detail.target satisfies 'image');
// @ts-expect-error: the detail of an impression has no `article`
document.addEventListener('news-card-impression', (e) => e.detail.article);
// @ts-expect-error: a list's load has `articles`, not `article`
window.addEventListener('news-card-list-load', (e) => e.detail.article);
