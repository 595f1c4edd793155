import { expect, fixture, html } from '@open-wc/testing';
import { canonicalLocale, closestLang, directionOf, resolveLocale } from '../../src/internal/locale.js';

describe('locale', () => {
  it('canonicalizes tags and rejects what is not one', () => {
    expect(canonicalLocale('EN_us')).to.equal('en-US');
    expect(canonicalLocale(' ar ')).to.equal('ar');
    expect(canonicalLocale('not a locale!')).to.equal(undefined);
    expect(canonicalLocale('')).to.equal(undefined);
    expect(canonicalLocale(42)).to.equal(undefined);
  });

  it('knows which languages and scripts run right to left', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'az-Arab']) expect(directionOf(tag), tag).to.equal('rtl');
    for (const tag of ['en', 'fr-CA', 'de', 'es', 'ar-Latn', 'tr']) expect(directionOf(tag), tag).to.equal('ltr');
  });

  it('resolves attribute, then article, then document, then browser, then en', () => {
    const host = document.createElement('div');
    host.lang = 'es';
    document.body.append(host);
    try {
      expect(resolveLocale({ attribute: 'de', article: 'fr', host, browser: 'ar' })).to.deep.equal({
        locale: 'de',
        source: 'attribute',
      });
      expect(resolveLocale({ attribute: 'bad tag!', article: 'fr', host, browser: 'ar' }).locale).to.equal('fr');
      expect(resolveLocale({ article: undefined, host, browser: 'ar' })).to.deep.equal({ locale: 'es', source: 'document' });
      expect(resolveLocale({ browser: 'ar-EG' })).to.deep.equal({ locale: 'ar-EG', source: 'browser' });
      expect(resolveLocale({})).to.deep.equal({ locale: 'en', source: 'default' });
    } finally {
      host.remove();
    }
  });

  it('finds the nearest lang through shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="fr"><div></div></section>`);
    const shadow = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    const deep = document.createElement('span');
    const nested = document.createElement('p');
    shadow.append(nested);
    nested.attachShadow({ mode: 'open' }).append(deep);
    expect(closestLang(deep)).to.equal('fr');
    nested.lang = 'de';
    expect(closestLang(deep)).to.equal('de');
  });

  it('treats lang="" as unknown', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="fr"><div lang=""><span></span></div></section>`);
    expect(closestLang(outer.querySelector('span')!)).to.equal(undefined);
  });
});
