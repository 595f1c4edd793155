/**
 * Reads feed XML in the browser, with the platform's `DOMParser` (`application/xml`): no external
 * entity or DTD is ever fetched, and the engines' parsers refuse entity expansion loops. The document is
 * walked without recursion into the bounded tree of xml.ts.
 */
import { qualify, STOP, treeBuilder, type XmlDocument } from './xml.js';

/** The parsed tree, or throws the problem message (a string) of text that is not well-formed XML. */
export function parseXmlDom(text: string): XmlDocument {
  const dom = new DOMParser().parseFromString(text, 'application/xml');
  // Each engine reports a syntax error as a <parsererror> element (in its own namespace) in the result.
  const error = dom.getElementsByTagNameNS('*', 'parsererror')[0];
  if (error) throw `Not well-formed XML: ${(error.textContent ?? '').trim().split('\n')[0].slice(0, 200)}`;
  const tree = treeBuilder();
  // Each entry: a node to open, or `null` to close the element opened before its children.
  const stack: (Node | null)[] = [dom.documentElement];
  try {
    while (stack.length) {
      const node = stack.pop();
      if (node === null) {
        tree.close();
      } else if (node?.nodeType === 1) {
        const element = node as Element;
        const attrs: Record<string, string> = {};
        for (const { namespaceURI, localName, value } of element.attributes) attrs[qualify(namespaceURI, localName)] = value;
        tree.open(qualify(element.namespaceURI, element.localName), attrs);
        stack.push(null);
        for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
      } else if (node?.nodeType === 3 || node?.nodeType === 4) {
        tree.text((node as CharacterData).data);
      }
    }
  } catch (thrown) {
    if (thrown !== STOP) throw thrown;
  }
  return tree.doc;
}
