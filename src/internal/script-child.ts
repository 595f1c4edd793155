import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Problem } from '../article/types.js';

const JSON_TYPES = ['application/json', 'application/ld+json'];

/** What the script children hold: the first one's text, and a problem for each one after it. */
export interface ScriptInput {
  text: string;
  problems: Problem[];
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// FNV-1a: tells whether the script changed without keeping a copy of its text.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Watches a host's direct `<script type="application/json">` and `<script type="application/ld+json">`
 * children while it is connected, and calls `onChange` when what they hold changes. The first one is
 * the input; the others are reported as problems. While the document is still loading, a script the
 * parser has not finished (empty, or not yet valid JSON) is `pending` until `DOMContentLoaded`.
 */
export class ScriptChildController implements ReactiveController {
  /** True while the parser may still be writing the first script child. */
  pending = false;
  #host: ReactiveControllerHost & HTMLElement;
  #onChange: () => void;
  #observer?: MutationObserver;
  #signature = '';

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  /** The script children's input, read from the DOM; `undefined` when there is none (or while `pending`). */
  read(): ScriptInput | undefined {
    if (isServer || this.pending) return undefined;
    const [first, ...rest] = this.#scripts();
    const text = first?.textContent ?? '';
    if (text.trim() === '') return undefined;
    const message = 'Only the first JSON script child is read; this one is ignored';
    return { text, problems: rest.map((_, i) => ({ path: `script[${i + 1}]`, message })) };
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.#check());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#check();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#afterParse);
    this.pending = false;
  }

  #afterParse = (): void => {
    this.pending = false;
    this.#signature = '';
    this.#check();
  };

  #scripts(): Element[] {
    return [...this.#host.children].filter(
      (child) => child.localName === 'script' && JSON_TYPES.includes((child.getAttribute('type') ?? '').trim().toLowerCase()),
    );
  }

  #check(): void {
    const scripts = this.#scripts();
    const text = scripts[0]?.textContent ?? '';
    // While the parser is still inside the script, its text is incomplete: wait for the document.
    const waiting = scripts.length > 0 && document.readyState === 'loading' && (text.trim() === '' || !isJson(text));
    if (waiting && !this.pending) document.addEventListener('DOMContentLoaded', this.#afterParse, { once: true });
    this.pending = waiting;
    const signature = scripts.length ? `${waiting}:${scripts.length}:${hash(text)}` : '';
    if (signature === this.#signature) return;
    this.#signature = signature;
    this.#onChange();
  }
}
