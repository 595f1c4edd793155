/** Render functions shared by the element stories and the docs pages. */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { articleAttribute, type CommonArgs } from './helpers.js';

export interface CardArgs extends CommonArgs {
  src?: string;
  timeout?: number;
  credentials?: 'omit' | 'same-origin' | 'include';
  layout?: 'stacked' | 'horizontal' | 'compact' | 'hero';
  aspect?: '16/9' | '4/3' | '1/1' | 'auto';
  position?: number;
}

/** One `<news-card>`, every attribute bound to its arg. */
export function renderCard(args: CardArgs) {
  return html`<news-card
    article=${ifDefined(articleAttribute(args.article))}
    src=${ifDefined(args.src)}
    timeout=${ifDefined(args.timeout)}
    credentials=${ifDefined(args.credentials)}
    layout=${ifDefined(args.layout)}
    theme=${ifDefined(args.theme)}
    aspect=${ifDefined(args.aspect)}
    locale=${ifDefined(args.locale)}
    time-style=${ifDefined(args['time-style'])}
    heading-level=${ifDefined(args['heading-level'])}
    position=${ifDefined(args.position)}
    dir=${ifDefined(args.dir)}
    .messages=${args.messages}
    style="max-inline-size: 36rem"
  ></news-card>`;
}


export interface HeadlineArgs extends CommonArgs {
  headline?: string;
  url?: string;
  kicker?: string;
}

/** One `<news-headline>`, every attribute bound to its arg. */
export function renderHeadline(args: HeadlineArgs) {
  return html`<news-headline
    article=${ifDefined(articleAttribute(args.article))}
    headline=${ifDefined(args.headline)}
    url=${ifDefined(args.url)}
    kicker=${ifDefined(args.kicker)}
    heading-level=${ifDefined(args['heading-level'])}
    locale=${ifDefined(args.locale)}
    time-style=${ifDefined(args['time-style'])}
    theme=${ifDefined(args.theme)}
    dir=${ifDefined(args.dir)}
    .messages=${args.messages}
  ></news-headline>`;
}

export interface BylineArgs extends CommonArgs {
  /** A name, or a JSON array of names or `{ name, url }` objects. */
  authors?: string;
  publisher?: string;
  'date-published'?: string;
  'date-modified'?: string;
}

/** One `<news-byline>`, every attribute bound to its arg. */
export function renderByline(args: BylineArgs) {
  return html`<news-byline
    article=${ifDefined(articleAttribute(args.article))}
    authors=${ifDefined(args.authors)}
    publisher=${ifDefined(args.publisher)}
    date-published=${ifDefined(args['date-published'])}
    date-modified=${ifDefined(args['date-modified'])}
    heading-level=${ifDefined(args['heading-level'])}
    locale=${ifDefined(args.locale)}
    time-style=${ifDefined(args['time-style'])}
    theme=${ifDefined(args.theme)}
    dir=${ifDefined(args.dir)}
    .messages=${args.messages}
  ></news-byline>`;
}

export interface PhotoArgs extends CommonArgs {
  src?: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
  decorative?: boolean;
  aspect?: '16/9' | '4/3' | '1/1' | 'auto';
}

/** One `<news-photo>`, every attribute bound to its arg. */
export function renderPhoto(args: PhotoArgs) {
  return html`<news-photo
    article=${ifDefined(articleAttribute(args.article))}
    src=${ifDefined(args.src)}
    alt=${ifDefined(args.alt)}
    caption=${ifDefined(args.caption)}
    credit=${ifDefined(args.credit)}
    width=${ifDefined(args.width)}
    height=${ifDefined(args.height)}
    ?decorative=${args.decorative ?? false}
    aspect=${ifDefined(args.aspect)}
    heading-level=${ifDefined(args['heading-level'])}
    locale=${ifDefined(args.locale)}
    time-style=${ifDefined(args['time-style'])}
    theme=${ifDefined(args.theme)}
    dir=${ifDefined(args.dir)}
    .messages=${args.messages}
    style="max-inline-size: 36rem"
  ></news-photo>`;
}

export interface RelatedArgs extends CommonArgs {
  limit?: number;
  /** The `items` property (there is no attribute for it). */
  items?: { url: string; headline: string; datePublished?: string }[];
}

/** One `<news-related>`, every attribute bound to its arg. */
export function renderRelated(args: RelatedArgs) {
  return html`<news-related
    article=${ifDefined(articleAttribute(args.article))}
    .items=${args.items}
    limit=${ifDefined(args.limit)}
    heading-level=${ifDefined(args['heading-level'])}
    locale=${ifDefined(args.locale)}
    time-style=${ifDefined(args['time-style'])}
    theme=${ifDefined(args.theme)}
    dir=${ifDefined(args.dir)}
    .messages=${args.messages}
  ></news-related>`;
}
