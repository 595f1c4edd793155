// Type test: raw tags in React 19 TSX (news-card/jsx) and the news-card/react wrappers.
import type {} from 'news-card/jsx';
import { NewsCard } from 'news-card/react';
import type { Article } from 'news-card';

declare const article: Article;
declare function track(url: string): void;

export const raw = (
  <main>
    <news-card
      article={article}
      heading-level="3"
      layout="horizontal"
      theme="dark"
      aspect="4/3"
      time-style="relative"
      position={1}
      id="top-story"
      className="card"
      onnews-card-click={(e) => track(e.detail.url)}
      onnews-card-error={(e) => e.detail.problems.map((p) => p.message)}
      onnews-card-load={(e) => e.detail.article.headline}
      onnews-card-impression={(e) => e.detail.position}
    />
    <news-card src="/wp-json/wp/v2/posts/1?_embed" timeout="5000" credentials="omit" />
    <news-card article='{"headline":"x"}' />
    <news-headline headline="x" url="/x" kicker="World" heading-level={2} />
    <news-byline authors={['A', { name: 'B' }]} publisher="P" date-published="2021-12-27" />
    <news-photo src="/a.jpg" alt="A" width={1200} height="800" decorative aspect="auto" />
    <news-related items={[{ url: '/a', headline: 'A' }]} limit={3} />
  </main>
);

export const wrapped = <NewsCard article={article} headingLevel={3} onNewsCardClick={(e) => track(e.detail.url)} />;

// @ts-expect-error: not a layout
export const badLayout = <news-card layout="grid" />;
// @ts-expect-error: headings go from 1 to 6
export const badLevel = <news-card heading-level="7" />;
// @ts-expect-error: `title` is not `headline`
export const badArticle = <news-card article={{ title: 'x' }} />;
// @ts-expect-error: a click's detail has no `problems`
export const badHandler = <news-card onnews-card-click={(e) => e.detail.problems} />;
// @ts-expect-error: <news-headline> has no `src`
export const badAttribute = <news-headline src="/x" />;
// @ts-expect-error: the wrapper types `article` too
export const badWrapped = <NewsCard article={{ title: 'x' }} />;
// @ts-expect-error: an unknown tag stays an error
export const unknownTag = <news-cards />;
