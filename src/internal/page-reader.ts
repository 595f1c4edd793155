/**
 * The page reader: an article page (its bytes and `Content-Type`, or its text) → `{ article, problems }`,
 * as `<news-card src>` and the catalog's Playground read one. It is loaded on demand, only when a `src`
 * answers with HTML (extract-loader.ts): in npm builds a chunk of its own, for the CDN bundles part of
 * `news-card.extract.js`, which is why it also passes on the engine's public functions.
 *
 * - **Decoding** in the page's own charset (page.ts).
 * - **Parsing** with `DOMParser`: the document has no browsing context, so no script in it runs and no
 *   image, style sheet or frame loads. An XHTML page is parsed as HTML too: an XML parser gives up at the
 *   first error, the HTML parser reads anything. Where the browser has Trusted Types, the text passes
 *   through the policy {@link POLICY}, which leaves it unchanged (nothing in the document runs, and only its
 *   text is read); a page whose CSP enforces Trusted Types without allowing that policy cannot be read.
 * - **Reading** with the extraction engine. `url`, the final response URL, resolves the page's relative URLs
 *   and is the article's `url` when the page names none, so the card always links to the page.
 */
import type { NormalizeResult } from '../article/types.js';
import { articleFromDocument } from '../extract/index.js';
import { decodePage, linkToPage } from './page.js';

export { articleFromDocument, articleFromHtml } from '../extract/index.js';

/** The Trusted Types policy that lets `DOMParser` read a page where Trusted Types are enforced. */
export const POLICY = 'news-card-page';

/** The policy once asked for: `null` when there is no Trusted Types API or the page's CSP refused it. */
let policy: { createHTML(html: string): string } | null | undefined;

/** The page as an inert document. The policy is asked for first, so that a page that allows it sees no violation. */
function parse(html: string): Document {
  if (policy === undefined) {
    try {
      type Factory = { createPolicy(name: string, rules: object): typeof policy };
      policy = (globalThis as { trustedTypes?: Factory }).trustedTypes?.createPolicy(POLICY, { createHTML: (text: string) => text }) ?? null;
    } catch {
      policy = null;
    }
  }
  return new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, 'text/html');
}

/** Reads the article a page (its text, or its bytes as a `Blob`) describes, as above. Never rejects. */
export async function readPage(page: Blob | string, type?: string | null, url?: string): Promise<NormalizeResult> {
  const html = typeof page == 'string' ? page : decodePage(new Uint8Array(await page.arrayBuffer()), type);
  let doc: Document;
  try {
    doc = parse(html);
  } catch {
    return { article: null, problems: [{ path: 'src', message: `Trusted Types forbid parsing the page: allow the policy "${POLICY}"` }] };
  }
  return linkToPage(articleFromDocument(doc, { url }), url);
}
