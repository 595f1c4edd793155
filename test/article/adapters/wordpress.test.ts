import { expect } from '@open-wc/testing';
import { fromWordPress } from '../../../src/article/adapters/wordpress.js';
import { loadJson } from './helpers.js';

type Post = Record<string, unknown> & { _embedded: Record<string, unknown[]> };

const paths = (result: { problems: { path: string }[] }) => result.problems.map((p) => p.path);

/** A fresh copy of the synthetic post, to change in one test. */
async function post(): Promise<Post> {
  return structuredClone(await loadJson('formats/category.wordpress.json')) as Post;
}

describe('fromWordPress', () => {
  it('maps a post with _embed: entities, excerpt, category kicker, sizes, image_meta credit, authors', async () => {
    const result = fromWordPress(await post());
    expect(result.article).to.deep.equal({
      id: '42',
      url: 'https://example.com/2024/05/01/example-headline/',
      headline: 'Example “headline” & more',
      kicker: { text: 'World & Politics', url: 'https://example.com/category/world-politics/' },
      articleSection: 'World & Politics',
      description: 'An example excerpt that WordPress cut short…',
      author: [{ name: 'Example Reporter', url: 'https://example.com/author/example-reporter/' }],
      datePublished: '2024-05-01T10:00:00Z',
      dateModified: '2024-05-02T08:30:00Z',
      image: {
        url: 'https://example.com/wp-content/uploads/2024/05/example.jpg',
        width: 1600,
        height: 900,
        alt: 'An example alt text',
        caption: 'An example caption.',
        creditText: 'Example Agency',
        // The square thumbnail is a crop of another aspect ratio, and "full" is the picture itself.
        sources: [
          { url: 'https://example.com/wp-content/uploads/2024/05/example-300x169.jpg', width: 300 },
          { url: 'https://example.com/wp-content/uploads/2024/05/example-1024x576.jpg', width: 1024 },
        ],
      },
    });
    // The second embedded author is private: WordPress embeds an error object for it.
    expect(result.problems).to.have.length(1);
    expect(result.problems[0].path).to.equal('_embedded.author[1]');
    expect(result.problems[0].message).to.contain('rest_user_invalid_id');
  });

  it('splits a credit written in the caption, which wins over image_meta', async () => {
    const data = await post();
    const media = data._embedded['wp:featuredmedia'][0] as Record<string, unknown>;
    media.caption = { rendered: '<p>An example caption. <em>(Photo credit: Example Photographer)</em></p>\n' };
    const image = fromWordPress(data).article?.image;
    expect(image?.caption).to.equal('An example caption.');
    expect(image?.creditText).to.equal('Example Photographer');
  });

  it('turns a WordPress error object into a problem and no article', async () => {
    const result = fromWordPress(await loadJson('formats/error.wordpress.json'));
    expect(result.article).to.equal(null);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0].message).to.contain('rest_post_invalid_id').and.contain('404');
  });

  it('takes the first post of a /posts list, and JSON text', async () => {
    const data = await post();
    expect(fromWordPress([data, { id: 1 }]).article?.id).to.equal('42');
    expect(fromWordPress(JSON.stringify(data)).article?.id).to.equal('42');
  });

  it('falls back to the calendar date of the local date only when date_gmt is missing, and says so', async () => {
    const data = await post();
    data.date_gmt = null;
    const result = fromWordPress(data);
    // "2024-05-01T12:00:00" is the site's wall clock with no offset: only its date names something.
    expect(result.article?.datePublished).to.equal('2024-05-01');
    expect(result.article?.dateModified).to.equal('2024-05-02T08:30:00Z');
    expect(paths(result)).to.deep.equal(['_embedded.author[1]', 'date']);
  });

  it('keeps a date_gmt that already states its offset', async () => {
    const data = await post();
    data.date_gmt = '2024-05-01T12:00:00+02:00';
    expect(fromWordPress(data).article?.datePublished).to.equal('2024-05-01T12:00:00+02:00');
  });

  it('skips the default "Uncategorized" category', async () => {
    const data = await post();
    (data._embedded['wp:term'][0] as unknown[]).splice(1);
    const result = fromWordPress(data);
    expect(result.article?.kicker).to.equal(undefined);
    expect(result.article?.articleSection).to.equal(undefined);
  });

  it('reports a post fetched without _embed', async () => {
    const data = await post();
    delete (data as Record<string, unknown>)._embedded;
    const result = fromWordPress(data);
    expect(result.article?.author).to.equal(undefined);
    expect(result.article?.image).to.equal(undefined);
    expect(paths(result)).to.deep.equal(['_embedded']);
  });

  it('drops featured media that is not an image', async () => {
    const data = await post();
    (data._embedded['wp:featuredmedia'][0] as Record<string, unknown>).media_type = 'file';
    const result = fromWordPress(data);
    expect(result.article?.image).to.equal(undefined);
    expect(paths(result)).to.include("_embedded['wp:featuredmedia'][0].media_type");
  });

  it('reads the publisher name and language from Yoast SEO when present', async () => {
    const data = await post();
    data.yoast_head_json = { og_site_name: 'Example News', og_locale: 'en_GB' };
    const article = fromWordPress(data).article;
    expect(article?.publisher).to.deep.equal({ name: 'Example News' });
    expect(article?.inLanguage).to.equal('en-GB');
  });

  it('drops and reports hostile URLs at their WordPress paths', async () => {
    const data = await post();
    data.link = 'javascript:alert(1)';
    (data._embedded.author[0] as Record<string, unknown>).link = 'data:text/html,<script>alert(1)</script>';
    const media = data._embedded['wp:featuredmedia'][0] as { media_details: { sizes: Record<string, { source_url: string }> } };
    media.media_details.sizes.large.source_url = 'vbscript:msgbox(1)';
    const result = fromWordPress(data);
    expect(paths(result)).to.include.members([
      'link',
      '_embedded.author[0].link',
      "_embedded['wp:featuredmedia'][0].media_details.sizes.large.source_url",
    ]);
    expect(result.article?.url).to.equal(undefined);
    expect(result.article?.author).to.deep.equal([{ name: 'Example Reporter' }]);
    expect(result.article?.image?.sources).to.deep.equal([
      { url: 'https://example.com/wp-content/uploads/2024/05/example-300x169.jpg', width: 300 },
    ]);

    (data._embedded['wp:featuredmedia'][0] as Record<string, unknown>).source_url = ' javascript:alert(1)';
    const noImage = fromWordPress(data);
    expect(noImage.article?.image).to.equal(undefined);
    expect(paths(noImage)).to.include("_embedded['wp:featuredmedia'][0].source_url");
  });
});
