// The whole corpus (../shared/corpora/postlight/, served by test/server/corpus-server.mjs) through both
// hosts of the engine in this browser: DOMParser and parse5 must give identical results on every page,
// and articleFromDocument the same as articleFromHtml. (The agreement rates are measured in Node:
// test/node/extract-corpus.test.mjs.)
import { expect } from '@open-wc/testing';
import { extract } from './helpers.js';

describe('extraction over the corpus', function () {
  this.timeout(120000);

  it('gives identical results in both hosts on every page', async function () {
    const response = await fetch('/corpus/index.json');
    if (response.status === 404) {
      // Not on this machine (the server says where it looked): skipped, and the run's summary says so.
      console.warn(await response.text());
      this.skip();
    }
    expect(response.ok, await response.clone().text()).to.equal(true);
    const rows = (await response.json()) as Array<{ dir: string; url: string }>;
    expect(rows.length).to.be.greaterThan(100);
    let articles = 0;
    for (const { dir, url } of rows) {
      const html = await (await fetch(`/corpus/${dir}/page.html`)).text();
      try {
        if (extract(html, url).article) articles++;
      } catch (error) {
        throw new Error(`${dir}: ${(error as Error).message}`);
      }
    }
    expect(articles).to.equal(rows.length);
  });
});
