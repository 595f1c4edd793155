// Type test: the package root exports every public type (no need for news-card/react to get them).
import type {
  Article,
  ArticleData,
  ArticleInit,
  Aspect,
  HeadingLevel,
  JsonLdNode,
  Layout,
  Messages,
  NewsCardClickDetail,
  NewsCardClickEvent,
  NewsCardClickTarget,
  NewsCardErrorDetail,
  NewsCardErrorEvent,
  NewsCardEventMap,
  NewsCardImpressionDetail,
  NewsCardImpressionEvent,
  NewsCardLoadDetail,
  NewsCardLoadEvent,
  OpenGraphRecord,
  Problem,
  Theme,
  TimeStyle,
  WordPressPost,
} from 'news-card';

export const layouts: Layout[] = ['stacked', 'horizontal', 'compact', 'hero'];
export const themes: Theme[] = ['light', 'dark', 'auto'];
export const aspects: Aspect[] = ['16/9', '4/3', '1/1', 'auto'];
export const timeStyles: TimeStyle[] = ['absolute', 'relative', 'auto'];
export const levels: HeadingLevel[] = [1, 2, 3, 4, 5, 6];
export const targets: NewsCardClickTarget[] = ['headline', 'related', 'author', 'kicker'];
export const labels: Partial<Messages> = { by: 'Words by {authors}' };

// @ts-expect-error: not a layout
export const badLayout: Layout = 'grid';
// @ts-expect-error: not a theme
export const badTheme: Theme = 'sepia';
// @ts-expect-error: not an aspect
export const badAspect: Aspect = '21/9';
// @ts-expect-error: headings go from 1 to 6
export const badLevel: HeadingLevel = 7;
// @ts-expect-error: not a time style
export const badStyle: TimeStyle = 'ago';

export type All = [
  Article,
  ArticleData,
  ArticleInit,
  JsonLdNode,
  OpenGraphRecord,
  WordPressPost,
  Problem,
  NewsCardClickDetail,
  NewsCardClickEvent,
  NewsCardErrorDetail,
  NewsCardErrorEvent,
  NewsCardEventMap,
  NewsCardImpressionDetail,
  NewsCardImpressionEvent,
  NewsCardLoadDetail,
  NewsCardLoadEvent,
];
