/**
 * The XML tree the feed readers work on: the same small shape whether the browser's `DOMParser`
 * (xml-dom.ts) or, in Node, the saxes parser (xml-sax.ts) read the text, so the readers are the same
 * code everywhere.
 *
 * Both builders keep the tree bounded, whatever the input:
 * - elements deeper than {@link MAX_XML_DEPTH} are skipped with everything inside them, and a document
 *   nesting deeper than {@link MAX_XML_NESTING} is refused;
 * - once {@link MAX_FEED_ITEMS} items (RSS `item`, Atom `entry`) are read, the rest of the document is
 *   not: the tree then has `truncated` set.
 */
import { MAX_FEED_ITEMS } from './limits.js';

export interface XmlNode {
  /**
   * `local` for elements and attributes in no namespace (and RSS 1.0's); `prefix:local` for the
   * namespaces feeds use, whatever prefix the document chose (`atom:`, `media:`, `dc:`, `content:`,
   * `rdf:`, `xml:`); `?:local` for any other namespace.
   */
  name: string;
  attrs: Record<string, string>;
  kids: XmlNode[];
  /** The text and CDATA directly inside the element (not its descendants'). */
  text: string;
  /** Where the element's whole text, its descendants' included, starts and ends in the document's `all`. */
  from: number;
  to: number;
}

/** The document: its one child is the root element. */
export interface XmlDocument extends XmlNode {
  /** Items were left unread after {@link MAX_FEED_ITEMS}. */
  truncated?: boolean;
  /** All the text of the document, in order: {@link deepText} reads each element's part of it. */
  all: string;
}

/** Elements nested deeper than this are skipped, with their content. Feeds need 5 or 6 levels. */
export const MAX_XML_DEPTH = 16;

/**
 * A document nesting elements deeper than this is not read at all: resolving namespaces costs a
 * parser time in proportion to the depth, for every element.
 */
export const MAX_XML_NESTING = 256;

const PREFIXES: Record<string, string> = {
  'http://www.w3.org/2005/Atom': 'atom:',
  'http://search.yahoo.com/mrss/': 'media:',
  'http://purl.org/dc/elements/1.1/': 'dc:',
  'http://purl.org/rss/1.0/modules/content/': 'content:',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf:',
  'http://www.w3.org/XML/1998/namespace': 'xml:',
  // RSS 1.0 elements read like RSS 2.0's.
  'http://purl.org/rss/1.0/': '',
};

/** The name of an element or attribute in its namespace, as described at {@link XmlNode.name}. */
export const qualify = (uri: string | null | undefined, local: string): string =>
  (uri ? (PREFIXES[uri] ?? (uri.startsWith('http://www.w3.org/2000/xmlns') ? 'xmlns:' : '?:')) : '') + local;

/** Items of a feed: counted by both builders to stop reading after {@link MAX_FEED_ITEMS}. */
export const isItem = (name: string): boolean => name === 'item' || name === 'atom:entry';

/** Thrown by a builder to stop reading once the item cap is reached. */
export const STOP = Symbol('stop');

/**
 * Builds the tree from open/text/close callbacks: the builders call `open` for each element, `text`
 * for text and CDATA, and `close`. Throws {@link STOP} when one item more than the cap has ended.
 */
export function treeBuilder() {
  const doc: XmlDocument = { name: '#document', attrs: {}, kids: [], text: '', from: 0, to: 0, all: '' };
  const stack: XmlNode[] = [doc];
  let skipped = 0;
  let items = 0;
  return {
    doc,
    open(name: string, attrs: Record<string, string>): void {
      if (stack.length + skipped > MAX_XML_NESTING) throw `Elements nested deeper than ${MAX_XML_NESTING} levels: not read`;
      if (skipped || stack.length > MAX_XML_DEPTH) {
        skipped++;
        return;
      }
      const node: XmlNode = { name, attrs, kids: [], text: '', from: doc.all.length, to: 0 };
      stack[stack.length - 1].kids.push(node);
      stack.push(node);
    },
    text(data: string): void {
      if (skipped) return;
      stack[stack.length - 1].text += data;
      doc.all += data;
    },
    close(): void {
      if (skipped) {
        skipped--;
        return;
      }
      const node = stack.pop() as XmlNode;
      node.to = doc.all.length;
      if (isItem(node.name) && ++items > MAX_FEED_ITEMS) {
        stack[stack.length - 1].kids.pop();
        doc.truncated = true;
        throw STOP;
      }
    },
  };
}

/** The first child element named `name`. */
export const kid = (node: XmlNode | undefined, name: string): XmlNode | undefined => node?.kids.find((k) => k.name === name);

/** The child elements named `name`. */
export const kids = (node: XmlNode | undefined, name: string): XmlNode[] => node?.kids.filter((k) => k.name === name) ?? [];

/** The trimmed text directly inside the first child named `name`, or undefined when blank. */
export const kidText = (node: XmlNode | undefined, name: string): string | undefined => kid(node, name)?.text.trim() || undefined;

/** All the text inside `node`, its descendants' included, in document order (for Atom's `type="xhtml"`). */
export const deepText = (doc: XmlDocument, node: XmlNode): string => doc.all.slice(node.from, node.to);
