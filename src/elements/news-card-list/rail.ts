/**
 * The rail's behaviour, for `<news-card-list layout="rail">`: the row scrolls with the browser's own
 * scrolling (touch, wheel, trackpad; nothing is hijacked), and this controller adds
 * - previous and next buttons, disabled at each end, kept in step with the scroll position and the
 *   row's size;
 * - arrow keys between cards, mirrored in right-to-left text, and Home and End;
 * - Tab and Shift+Tab leave the rail: the rail is one stop in the tab order, not one per card.
 * In right-to-left text `scrollLeft` runs from 0 down to negative values; only its size is used.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RailHost extends ReactiveControllerHost, HTMLElement {
  /** True while the host shows a rail. */
  readonly isRail: boolean;
  /** The scrolling row. */
  readonly railList: HTMLElement | null;
  /** The row's items, in order. */
  readonly railItems: HTMLElement[];
}

/** The element to focus for an item: its card's first link, else the item itself. */
function focusTarget(item: HTMLElement): HTMLElement {
  const card = item.localName === 'news-card' ? item : item.querySelector('news-card');
  return card?.shadowRoot?.querySelector<HTMLElement>('a[href]') ?? item;
}

const isRtl = (el: Element) => getComputedStyle(el).direction === 'rtl';

export class RailController implements ReactiveController {
  readonly #host: RailHost;
  #resize?: ResizeObserver;
  #observed?: HTMLElement | null;

  constructor(host: RailHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const list = this.#host.isRail ? this.#host.railList : null;
    if (list !== this.#observed) {
      this.#resize?.disconnect();
      this.#observed = list;
      if (list) {
        (this.#resize ??= new ResizeObserver(() => this.sync())).observe(list);
        // A new row starts at its start: WebKit snaps a right-to-left row to its second card on first layout.
        list.scrollLeft = 0;
      }
    }
    this.sync();
    // Once more after the next frame: WebKit settles a right-to-left row's start without a scroll event.
    requestAnimationFrame(this.sync);
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#observed = undefined;
  }

  /**
   * Disables the buttons at the ends of the scroll range. Set on the buttons directly (the template
   * renders them disabled): a scroll is no reason to render the list again. A focused button that
   * becomes disabled hands the focus to the other one, so that the keyboard's place is never lost
   * (pressing "next" to the end, or Shift+Tab landing on "next" while the row still scrolls).
   */
  sync = (): void => {
    const list = this.#host.isRail ? this.#host.railList : null;
    const root = list?.getRootNode() as ShadowRoot | undefined;
    const previous = root?.querySelector<HTMLButtonElement>('[part="previous"]');
    const next = root?.querySelector<HTMLButtonElement>('[part="next"]');
    if (!list || !previous || !next) return;
    const offset = Math.abs(list.scrollLeft);
    const focused = root!.activeElement;
    previous.disabled = offset <= 1;
    next.disabled = offset >= list.scrollWidth - list.clientWidth - 1;
    const other = focused === next ? previous : focused === previous ? next : undefined;
    if (other && (focused as HTMLButtonElement).disabled && !other.disabled) other.focus();
  };

  /** Scrolls by most of a view, forwards (in reading direction) or back. */
  step(forward: boolean): void {
    const list = this.#host.railList;
    if (list) list.scrollBy({ left: list.clientWidth * 0.9 * (forward !== isRtl(list) ? 1 : -1) });
  }

  onKeydown = (e: KeyboardEvent): void => {
    if (!this.#host.isRail || e.altKey || e.ctrlKey || e.metaKey) return;
    const items = this.#host.railItems;
    const current = items.findIndex((item) => e.composedPath().includes(item));
    if (current < 0) return;
    if (e.key === 'Tab') return this.#leave(e);
    const rtl = isRtl(items[current]);
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? items.length - 1
          : e.key === 'ArrowRight' || e.key === 'ArrowLeft'
            ? current + ((e.key === 'ArrowRight') !== rtl ? 1 : -1)
            : -1;
    const target = items[next];
    if (!target) return;
    e.preventDefault();
    focusTarget(target).focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  };

  /**
   * Tab from inside the rail: focus moves to a stop just before or after the row, and the browser's own
   * Tab then goes on from there, to whatever comes next in the page.
   */
  #leave(e: KeyboardEvent): void {
    const list = this.#host.railList;
    const back = e.shiftKey;
    // Backwards, the rail's own buttons come first: the nearer one that is enabled takes the focus.
    const button = back && [...(list?.parentElement?.querySelectorAll<HTMLButtonElement>('.controls button') ?? [])].filter((b) => !b.disabled).pop();
    if (button) {
      e.preventDefault();
      button.focus();
      return;
    }
    const stop = list?.parentElement?.querySelector<HTMLElement>(back ? '.exit-before' : '.exit-after');
    if (!stop) return;
    stop.tabIndex = 0;
    stop.focus({ preventScroll: true });
    stop.addEventListener('blur', () => (stop.tabIndex = -1), { once: true });
  }
}
