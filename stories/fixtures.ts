/**
 * Story data, all derived from the seed article (test/fixtures/seed-article.json). Variants change
 * only what the state needs; where a state needs more items than the seed has (three authors,
 * twelve related stories), the extras are clearly placeholder text with example.com URLs.
 */
import type { Article, RelatedStory } from '../src/article/types.js';
import seedJson from '../test/fixtures/seed-article.json';
// Not inlined as a data: URL (the URL policy refuses those): a file of the catalog, on its own origin.
import seedPhoto from './assets/seed-photo.svg?url&no-inline';

/** The seed photo's URL on the publisher's host, as the fixtures and every input format hold it. */
export const SEED_PHOTO_URL = seedJson.image.url;

/**
 * The catalog's own stand-in for the seed photo: an illustration made from the seed's caption
 * (stories/assets/seed-photo.svg), served with the catalog, so that stories show a picture offline.
 * The caption and credit stay the seed's.
 */
// In full, on the catalog's own host: a feed resolves relative URLs against its own address, which in
// the stories is a stub on another host. (Served from an IP address, the URL policy would refuse it:
// the static check serves the catalog as localhost.)
export const SEED_PHOTO = new URL(seedPhoto, document.baseURI).href;

/** `input` (text, or data that JSON can copy) with the seed photo's URL replaced by the catalog's own. */
export function withLocalPhoto<T>(input: T): T {
  if (typeof input === 'string') return input.replaceAll(SEED_PHOTO_URL, SEED_PHOTO) as T;
  return JSON.parse(withLocalPhoto(JSON.stringify(input))) as T;
}

export const seed = withLocalPhoto(seedJson) as Article;

/** A deep copy of the seed, so a story can never change the shared fixture. */
export function seedCopy(): Article {
  return structuredClone(seed);
}

function without<K extends keyof Article>(key: K): Article {
  const copy = seedCopy();
  delete copy[key];
  return copy;
}

export const noImage: Article = without('image');

export const noAuthor: Article = without('author');

export const threeAuthors: Article = {
  ...seedCopy(),
  author: [
    { name: 'News Desk' },
    { name: 'Second Author', url: 'https://example.com/authors/second-author' },
    { name: 'Third Author', url: 'mailto:third.author@example.com' },
  ],
};

/** Every clause is a fact from the seed text. */
export const longHeadline: Article = {
  ...seedCopy(),
  headline:
    'US occupation forces convoy attacked in Iraq’s Basra province: the convoy, carrying unspecified military ' +
    'equipment headed for Kuwait, was hit by a roadside bomb on the Al Diwaniyah–Basra highway, a day after ' +
    'another US military convoy was attacked in the same region',
};

export const oneWordHeadline: Article = { ...seedCopy(), headline: 'Basra' };

export const noRelated: Article = without('related');

/** The seed's three related stories, then placeholders "Related story 4" … "Related story 12". */
export const twelveRelated: Article = {
  ...seedCopy(),
  related: [
    ...(seed.related ?? []),
    ...Array.from(
      { length: 12 - (seed.related?.length ?? 0) },
      (_, i): RelatedStory => ({
        url: `https://example.com/related/${i + 4}`,
        headline: `Related story ${i + 4}`,
      }),
    ),
  ],
};

/** The seed with a broken image URL on the same origin (it answers 404). */
export const brokenImage: Article = {
  ...seedCopy(),
  image: { ...seed.image!, url: './missing-image.jpg' },
};

/** The seed with one flag set, to show its label. */
export function withFlag(flag: 'live' | 'breaking' | 'sponsored' | 'opinion'): Article {
  return { ...seedCopy(), flags: { [flag]: true } };
}

/** The seed with a later `dateModified`, so the byline says "Updated …" (the seed gives no time of day). */
export const updated: Article = { ...seedCopy(), dateModified: '2021-12-28' };

/**
 * The seed's facts in Arabic: headline, dek, caption, byline and related headlines translated, the
 * publisher's and photographer's names kept as they are written.
 */
export const arabic: Article = {
  id: `${seed.id}-ar`,
  url: 'https://example.com/ar/news/us-occupation-forces-convoy-attacked-in-iraqs-basra-province',
  inLanguage: 'ar',
  headline: 'استهداف رتل لقوات الاحتلال الأمريكي في محافظة البصرة العراقية',
  description: 'الرتل الأمريكي هو الثاني الذي يُستهدف بعبوة ناسفة خلال الساعات الأربع والعشرين الماضية',
  author: [{ name: 'قسم الأخبار' }],
  publisher: { name: 'The Cradle' },
  datePublished: seed.datePublished,
  image: {
    ...seed.image!,
    caption: 'رتل من المركبات الأمريكية بعد الانسحاب من شمال سوريا، على أطراف دهوك، العراق، 21 أكتوبر 2019.',
  },
  related: [
    {
      url: 'https://example.com/ar/news/another-us-military-convoy-attacked-in-the-same-region',
      headline: 'استهداف رتل عسكري أمريكي آخر في المنطقة نفسها',
      datePublished: '2021-12-26',
    },
    {
      url: 'https://example.com/ar/news/iraqi-parliament-demands-departure-of-all-us-troops',
      headline: 'البرلمان العراقي يقرّ قراراً يطالب بمغادرة جميع القوات الأمريكية',
      datePublished: '2020-01-05',
    },
    {
      url: 'https://example.com/ar/news/iraq-says-us-combat-mission-has-ended',
      headline: 'مستشار الأمن القومي العراقي: المهمة القتالية الأمريكية انتهت',
      datePublished: '2021-12-09',
    },
  ],
};

/** Not JSON at all: the `article` attribute of the error stories. */
export const badJson = '{"headline": "US occupation forces convoy attacked in Iraq’s Basra province",';

/** Valid JSON with no usable headline. */
export const noHeadline = JSON.stringify({ ...seedCopy(), headline: '   ' });

/** The seed's related stories as articles of their own, for lists of cards. */
export const relatedAsArticles: Article[] = (seed.related ?? []).map((r, i) => ({
  id: `${seed.id}-related-${i + 1}`,
  url: r.url,
  headline: r.headline,
  datePublished: r.datePublished,
  publisher: seed.publisher,
}));
