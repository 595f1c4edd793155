// The extraction API as Node consumers import it (built files): the package root and news-card/extract
// resolve to the parse5 host under the `node` condition, so articleFromHtml works with no DOM at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const seed = JSON.parse(readFileSync(new URL('../fixtures/seed-article.json', import.meta.url), 'utf8'));
const html = readFileSync(new URL('../fixtures/formats/seed.page.html', import.meta.url), 'utf8');

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.DOMParser, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
});

for (const specifier of ['news-card', 'news-card/extract']) {
  test(`${specifier}: articleFromHtml reads the seed page in Node`, async () => {
    const { articleFromHtml, articleFromDocument } = await import(specifier);
    assert.equal(typeof articleFromDocument, 'function');
    const { article } = articleFromHtml(html, { url: seed.url });
    assert.equal(article.headline, seed.headline);
    assert.deepEqual(article.author.map((a) => a.name), seed.author.map((a) => a.name));
    assert.equal(article.datePublished, seed.datePublished);
    assert.equal(article.image.url, seed.image.url);
  });
}

test('the browser build without a DOMParser answers with a problem, not an exception', async () => {
  const { articleFromHtml } = await import('../../dist/extract/index.js');
  const result = articleFromHtml(html, { url: seed.url });
  assert.equal(result.article, null);
  assert.match(result.problems[0].message, /No HTML parser here/);
});
