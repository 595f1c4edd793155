// Type-checked only (tsc under nodenext): the news-card/ssr declarations as a TypeScript server sees them.
import { renderNewsCard, renderNewsCardStream, type RenderNewsCardOptions } from 'news-card/ssr';
import { normalizeArticle, type Article } from 'news-card';

const options: RenderNewsCardOptions = { headingLevel: 3, layout: 'horizontal', theme: 'auto', locale: 'en-GB', timeStyle: 'relative', position: 1, aspect: '4/3', id: 'lead' };
const article: Article | null = normalizeArticle({ headline: 'A headline' }).article;
export const html: string = renderNewsCard(article, options);
export const fromJson: string = renderNewsCard('{"headline":"A headline"}');
renderNewsCardStream(article, options).pipe(process.stdout);

// @ts-expect-error heading levels are 1–6
renderNewsCard(article, { headingLevel: 7 });
