/**
 * Long lists, loaded on demand by `<news-card-list>` (only for more than `SCALE_AT` cards): the list
 * renders its first cards at once, and this module adds the rest as light rows in small time slices:
 *
 * - a row is a list item holding the headline as text (a link when the story has a URL): cheap to create
 *   and to keep, found by the browser's find-in-page, reachable by Tab and by the rail's arrow keys;
 * - rows are a card's height, so the scrollbar is right from the start;
 * - in the `list` layout, rows come in blocks of {@link BLOCK}, each `content-visibility: auto` with an
 *   intrinsic size: layout, pre-paint and the browser's visibility checks skip a whole block off screen,
 *   so a row becoming a card costs the same with 10,000 rows as with 100. A block within three views is
 *   rendered (`.near`). Per row, `content-visibility` made the visibility checks of 10,000 rows take over
 *   half of every frame of a scroll (docs/decisions/011-long-lists.md);
 * - a row coming near the view becomes a full `<news-card>` (an `IntersectionObserver` watching one row in
 *   {@link GROUP} of the blocks near the view, a few cards per frame); rows never
 *   leave the DOM, so focus stays where it is (a focused row passes its focus to its card) and every
 *   row keeps `aria-posinset` and `aria-setsize`;
 * - items are normalized as their rows are made, not all before the first paint. A bad item is dropped,
 *   and the positions after it close up.
 *
 * The choice against a virtualizer is in docs/decisions/011-long-lists.md.
 */
import type { Article } from '../../article/types.js';
import type { Layout, Theme } from '../news-card/news-card.js';

/** Longest time slice spent making rows before yielding to the page, in ms. */
const SLICE_MS = 8;
/**
 * Most rows made cards in one frame. A card renders after it is made (Lit updates in a microtask), so a
 * time budget alone would not bound the frame: four compact cards take a few ms on a slow machine.
 */
const CARDS_PER_FRAME = 4;
/**
 * Rows watched through one of them. An observer's cost grows with its targets on every frame of a
 * scroll: 10,000 targets took over half of each frame (docs/decisions/011-long-lists.md).
 */
const GROUP = 4;
/**
 * Rows in one block. A block off screen costs one box in layout and one visibility check: 10,000 rows are
 * 200 of them. Smaller blocks measured no better (docs/decisions/011-long-lists.md).
 */
const BLOCK = 50;

/** The card settings the list passes on to each card. */
export interface CardSettings {
  headingLevel: number;
  layout?: Layout;
  theme?: Theme;
  locale?: string;
}

export interface RowsOptions {
  /** The next usable article, with its problems reported through `report`; `undefined` when there are no more. */
  next: () => Article | undefined;
  /** Position of the first row (the cards before it are 1 … first - 1). */
  first: number;
  /** Total number of cards once every row is made (an upper bound until then: dropped items lower it). */
  total: number;
  settings: CardSettings;
  /** Rows are watched against this scroll container (the rail), else the viewport. */
  root: Element | null;
  /** Rows in blocks that the browser skips while off screen: for a column (the `list` layout), not a grid or a row. */
  blocks: boolean;
  /** Called once, after the last row, with the final number of cards. */
  done: (total: number) => void;
}

// A row before it becomes a card: the headline in a card-sized box. Added to the list's shadow root
// with this module, the only one that makes rows.
const ROW_CSS =
  '.row{box-sizing:border-box;min-block-size:var(--news-card-list-row-size,12rem);padding:var(--_space-l);' +
  'border:1px solid var(--_color-border);border-radius:var(--_radius);font:700 1.375rem/1.25 var(--_font-headline,inherit)}' +
  '.row a{color:inherit}' +
  `.block{display:flex;flex-direction:column;gap:var(--_gap);content-visibility:auto;contain-intrinsic-size:auto calc(${BLOCK} * (var(--news-card-list-row-size,12rem) + var(--_gap)))}` +
  '.block.near{content-visibility:visible}';
let rowSheet: CSSStyleSheet | undefined;

/** Gives the shadow root holding `list` the rows' styles, once. */
function adoptRowStyles(list: HTMLElement): void {
  const root = list.getRootNode() as ShadowRoot;
  if (!rowSheet) {
    rowSheet = new CSSStyleSheet();
    rowSheet.replaceSync(ROW_CSS);
  }
  if (root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(rowSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, rowSheet];
}

/** The element with focus, looked up through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Turns a row into a card. */
function upgrade(row: HTMLElement, article: Article, settings: CardSettings): void {
  const hadFocus = row.contains(focused());
  const card = document.createElement('news-card') as HTMLElement & { article: unknown; updateComplete: Promise<unknown> };
  card.article = article;
  card.setAttribute('position', row.getAttribute('aria-posinset')!);
  card.setAttribute('heading-level', String(settings.headingLevel));
  for (const [name, value] of [['layout', settings.layout], ['theme', settings.theme], ['locale', settings.locale]]) {
    if (value) card.setAttribute(name as string, value);
  }
  row.replaceChildren(card);
  row.classList.remove('row');
  if (hadFocus) void card.updateComplete.then(() => card.shadowRoot?.querySelector<HTMLElement>('a[href]')?.focus({ preventScroll: true }));
}

/**
 * Appends rows to `list` in time slices until `next` has no more; returns a function that stops it, stops
 * watching the rows and removes them, for when the list gets new input.
 */
export function appendRows(list: HTMLElement, { next, first, total, settings, root, blocks, done }: RowsOptions): () => void {
  adoptRowStyles(list);
  const articles = new WeakMap<Element, Article>();
  /** The rows each watched row stands for: itself and the next ones of its group. */
  const groups = new Map<Element, HTMLElement[]>();
  // Rows waiting to become cards, in the order they came near. A few become cards per frame, within a
  // time slice, so that fast scrolling never makes one long task of them.
  const waiting = new Set<HTMLElement>();
  let frame = 0;
  const upgradeSome = () => {
    frame = 0;
    let count = 0;
    for (const row of waiting) {
      if (count++ === CARDS_PER_FRAME) break;
      waiting.delete(row);
      const article = articles.get(row);
      articles.delete(row);
      if (article) upgrade(row, article, settings);
    }
    if (waiting.size) frame = requestAnimationFrame(upgradeSome);
  };
  // Rows within three views become cards before they are seen (a group of four rows spans up to 3.2 rail views).
  const near = { root, rootMargin: '300%' };
  const observer = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      const group = groups.get(target);
      if (!group || !isIntersecting) continue;
      // A group near the view: its rows queue to become cards, and it is no longer watched.
      observer.unobserve(target);
      groups.delete(target);
      for (const row of group) waiting.add(row);
    }
    if (waiting.size && !frame) frame = requestAnimationFrame(upgradeSome);
  }, near);
  /** The rows watched for each block: the first of each group. */
  const leaders = new Map<Element, HTMLElement[]>();
  // A block near the view is rendered, and only its rows are watched: the row observer's work follows the
  // few blocks near the view, not the whole list.
  const blockObserver = new IntersectionObserver((entries) => {
    for (const { target, isIntersecting } of entries) {
      target.classList.toggle('near', isIntersecting);
      for (const row of leaders.get(target) ?? []) {
        if (!groups.has(row)) continue;
        if (isIntersecting) observer.observe(row);
        else observer.unobserve(row);
      }
    }
  }, near);
  let position = first;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const made: HTMLElement[] = [];
  let group: HTMLElement[] = [];
  let block: HTMLElement | undefined;
  let inBlock = BLOCK;
  const slice = () => {
    const end = performance.now() + SLICE_MS;
    const fragment = document.createDocumentFragment();
    let article: Article | undefined;
    while (performance.now() < end && (article = next())) {
      const row = document.createElement('div');
      row.className = 'item row';
      row.setAttribute('role', 'listitem');
      row.tabIndex = -1;
      row.setAttribute('aria-posinset', String(position++));
      row.setAttribute('aria-setsize', String(total));
      // Text only: data never becomes markup. The link is the row's one stop in the tab order.
      const label = document.createElement(article.url ? 'a' : 'span');
      if (article.url) label.setAttribute('href', article.url);
      label.textContent = article.headline;
      row.append(label);
      articles.set(row, article);
      if (blocks && inBlock === BLOCK) {
        inBlock = 0;
        block = document.createElement('div');
        block.className = 'block';
        leaders.set(block, []);
        group = [];
        made.push(block);
        fragment.append(block);
        blockObserver.observe(block);
      }
      inBlock++;
      if (group.length === GROUP) group = [];
      if (!group.length) {
        groups.set(row, group);
        // The first row of a group is watched: in a block, while the block is near the view.
        if (!block) observer.observe(row);
        else {
          leaders.get(block)!.push(row);
          if (block.classList.contains('near')) observer.observe(row);
        }
      }
      group.push(row);
      made.push(row);
      (block ?? fragment).append(row);
    }
    list.append(fragment);
    if (article) {
      timer = setTimeout(slice);
      return;
    }
    // Dropped items make the list shorter than announced: say the real size.
    const size = String(position - 1);
    if (position - 1 !== total) for (const item of list.querySelectorAll('[aria-setsize]')) item.setAttribute('aria-setsize', size);
    done(position - 1);
  };
  timer = setTimeout(slice);
  return () => {
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    observer.disconnect();
    blockObserver.disconnect();
    for (const row of made) row.remove();
  };
}
