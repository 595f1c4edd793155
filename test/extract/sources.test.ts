// Each source the extraction engine reads, on small pages built from the seed article's values, through
// both hosts (helpers.ts checks that they agree). Then the order between sources, and the cleaning rules.
import { expect } from '@open-wc/testing';
import type { Article } from '../../src/article/types.js';
import { articleFromDocument } from '../../src/extract/index.js';
import { extract, ld, metas, page, PAGE_URL } from './helpers.js';

const seed = (await (await fetch(new URL('../fixtures/seed-article.json', import.meta.url))).json()) as Required<Article> & { image: { url: string; caption: string } };

const HEADLINE = seed.headline;
const AUTHOR = seed.author[0].name;
const DATE = seed.datePublished;
const IMAGE = seed.image.url;
const SITE = seed.publisher.name;
const article = (html: string, url?: string) => extract(html, url).article;

describe('extraction sources', () => {
  describe('JSON-LD', () => {
    const node = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: HEADLINE, author: { '@type': 'Person', name: AUTHOR }, datePublished: DATE, image: IMAGE };

    it('reads a NewsArticle, and every Article subtype', () => {
      for (const type of ['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'TechArticle', 'LiveBlogPosting', 'Report']) {
        const a = article(page(ld({ ...node, '@type': type })));
        expect(a?.headline, type).to.equal(HEADLINE);
        expect(a?.author, type).to.deep.equal([{ name: AUTHOR }]);
        expect(a?.datePublished, type).to.equal(DATE);
        expect(a?.image?.url, type).to.equal(IMAGE);
      }
    });

    it('reads an @graph whose author, publisher and image are @id references, across scripts', () => {
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': `${PAGE_URL}#page`, url: PAGE_URL, inLanguage: seed.inLanguage },
          { '@type': 'NewsArticle', headline: HEADLINE, mainEntityOfPage: { '@id': `${PAGE_URL}#page` }, author: { '@id': '#desk' }, image: { '@id': '#image' }, datePublished: DATE },
          { '@type': 'ImageObject', '@id': '#image', url: IMAGE, caption: seed.image.caption },
        ],
      };
      const people = { '@context': 'https://schema.org', '@type': 'Person', '@id': '#desk', name: AUTHOR };
      const a = article(page(ld(graph) + ld(people)));
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.image?.url).to.equal(IMAGE);
      expect(a?.image?.caption).to.equal(seed.image.caption);
      expect(a?.inLanguage).to.equal(seed.inLanguage);
    });

    it('reads the mainEntity of a WebPage, and an array of nodes', () => {
      expect(article(page(ld({ '@context': 'https://schema.org', '@type': 'WebPage', mainEntity: node })))?.headline).to.equal(HEADLINE);
      expect(article(page(ld([{ '@type': 'Organization', name: SITE }, node])))?.headline).to.equal(HEADLINE);
    });

    it('picks the article that names the page over other articles', () => {
      const other = { ...node, headline: 'Another US military convoy attacked in the same region', url: seed.related[0].url };
      expect(article(page(ld([other, { ...node, url: PAGE_URL }])))?.headline).to.equal(HEADLINE);
    });

    it('takes authors as a string, an Organization, an array, and image in every shape', () => {
      expect(article(page(ld({ ...node, author: AUTHOR })))?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(article(page(ld({ ...node, author: { '@type': 'Organization', name: AUTHOR } })))?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(article(page(ld({ ...node, author: [{ '@type': 'Person', name: AUTHOR }, 'Jane Roe'] })))?.author).to.deep.equal([{ name: AUTHOR }, { name: 'Jane Roe' }]);
      for (const image of [IMAGE, [IMAGE], { '@type': 'ImageObject', url: IMAGE }, [{ '@type': 'ImageObject', contentUrl: IMAGE }]]) {
        expect(article(page(ld({ ...node, image })))?.image?.url, JSON.stringify(image)).to.equal(IMAGE);
      }
    });

    it('reads broken JSON-LD the way lenient readers do', () => {
      const text = JSON.stringify(node);
      const broken = [
        `<!-- ${text} -->`,
        `//<![CDATA[\n${text}\n//]]>`,
        text.replace('{', '{ /* generated */ ').replace(/}$/, ', }'),
        text.replace(/"/g, '&quot;'),
        `${JSON.stringify({ '@type': 'Organization', name: SITE })}\n${text}`,
        text.replace(HEADLINE, HEADLINE.replace(' attacked', '\nattacked')),
        `// page data\n${text};`,
      ];
      for (const json of broken) expect(article(page(ld(json)))?.headline, json).to.match(/^US occupation forces convoy\sattacked/);
    });
  });

  describe('microdata', () => {
    it('reads an article item: headline, dates, author, image and publisher', () => {
      const body = `<article itemscope itemtype="https://schema.org/NewsArticle">
        <h2 itemprop="headline">${HEADLINE}</h2>
        <time itemprop="datePublished" datetime="${DATE}">27 December</time>
        <meta itemprop="dateModified" content="2021-12-28">
        <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${AUTHOR}</span></span>
        <img itemprop="image" src="${IMAGE}" alt="">
        <div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="${SITE}"></div>
      </article>`;
      const a = article(page('', body));
      expect(a?.headline).to.equal(HEADLINE);
      expect(a?.datePublished).to.equal(DATE);
      expect(a?.dateModified).to.equal('2021-12-28');
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.image?.url).to.equal(IMAGE);
    });

    it('reads a property written in several blocks as one line of text, and a byline\'s name from its first line', () => {
      const words = HEADLINE.split(' ');
      const body = `<div itemscope itemtype="https://schema.org/NewsArticle">
        <div itemprop="headline"><p>${words.slice(0, 4).join(' ')}</p><p>${words.slice(4).join(' ')}</p></div>
        <div itemprop="author"><p>By</p><p>${AUTHOR}</p><p>Staff writer</p></div></div>`;
      const a = article(page('', body));
      expect(a?.headline).to.equal(HEADLINE);
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
    });

    it('reads itemprops written outside any item', () => {
      const a = article(page(`<title>${HEADLINE}</title>`, `<span itemprop="author">${AUTHOR}</span><meta itemprop="datePublished" content="${DATE}">`));
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.datePublished).to.equal(DATE);
    });
  });

  describe('Open Graph and Twitter cards', () => {
    it('reads og: with property or name, and article:*', () => {
      for (const attribute of ['property', 'name']) {
        const head = `<meta ${attribute}="og:title" content="${HEADLINE}"><meta ${attribute}="og:image" content="${IMAGE}"><meta ${attribute}="article:published_time" content="${DATE}T10:00:00Z"><meta ${attribute}="og:site_name" content="${SITE}">`;
        const a = article(page(head));
        expect(a?.headline, attribute).to.equal(HEADLINE);
        expect(a?.image?.url, attribute).to.equal(IMAGE);
        expect(a?.datePublished, attribute).to.equal(`${DATE}T10:00:00Z`);
        expect(a?.publisher?.name, attribute).to.equal(SITE);
      }
    });

    it('reads Twitter cards when Open Graph is missing', () => {
      const a = article(page(metas(['twitter:title', HEADLINE], ['twitter:image', IMAGE], ['twitter:description', seed.description])));
      expect(a?.headline).to.equal(HEADLINE);
      expect(a?.image?.url).to.equal(IMAGE);
      expect(a?.description).to.equal(seed.description);
    });
  });

  describe('plain meta tags', () => {
    const dialects: Array<[string, string]> = [
      ['author', 'date'],
      ['author', 'pubdate'],
      ['author', 'publish-date'],
      ['dc.creator', 'dc.date'],
      ['DC.creator', 'DC.date.issued'],
      ['parsely-author', 'parsely-pub-date'],
      ['sailthru.author', 'sailthru.date'],
      ['citation_author', 'citation_publication_date'],
    ];
    it('reads an author meta tag named under any prefix', () => {
      for (const key of ['cxenseparse:author', 'article_author', 'og:article:author']) {
        expect(article(page(`<title>${HEADLINE}</title>${metas([key, AUTHOR])}`))?.author, key).to.deep.equal([{ name: AUTHOR }]);
      }
      // twitter:creator holds an account, not a name.
      expect(article(page(`<title>${HEADLINE}</title>${metas(['twitter:creator', 'Jane Roe'])}`))?.author).to.equal(undefined);
    });

    for (const [author, date] of dialects) {
      it(`reads ${author} and ${date}`, () => {
        const a = article(page(`<title>${HEADLINE}</title>${metas([author, AUTHOR], [date, DATE])}`));
        expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
        expect(a?.datePublished).to.equal(DATE);
      });
    }
  });

  describe('links and the document', () => {
    it('reads rel=canonical, rel=image_src, rel=author and <html lang>', () => {
      const html = `<!doctype html><html lang="${seed.inLanguage}"><head><title>${HEADLINE}</title><link rel="canonical" href="${seed.url}"><link rel="image_src" href="${IMAGE}"></head>
        <body><a rel="author" href="/people/desk">${AUTHOR}</a></body></html>`;
      const a = article(html, 'https://example.com/amp/page');
      expect(a?.url).to.equal(seed.url);
      expect(a?.image?.url).to.equal(IMAGE);
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.inLanguage).to.equal(seed.inLanguage);
    });
  });

  describe('visible markup, when nothing else has it', () => {
    it('reads <time datetime>, a byline element and the first large image in the article', () => {
      const body = `<header><img src="/logo.png" width="120" height="40" alt="${SITE}"></header>
        <article><h1>${HEADLINE}</h1><p class="byline">By ${AUTHOR}</p><time datetime="${DATE}">27 December 2021</time>
        <img src="/wp-content/uploads/2021/12/US-convoy.jpg" width="1200" height="800" alt="${seed.image.caption}"></article>`;
      const a = article(page(`<title>${HEADLINE} | ${SITE}</title>`, body));
      expect(a?.headline).to.equal(HEADLINE);
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.datePublished).to.equal(DATE);
      expect(a?.image?.url).to.equal('https://example.com/wp-content/uploads/2021/12/US-convoy.jpg');
    });

    it('reads a lazily loaded picture from its data attribute, and the one the headline describes', () => {
      const lazy = `<article><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${IMAGE}" width="1200"></article>`;
      expect(article(page(`<title>${HEADLINE}</title>`, lazy))?.image?.url).to.equal(IMAGE);
      const described = `<img src="/avatar/desk.jpg"><img src="${IMAGE}" alt="${HEADLINE}">`;
      expect(article(page(`<title>${HEADLINE}</title>`, described))?.image?.url).to.equal(IMAGE);
    });

    it('reads a link to the author\'s page', () => {
      expect(article(page(`<title>${HEADLINE}</title>`, `<article><span>By <a href="/author/news-desk/">${AUTHOR}</a></span></article>`))?.author).to.deep.equal([
        { name: AUTHOR },
      ]);
    });

    it('reads a date written out in the article\'s text, before one elsewhere in the page', () => {
      const body = '<aside><span>November 2, 2020</span></aside><article><p>Published in World on December 27, 2021</p></article>';
      expect(article(page(`<title>${HEADLINE}</title>`, body))?.datePublished).to.equal(DATE);
    });

    it('reads the date printed in a date element', () => {
      expect(article(page(`<title>${HEADLINE}</title>`, '<span class="post-date">December 27, 2021</span>'))?.datePublished).to.equal(DATE);
    });

    it('reads the name in a byline of several blocks, not the outlet or the date after it', () => {
      const blocks = `<article><div class="article_byline"><div>By <span>${AUTHOR}</span></div><div><div>THE CRADLE</div><time>Dec 27, 2021 at 1:38 pm</time></div></div></article>`;
      expect(article(page(`<title>${HEADLINE}</title>`, blocks))?.author).to.deep.equal([{ name: AUTHOR }]);
      const prefixed = `<div class="byline"><span class="byline-prefix">By</span><div>${AUTHOR}</div><div>Staff writer, 27.12.2021</div></div>`;
      expect(article(page(`<title>${HEADLINE}</title>`, prefixed))?.author).to.deep.equal([{ name: AUTHOR }]);
      // A line break in the page's source is not a block.
      expect(article(page(`<title>${HEADLINE}</title>`, `<p class="byline">By Jane\n   Roe and ${AUTHOR}</p>`))?.author).to.deep.equal([{ name: 'Jane Roe' }, { name: AUTHOR }]);
    });

    it('ends a byline\'s name at a separator or at a date written right after it', () => {
      for (const line of [`${AUTHOR} / TNN / Updated: Dec 27, 2021, 11:05 IST`, `${AUTHOR}2021-12-27 14:27:02`, `${AUTHOR} 2021年12月27日 08時00分`]) {
        expect(article(page(`<title>${HEADLINE}</title>`, `<p class="byline">${line}</p>`))?.author, line).to.deep.equal([{ name: AUTHOR }]);
      }
    });
  });

  describe('the last resorts: <title> and the URL', () => {
    it('removes the site name after or before the title', () => {
      for (const title of [`${HEADLINE} | ${SITE}`, `${HEADLINE} - ${SITE}`, `${HEADLINE} — ${SITE}`, `${SITE}: ${HEADLINE}`, `${SITE} | ${HEADLINE}`]) {
        expect(article(page(`<title>${title}</title>${metas(['og:site_name', SITE])}`))?.headline, title).to.equal(HEADLINE);
      }
      expect(article(page(`<title>${HEADLINE} - Cradle</title>`), 'https://cradle.example/x')?.headline).to.equal(HEADLINE);
    });

    it('takes the date in the URL path', () => {
      expect(article(page(`<title>${HEADLINE}</title>`), 'https://example.com/2021/12/27/us-convoy/')?.datePublished).to.equal(DATE);
    });

    it('takes the date in the URL path before dates read from the page\'s text', () => {
      const listing = '<main><h1>US occupation forces convoy attacked</h1><ul><li><span class="date">January 5, 2022</span></li></ul></main>';
      expect(article(page(`<title>${HEADLINE}</title>`, listing), 'https://example.com/2021/12/27/us-convoy/')?.datePublished).to.equal(DATE);
      // A <time datetime> in the article still comes first.
      const dated = `<article><time datetime="${DATE}T10:00:00Z">27 December</time></article>`;
      expect(article(page(`<title>${HEADLINE}</title>`, dated), 'https://example.com/2021/12/26/us-convoy/')?.datePublished).to.equal(`${DATE}T10:00:00Z`);
    });
  });

  describe('the page\'s address', () => {
    it('is the window document\'s own URL, and a parsed document\'s only when given', () => {
      const meta = Object.assign(document.createElement('meta'), { content: HEADLINE });
      meta.setAttribute('property', 'og:title');
      document.head.append(meta);
      try {
        expect(articleFromDocument(document).article?.url).to.equal(location.href);
      } finally {
        meta.remove();
      }
      const parsed = new DOMParser().parseFromString(page(metas(['og:title', HEADLINE], ['og:image', '/img/convoy.jpg'])), 'text/html');
      expect(articleFromDocument(parsed).article).to.deep.equal({ headline: HEADLINE, image: { url: '/img/convoy.jpg' } });
      expect(articleFromDocument(parsed, { url: PAGE_URL }).article?.image?.url).to.equal('https://example.com/img/convoy.jpg');
    });
  });

  describe('the order between sources', () => {
    it('prefers JSON-LD to Open Graph to plain meta for the headline, author and date', () => {
      const head =
        ld({ '@type': 'NewsArticle', headline: HEADLINE, author: AUTHOR, datePublished: DATE }) +
        metas(['og:title', 'Another US military convoy attacked in the same region'], ['author', 'Jane Roe'], ['article:published_time', '2021-12-26']);
      const a = article(page(head));
      expect(a?.headline).to.equal(HEADLINE);
      expect(a?.author).to.deep.equal([{ name: AUTHOR }]);
      expect(a?.datePublished).to.equal(DATE);
    });

    it('prefers the heading the article shows to the social title', () => {
      const a = article(page(metas(['og:title', 'US convoy attacked in Basra']), `<article><h1>${HEADLINE}</h1></article>`));
      expect(a?.headline).to.equal(HEADLINE);
    });

    it('does not take a heading in the navigation (a breadcrumb\'s last step) for the headline', () => {
      const crumbs = [
        `<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><h1 itemprop="name">Iraq: US convoy attacked in Basra province</h1></li></ol>`,
        '<div class="breadcrumbs"><a href="/">Home</a> › <h1>Iraq: US convoy attacked in Basra province</h1></div>',
        '<nav><h1>Iraq: US convoy attacked in Basra province</h1></nav>',
      ];
      for (const crumb of crumbs) expect(article(page(metas(['og:title', HEADLINE]), `<main>${crumb}<p>${seed.description}</p></main>`))?.headline, crumb).to.equal(HEADLINE);
    });

    it('prefers a person in the byline to a credit to the staff in a meta tag, and takes the credit when no one is named', () => {
      const head = `<title>${HEADLINE}</title>${metas(['author', `${SITE} Staff`])}`;
      expect(article(page(head, '<a rel="author" href="/people/jane-roe">Jane Roe</a>'))?.author).to.deep.equal([{ name: 'Jane Roe' }]);
      expect(article(page(head))?.author).to.deep.equal([{ name: `${SITE} Staff` }]);
      // Not a link to a writer's page: it may be a topic's.
      expect(article(page(head, '<article><a href="/people/jane-roe/">Jane Roe</a></article>'))?.author).to.deep.equal([{ name: `${SITE} Staff` }]);
      // Structured data is taken as it is.
      expect(article(page(head + ld({ '@type': 'NewsArticle', headline: HEADLINE, author: AUTHOR }), '<a rel="author" href="/people/jane-roe">Jane Roe</a>'))?.author).to.deep.equal([{ name: AUTHOR }]);
    });

    it('keeps the caption and credit JSON-LD gives for the same picture as og:image', () => {
      const picture = { '@type': 'ImageObject', url: IMAGE, caption: seed.image.caption, creditText: seed.image.creditText };
      const head = metas(['og:image', IMAGE], ['og:image:width', '1200']) + ld({ '@type': 'NewsArticle', headline: HEADLINE, image: picture });
      expect(article(page(head))?.image).to.deep.equal({ url: IMAGE, width: 1200, caption: seed.image.caption, creditText: seed.image.creditText });
      // Another picture in JSON-LD lends nothing to og:image.
      const other = metas(['og:image', IMAGE]) + ld({ '@type': 'NewsArticle', headline: HEADLINE, image: { ...picture, url: `${IMAGE}?crop=1` } });
      expect(article(page(other))?.image).to.deep.equal({ url: IMAGE });
    });

    it('prefers og:image to the first content image', () => {
      const a = article(page(metas(['og:title', HEADLINE], ['og:image', IMAGE]), '<article><img src="/other.jpg" width="800"></article>'));
      expect(a?.image?.url).to.equal(IMAGE);
    });
  });
});

describe('extraction cleaning rules', () => {
  const withAuthor = (value: string, head = '') => article(page(`<title>${HEADLINE}</title>${metas(['author', value], ['og:site_name', SITE])}${head}`))?.author;

  it('removes "By" prefixes and splits lists of names', () => {
    expect(withAuthor(`By ${AUTHOR}`)).to.deep.equal([{ name: AUTHOR }]);
    expect(withAuthor(`${AUTHOR} and Jane Roe`)).to.deep.equal([{ name: AUTHOR }, { name: 'Jane Roe' }]);
    expect(withAuthor(`${AUTHOR}, Jane Roe and John Doe`)).to.deep.equal([{ name: AUTHOR }, { name: 'Jane Roe' }, { name: 'John Doe' }]);
  });

  it('drops e-mail addresses, handles, URLs and the site name, keeping the people', () => {
    expect(withAuthor(`${AUTHOR} (desk@example.com)`)).to.deep.equal([{ name: AUTHOR }]);
    expect(withAuthor('@newsdesk')).to.equal(undefined);
    expect(withAuthor(SITE)).to.equal(undefined);
    expect(withAuthor('https://example.com/author/news-desk')).to.equal(undefined);
    expect(withAuthor(`${AUTHOR}, ${SITE}`)).to.deep.equal([{ name: AUTHOR }]);
  });

  it('takes a name that only matches the site\'s host or account when no one else is named: a personal site\'s owner', () => {
    const own = (head: string, body = '') => article(page(`<title>${HEADLINE}</title>${metas(['author', 'Jane Roe'], ['twitter:site', '@janeroe'])}${head}`, body), 'https://jane.roe.example/notes/1')?.author;
    expect(own('')).to.deep.equal([{ name: 'Jane Roe' }]);
    expect(own('', '<p class="byline">By John Doe</p>')).to.deep.equal([{ name: 'John Doe' }]);
  });

  it('counts the same name written twice once, in its spelled-out form', () => {
    expect(withAuthor(AUTHOR, metas(['sailthru.author', AUTHOR.toLowerCase().replace(/\s/g, '')]))).to.deep.equal([{ name: AUTHOR }]);
    expect(withAuthor(AUTHOR.toLowerCase().replace(/\s/g, ''), metas(['byline', `${AUTHOR} | desk@example.com`]))).to.deep.equal([{ name: AUTHOR }]);
  });

  it('uses the name for a profile URL in article:author', () => {
    const a = article(page(`<title>${HEADLINE}</title>${metas(['article:author', 'https://example.com/author/news-desk'], ['author', AUTHOR])}`));
    expect(a?.author).to.deep.equal([{ name: AUTHOR, url: 'https://example.com/author/news-desk' }]);
  });

  it('resolves relative image URLs against the page, or <base href>', () => {
    expect(article(page(metas(['og:title', HEADLINE], ['og:image', '/img/convoy.jpg'])))?.image?.url).to.equal('https://example.com/img/convoy.jpg');
    expect(article(page(`<base href="https://media.example.org/a/">${metas(['og:title', HEADLINE], ['og:image', 'convoy.jpg'])}`))?.image?.url).to.equal(
      'https://media.example.org/a/convoy.jpg',
    );
    expect(article(page(metas(['og:title', HEADLINE], ['og:image', '//cdn.example.com/convoy.jpg'])))?.image?.url).to.equal('https://cdn.example.com/convoy.jpg');
  });

  it('keeps only the calendar date of a date-time without a zone, and says so', () => {
    const result = extract(page(metas(['og:title', HEADLINE], ['article:published_time', `${DATE}T10:00:00`])));
    expect(result.article?.datePublished).to.equal(DATE);
    expect(result.problems).to.deep.include({ path: 'datePublished', message: 'Date-time has no time zone: kept the date only' });
  });

  it('reads dates written the common ways', () => {
    const dates: Array<[string, string]> = [
      ['2021-12-27T10:00:00+03:00', '2021-12-27T10:00:00+03:00'],
      ['2021-12-27 10:00:00 +0300', '2021-12-27T10:00:00+03:00'],
      ['Mon, 27 Dec 2021 10:00:00 GMT', '2021-12-27T10:00:00Z'],
      ['December 27, 2021 10:00 AM EST', '2021-12-27T10:00:00-05:00'],
      ['27 Dec 2021', DATE],
      ['20211227', DATE],
      ['2021年12月27日', DATE],
      ['1640599200', '2021-12-27T10:00:00Z'],
      ['27.12.2021', DATE],
      ['12/27/2021', DATE],
      ['12-27-2021', DATE],
      ['27/12/2021', DATE],
      ['Posted 12/27/2021 10:00 AM', DATE],
    ];
    for (const [value, want] of dates) expect(article(page(metas(['og:title', HEADLINE], ['article:published_time', value])))?.datePublished, value).to.equal(want);
  });
});
