// Reads what an element rendered and judges it against the rules that keep the host page safe.
// The checks are independent of the elements: they only look at the DOM, and re-check URLs with the
// one URL policy (src/article/url-policy.ts).
import { checkUrl } from '../../src/article/url-policy.js';

/** Attributes that make the browser load or navigate to a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'cite', 'longdesc', 'srcdoc'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** What one render put in the DOM: element and attribute names, style attributes and URLs. */
export interface Rendered {
  tags: Set<string>;
  attributes: Set<string>;
  styles: string[];
  styleElements: string[];
  urls: Array<{ tag: string; name: string; value: string; mailto: boolean }>;
}

export function emptyRendered(): Rendered {
  return { tags: new Set(), attributes: new Set(), styles: [], styleElements: [], urls: [] };
}

/** Every element under `root`, through nested shadow roots. */
function* elementsUnder(root: ParentNode): Generator<Element> {
  for (const element of Array.from(root.querySelectorAll('*'))) {
    yield element;
    if (element.shadowRoot) yield* elementsUnder(element.shadowRoot);
  }
}

/** Adds what `host`'s shadow root holds to `into` (a fresh record by default). */
export function collect(host: Element, into: Rendered = emptyRendered()): Rendered {
  const root = host.shadowRoot;
  if (!root) return into;
  for (const element of elementsUnder(root)) {
    into.tags.add(element.localName);
    if (element.localName === 'style') into.styleElements.push(element.textContent ?? '');
    for (const attribute of Array.from(element.attributes)) {
      into.attributes.add(attribute.name);
      if (attribute.name === 'style') into.styles.push(attribute.value);
      if (URL_ATTRIBUTES.includes(attribute.name)) {
        const parts = element.getAttribute('part')?.split(/\s+/) ?? [];
        into.urls.push({ tag: element.localName, name: attribute.name, value: attribute.value, mailto: parts.includes('author') });
      }
    }
  }
  return into;
}

/**
 * The candidates of a `srcset`, read the way the HTML parser reads them (a URL runs to the next
 * whitespace; trailing commas end it; descriptors run to the next comma). Written here rather than
 * borrowed from the policy module, so the policy is checked against an independent reading.
 */
export function srcsetCandidates(value: string): Array<{ url: string; descriptors: string[] }> {
  const out: Array<{ url: string; descriptors: string[] }> = [];
  let pos = 0;
  const space = (c: string | undefined) => c !== undefined && /[\t\n\f\r ]/.test(c);
  while (pos < value.length) {
    while (pos < value.length && (space(value[pos]) || value[pos] === ',')) pos++;
    if (pos >= value.length) break;
    let url = '';
    while (pos < value.length && !space(value[pos])) url += value[pos++];
    const descriptors: string[] = [];
    if (/,+$/.test(url)) {
      url = url.replace(/,+$/, '');
    } else {
      let current = '';
      let depth = 0;
      while (pos < value.length) {
        const c = value[pos++];
        if (depth === 0 && c === ',') break;
        if (depth === 0 && space(c)) {
          if (current) descriptors.push(current);
          current = '';
          continue;
        }
        if (c === '(') depth++;
        if (c === ')') depth = Math.max(0, depth - 1);
        current += c;
      }
      if (current) descriptors.push(current);
    }
    out.push({ url, descriptors });
  }
  return out;
}

function protocolOf(url: string): string {
  try {
    return new URL(url, document.baseURI).protocol;
  } catch {
    return 'invalid:';
  }
}

/** Why one URL attribute breaks the rules, or `undefined` when it is fine. */
function urlProblem(entry: Rendered['urls'][number]): string | undefined {
  const { name, value, mailto, tag } = entry;
  if (name !== 'href' && name !== 'src' && name !== 'srcset') return `<${tag}> has a ${name} attribute (${JSON.stringify(value)})`;
  const urls = name === 'srcset' ? srcsetCandidates(value) : [{ url: value, descriptors: [] }];
  if (name === 'srcset' && urls.length === 0) return `empty srcset ${JSON.stringify(value)}`;
  for (const { url, descriptors } of urls) {
    if (name === 'srcset' && (descriptors.length !== 1 || !/^[1-9]\d*w$/.test(descriptors[0]))) {
      return `srcset candidate ${JSON.stringify(url)} has descriptors ${JSON.stringify(descriptors)} in ${JSON.stringify(value)}`;
    }
    const checked = checkUrl(url, { allowMailto: mailto && name === 'href' });
    if (checked.url === undefined) return `<${tag} ${name}=${JSON.stringify(value)}> fails the URL policy: ${checked.problem}`;
    const protocol = protocolOf(url);
    if (!SAFE_PROTOCOLS.has(protocol) || (protocol === 'mailto:' && !(mailto && name === 'href'))) {
      return `<${tag} ${name}=${JSON.stringify(value)}> resolves to ${protocol}`;
    }
    try {
      if (new URL(url, document.baseURI).host === '' && protocol !== 'mailto:') return `<${tag} ${name}> has no host`;
    } catch {
      return `<${tag} ${name}> does not parse`;
    }
  }
  return undefined;
}

/**
 * Everything wrong with `rendered` compared with `baseline` (what the templates make from benign
 * data): element or attribute names the templates never make, event-handler attributes, style
 * attributes or style elements that differ from the baseline's, and URLs outside the policy.
 */
export function violations(rendered: Rendered, baseline: Rendered): string[] {
  const found: string[] = [];
  for (const tag of rendered.tags) if (!baseline.tags.has(tag)) found.push(`element <${tag}> is not made by any template`);
  for (const name of rendered.attributes) {
    if (/^on/i.test(name)) found.push(`event handler attribute ${name}`);
    else if (!baseline.attributes.has(name)) found.push(`attribute ${name} is not made by any template`);
  }
  const baseStyles = new Set(baseline.styles);
  for (const style of rendered.styles) if (!baseStyles.has(style)) found.push(`style attribute ${JSON.stringify(style)}`);
  const baseSheets = new Set(baseline.styleElements);
  for (const sheet of rendered.styleElements) if (!baseSheets.has(sheet)) found.push(`<style> ${JSON.stringify(sheet.slice(0, 80))}`);
  for (const entry of rendered.urls) {
    const problem = urlProblem(entry);
    if (problem) found.push(problem);
  }
  return found;
}

/** Page-level signals a case must not produce: script ran, or an error or CSP report reached `window`. */
export class PageGuard {
  readonly events: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly warnings: string[] = [];
  private readonly realError = console.error;
  private readonly realWarn = console.warn;
  private readonly targets: Window[] = [];

  private readonly onError = (event: ErrorEvent) => {
    this.events.push(`error: ${event.message}`);
  };
  private readonly onRejection = (event: PromiseRejectionEvent) => {
    this.events.push(`unhandledrejection: ${String(event.reason)}`);
  };
  private readonly onViolation = (event: SecurityPolicyViolationEvent) => {
    this.events.push(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
  };

  /** Starts listening on `win` (the test page by default; also iframes a case creates). */
  watch(win: Window = window): this {
    win.addEventListener('error', this.onError);
    win.addEventListener('unhandledrejection', this.onRejection);
    win.addEventListener('securitypolicyviolation', this.onViolation);
    this.targets.push(win);
    return this;
  }

  /** Also records console.error (never allowed) and console.warn (allowed, at most once per element). */
  recordConsole(): this {
    console.error = (...args: unknown[]) => {
      this.consoleErrors.push(args.map(String).join(' '));
    };
    console.warn = (...args: unknown[]) => {
      this.warnings.push(args.map(String).join(' '));
    };
    return this;
  }

  stop(): void {
    for (const win of this.targets) {
      win.removeEventListener('error', this.onError);
      win.removeEventListener('unhandledrejection', this.onRejection);
      win.removeEventListener('securitypolicyviolation', this.onViolation);
    }
    this.targets.length = 0;
    console.error = this.realError;
    console.warn = this.realWarn;
  }
}

/** The `window.__pwned` flag of `win`: set only by a payload that ran. */
export function pwned(win: Window = window): unknown {
  return (win as unknown as Record<string, unknown>).__pwned;
}

export function resetPwned(win: Window = window): void {
  delete (win as unknown as Record<string, unknown>).__pwned;
}

/** Waits for two frames and a short pause: long enough for an injected image to fail and fire onerror. */
export async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, ms));
}
