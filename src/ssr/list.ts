/**
 * Server rendering of `<news-card-list>` (`renderNewsCardList`, exported by `news-card/ssr`).
 *
 * The list is written with its shadow root as Declarative Shadow DOM and its cards as server-rendered
 * `<news-card>` children (each with its own declarative shadow root, `role="listitem"`, `position`,
 * `heading-level` and the card settings). In the browser the list finds them as child cards and enhances
 * them in place, with or without Lit's hydration support: the cards are never rendered twice. With
 * JavaScript off, the page shows the finished list.
 *
 * Bad items are dropped, as in the browser; with no usable item the list renders its error state.
 */
import { checkUrl } from '../article/url-policy.js';
import type { Layout, Theme } from '../elements/news-card/news-card.js';
import { listLayout, listLimit, toListItems, type ListLayout } from '../elements/news-card-list/list-items.js';
import type { TimeStyle } from '../internal/format.js';
import { toHeadingLevel, type HeadingLevel } from '../internal/templates/context.js';
// Registers <news-card-list> in the server's registry, where @lit-labs/ssr looks it up.
import '../news-card-list.js';
import { loadSsr } from './peer.js';

const [{ html, render }, { collectResultSync }] = await loadSsr();

/** Settings for the rendered list; each is written as the matching `<news-card-list>` attribute. */
export interface RenderNewsCardListOptions {
  /** `layout`: `list` (default), `grid` or `rail`. */
  layout?: ListLayout;
  /** `card-layout`, for every card. */
  cardLayout?: Layout;
  /** `limit`: most cards written. */
  limit?: number;
  /** `heading`: the section heading. */
  heading?: string;
  /** `heading-level` of the section heading, 1–6 (default 2); cards get the next level. */
  headingLevel?: HeadingLevel;
  /** `more-href`: the "More" link (checked by the URL policy). */
  moreHref?: string;
  /** `more-label`: its text. */
  moreLabel?: string;
  /** `theme`, for the list and every card. */
  theme?: Theme;
  /** `locale`, for the list and every card. Set it so that server and browser format alike. */
  locale?: string;
  /** `time-style` of every card (absolute on the server; see `renderNewsCard`). */
  timeStyle?: TimeStyle;
  /** `id` of the `<news-card-list>` element. */
  id?: string;
}

type RenderCard = (article: unknown, options: Record<string, unknown>) => string;

const attr = (value: string | number | null | undefined) => (value == null || value === '' ? undefined : String(value));

/** `renderNewsCardList`, made from the card renderer of `news-card/ssr` (ssr/index.ts). */
export function listRenderer(renderNewsCard: RenderCard) {
  /**
   * Renders `<news-card-list>` for `articles` (an array of anything `normalizeArticle` accepts) to an
   * HTML string with Declarative Shadow DOM. Never throws: input with no usable article renders the
   * list's error state, as the browser would.
   */
  return function renderNewsCardList(articles: unknown, options: RenderNewsCardListOptions = {}): string {
    const o = options ?? {};
    try {
      const { articles: shown } = toListItems(articles, listLimit(o.limit));
      const level = toHeadingLevel(o.headingLevel, 2);
      // A "More" link the URL policy refuses is not written at all, as the browser would not render it.
      const moreHref = checkUrl(o.moreHref).url;
      const cardLevel = o.heading?.trim() ? Math.min(level + 1, 6) : level;
      const cards = shown
        .map((article, i) =>
          renderNewsCard(article, { headingLevel: cardLevel, layout: o.cardLayout, theme: o.theme, locale: o.locale, timeStyle: o.timeStyle, position: i + 1 })
            // The list gives its cards their role in the browser too; written here, it holds without JavaScript.
            .replace(/^<news-card\b/, '<news-card role="listitem"'),
        )
        .join('');
      const state = shown.length ? 'ready' : 'error';
      const a = (name: string, value: string | number | null | undefined) => (attr(value) === undefined ? '' : ` ${name}="${escapeAttr(attr(value)!)}"`);
      // The host's attributes are written here (escaped), its shadow root by @lit-labs/ssr from the element itself.
      const host = collectResultSync(
        render(html`<news-card-list
          layout=${listLayout(o.layout)}
          card-layout=${attr(o.cardLayout) ?? ''}
          heading=${attr(o.heading) ?? ''}
          heading-level=${level}
          more-href=${moreHref ?? ''}
          more-label=${attr(o.moreLabel) ?? ''}
          theme=${attr(o.theme) ?? ''}
          locale=${attr(o.locale) ?? ''}
          state=${state}
        ></news-card-list>`),
      );
      const shadow = host.slice(host.indexOf('>') + 1, host.lastIndexOf('</news-card-list>'));
      const open =
        `<news-card-list${a('id', o.id)} layout="${listLayout(o.layout)}"${a('card-layout', o.cardLayout)}${a('heading', o.heading)}` +
        ` heading-level="${level}"${a('more-href', moreHref)}${a('more-label', o.moreLabel)}${a('theme', o.theme)}${a('locale', o.locale)} state="${state}">`;
      return `${open}${shadow}${state === 'ready' ? cards : ''}</news-card-list>`;
    } catch {
      return '<news-card-list state="error"></news-card-list>';
    }
  };
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
