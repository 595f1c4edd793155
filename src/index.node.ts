// The package root as Node resolves it (the `node` export condition): everything the root exports, with
// the extraction engine's Node host, which parses HTML with parse5 (Node has no DOMParser).
export * from './index.js';
export { articleFromDocument, articleFromHtml } from './extract/node.js';
