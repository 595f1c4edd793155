import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { NewsCard } from '../../src/elements/news-card/news-card.js';
import { NewsHeadline } from '../../src/elements/news-headline/news-headline.js';
import { NewsCardList } from '../../src/elements/news-card-list/news-card-list.js';
import { defineElement } from '../../src/internal/define.js';
import { recordConsole } from './helpers.js';

describe('registration', () => {
  it('defines all six tags with their classes', () => {
    expect(customElements.get('news-card')).to.equal(NewsCard);
    expect(customElements.get('news-card-list')).to.equal(NewsCardList);
    expect(customElements.get('news-headline')).to.equal(NewsHeadline);
    for (const tag of ['news-byline', 'news-photo', 'news-related']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('defining a tag again with the same class is silent and does not throw', async () => {
    const record = recordConsole();
    try {
      await import('../../src/news-card.js');
      expect(() => defineElement('news-card', NewsCard)).to.not.throw();
      expect(record.warnings).to.have.length(0);
    } finally {
      record.restore();
    }
  });

  it('warns (and keeps the first) when another class owns the tag', () => {
    const record = recordConsole();
    try {
      class Impostor extends HTMLElement {}
      expect(() => defineElement('news-card', Impostor)).to.not.throw();
      expect(customElements.get('news-card')).to.equal(NewsCard);
      expect(record.warnings).to.have.length(1);
      expect(String(record.warnings[0][0])).to.contain('news-card');
    } finally {
      record.restore();
    }
  });
});
