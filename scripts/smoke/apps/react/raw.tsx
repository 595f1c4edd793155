// The raw tags in React 19 TSX, typed by the installed package's types-only entry news-card/jsx (tsc
// only; the app itself renders the news-card/react wrappers). `@ts-expect-error` lines must fail.
import type {} from 'news-card/jsx';
import type { Article } from 'news-card';

export function Raw({ article, track }: { article: Article; track: (url: string) => void }) {
  return (
    <>
      <news-card article={article} heading-level="3" layout="horizontal" onnews-card-click={(e) => track(e.detail.url)} />
      <news-headline headline="A headline" url="/a" />
      {/* @ts-expect-error: not a layout */}
      <news-card layout="grid" />
      {/* @ts-expect-error: `title` is not `headline` */}
      <news-card article={{ title: 'x' }} />
    </>
  );
}
