import { expect } from '@open-wc/testing';
import { formatDate, formatRelative, hasRelativeTimes, isLater, isTimeStyle, listParts } from '../../src/internal/format.js';
import { focalStep } from '../../src/internal/templates/photo.js';

function joined(items: string[], locale: string): string {
  return listParts(items, locale, 'and')
    .map((part) => ('item' in part ? part.item : part.text))
    .join('');
}

describe('format', () => {
  describe('formatDate', () => {
    it('formats a calendar day in UTC, so it never moves to the day before', () => {
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 11, 27));
      expect(formatDate('2021-12-27', { locale: 'en' })).to.equal(expected);
      expect(formatDate('2021-12-27', { locale: 'en' })).to.contain('27');
    });

    it('formats in the locale', () => {
      expect(formatDate('2021-12-27', { locale: 'fr' })).to.equal('27 décembre 2021');
      expect(formatDate('2021-12-27', { locale: 'de' })).to.equal('27. Dezember 2021');
    });

    it('writes generic Arabic with the same digits in every engine; regional Arabic keeps its own', () => {
      // Current CLDR writes `ar` with Latin digits; WebKitGTK's older ICU would write Arabic-Indic ones.
      expect(formatDate('2021-12-27', { locale: 'ar' })).to.equal('27 ديسمبر 2021');
      expect(formatDate('2021-12-27', { locale: 'ar-001' })).to.equal('27 ديسمبر 2021');
      const now = Date.parse('2021-12-27T13:30:00Z');
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'ar', style: 'relative', now })).to.equal('قبل 3 ساعات');
      // Egypt's own Arabic-Indic digits, as the engine's CLDR has them.
      expect(formatDate('2021-12-27', { locale: 'ar-EG' })).to.equal(
        new Intl.DateTimeFormat('ar-EG', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2021, 11, 27)),
      );
      expect(formatDate('2021-12-27', { locale: 'ar-EG' })).to.contain('٢٧');
    });

    it('includes the time for a date-time', () => {
      const text = formatDate('2021-12-27T10:30:00Z', { locale: 'en' });
      const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date('2021-12-27T10:30:00Z'),
      );
      expect(text).to.equal(expected);
    });

    it('stays absolute without now, whatever the style', () => {
      const absolute = formatDate('2021-12-27T10:30:00Z', { locale: 'en' });
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'relative' })).to.equal(absolute);
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'auto' })).to.equal(absolute);
    });

    it('relative and auto use now', () => {
      const now = Date.parse('2021-12-27T13:30:00Z');
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'relative', now })).to.equal('3 hours ago');
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'auto', now })).to.equal('3 hours ago');
      const later = Date.parse('2021-12-30T10:30:00Z');
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'auto', now: later })).to.equal(
        formatDate('2021-12-27T10:30:00Z', { locale: 'en' }),
      );
      expect(formatDate('2021-12-27T10:30:00Z', { locale: 'en', style: 'relative', now: later })).to.equal('3 days ago');
      // A calendar day has no hour: always absolute.
      expect(formatDate('2021-12-27', { locale: 'en', style: 'relative', now })).to.equal(formatDate('2021-12-27', { locale: 'en' }));
    });

    it('returns an empty string for a value that is not a date', () => {
      expect(formatDate('2024-02-30', { locale: 'en' })).to.equal('');
      expect(formatDate('yesterday', { locale: 'en' })).to.equal('');
    });
  });

  it('formatRelative picks the largest whole unit', () => {
    const now = Date.parse('2021-12-27T12:00:00Z');
    expect(formatRelative(new Date(now - 90_000), now, 'en')).to.equal('1 minute ago');
    expect(formatRelative(new Date(now - 2 * 86_400_000), now, 'en')).to.equal('2 days ago');
    expect(formatRelative(new Date(now), now, 'en')).to.equal('now');
  });

  it('isLater compares instants', () => {
    expect(isLater('2021-12-28', '2021-12-27')).to.equal(true);
    expect(isLater('2021-12-27', '2021-12-27')).to.equal(false);
    expect(isLater('2021-12-27T10:00:00+03:00', '2021-12-27T08:00:00Z')).to.equal(false);
    expect(isLater('2021-12-27T10:00:00Z', undefined)).to.equal(true);
    expect(isLater(undefined, '2021-12-27')).to.equal(false);
  });

  it('isTimeStyle accepts the three styles only', () => {
    expect(['absolute', 'relative', 'auto'].every(isTimeStyle)).to.equal(true);
    expect(isTimeStyle('soon')).to.equal(false);
  });

  describe('listParts', () => {
    it('joins English without a serial comma', () => {
      expect(joined(['A'], 'en')).to.equal('A');
      expect(joined(['A', 'B'], 'en')).to.equal('A and B');
      expect(joined(['A', 'B', 'C'], 'en')).to.equal('A, B and C');
      expect(joined(['A', 'B', 'C'], 'en-US')).to.equal('A, B and C');
    });

    it('joins in other locales', () => {
      expect(joined(['A', 'B', 'C'], 'fr')).to.equal('A, B et C');
      expect(joined(['A', 'B', 'C'], 'de')).to.equal('A, B und C');
      expect(joined(['A', 'B', 'C'], 'es')).to.equal('A, B y C');
      expect(joined(['A', 'B'], 'ar')).to.equal(new Intl.ListFormat('ar', { type: 'conjunction' }).format(['A', 'B']));
    });

    it('keeps items as they are, so they can be links', () => {
      const items = [{ name: 'A' }, { name: 'B' }];
      const parts = listParts(items, 'en', 'and');
      expect(parts.filter((p) => 'item' in p).map((p) => ('item' in p ? p.item : null))).to.deep.equal(items);
      expect((parts[0] as { item: unknown }).item).to.equal(items[0]);
    });

    it('returns nothing for no items', () => {
      expect(listParts([], 'en', 'and')).to.deep.equal([]);
    });
  });

  describe('hasRelativeTimes (who needs the minute clock)', () => {
    const now = Date.parse('2021-12-27T13:30:00Z');

    it('absolute never does; relative does for any date-time', () => {
      expect(hasRelativeTimes(['2021-12-27T13:00:00Z'], 'absolute', now)).to.equal(false);
      expect(hasRelativeTimes(['2019-01-01T00:00:00Z'], 'relative', now)).to.equal(true);
    });

    it('auto does only within a day (and a minute), in either direction', () => {
      expect(hasRelativeTimes(['2021-12-26T14:00:00Z'], 'auto', now)).to.equal(true);
      expect(hasRelativeTimes(['2021-12-28T13:00:00Z'], 'auto', now)).to.equal(true);
      expect(hasRelativeTimes(['2021-12-25T13:30:00Z'], 'auto', now)).to.equal(false);
    });

    it('calendar days, missing and invalid dates never do', () => {
      expect(hasRelativeTimes(['2021-12-27', undefined, 'not a date'], 'relative', now)).to.equal(false);
      expect(hasRelativeTimes([undefined, '2021-12-27T13:29:00Z'], 'relative', now)).to.equal(true);
    });
  });

  describe('focalStep (focal point → the 21 steps the stylesheet knows)', () => {
    it('rounds 0–1 to multiples of 5 percent', () => {
      expect([0, 0.02, 0.03, 0.33, 0.5, 0.975, 1].map(focalStep)).to.deep.equal([0, 0, 5, 35, 50, 100, 100]);
    });

    it('clamps out-of-range numbers and ignores anything that is not a finite number', () => {
      expect(focalStep(-3)).to.equal(0);
      expect(focalStep(7)).to.equal(100);
      for (const value of [NaN, Infinity, '0.5', null, undefined, {}]) expect(focalStep(value), String(value)).to.equal(undefined);
    });
  });
});
