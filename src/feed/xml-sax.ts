/**
 * Reads feed XML in Node, with saxes: a streaming, non-validating parser that knows only XML's five
 * predefined entities and character references. It never reads a DTD's entity declarations, so an
 * entity bomb (`&lol9;`) or an external entity (`SYSTEM "file:///…"`) is an undefined entity: an error,
 * never an expansion or a request. Reading stops at the first error and once the item cap is reached
 * (docs/decisions/008-feed-parsing.md).
 */
import { SaxesParser } from 'saxes';
import { qualify, STOP, treeBuilder, type XmlDocument } from './xml.js';

/** The parsed tree, or throws the problem message (a string) of text that is not well-formed XML. */
export function parseXmlSax(text: string): XmlDocument {
  const tree = treeBuilder();
  const parser = new SaxesParser({ xmlns: true, position: true });
  parser.on('error', (error) => {
    throw `Not well-formed XML: ${error.message}`;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const { uri, local, value } of Object.values(tag.attributes)) attrs[qualify(uri, local)] = value;
    tree.open(qualify(tag.uri, tag.local), attrs);
  });
  parser.on('text', tree.text);
  parser.on('cdata', tree.text);
  parser.on('closetag', tree.close);
  try {
    parser.write(text).close();
  } catch (thrown) {
    if (thrown !== STOP) throw thrown;
  }
  return tree.doc;
}
