import { expect } from '@open-wc/testing';
import { checkDate, isDateOnly, toDate } from '../../src/article/dates.js';

const normalizeDate = (value: unknown): string | undefined => checkDate(value).date;

describe('checkDate', () => {
  const VALID: Array<[input: string, canonical: string]> = [
    ['2021-12-27', '2021-12-27'],
    [' 2021-12-27 ', '2021-12-27'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2021-12-27T10:30:00Z', '2021-12-27T10:30:00Z'],
    ['2021-12-27T10:30Z', '2021-12-27T10:30:00Z'],
    ['2021-12-27t10:30:00z', '2021-12-27T10:30:00Z'],
    ['2021-12-27 10:30:00Z', '2021-12-27T10:30:00Z'],
    ['2021-12-27T10:30:00+03:00', '2021-12-27T10:30:00+03:00'],
    ['2021-12-27T10:30:00+0300', '2021-12-27T10:30:00+03:00'],
    ['2021-12-27T10:30:00-05:30', '2021-12-27T10:30:00-05:30'],
    ['2021-12-27T10:30:00+00:00', '2021-12-27T10:30:00Z'],
    ['2021-12-27T10:30:00-00:00', '2021-12-27T10:30:00Z'],
    ['2021-12-27T10:30:00.5Z', '2021-12-27T10:30:00.5Z'],
    ['2021-12-27T10:30:00.120Z', '2021-12-27T10:30:00.12Z'],
    ['2021-12-27T10:30:00.000Z', '2021-12-27T10:30:00Z'],
    ['2021-12-27T10:30:00.123456789+01:00', '2021-12-27T10:30:00.123+01:00'],
    ['2021-12-27T23:59:59,5Z', '2021-12-27T23:59:59.5Z'],
  ];
  for (const [input, canonical] of VALID) {
    it(`reads ${JSON.stringify(input)} as ${canonical}`, () => {
      expect(normalizeDate(input)).to.equal(canonical);
      expect(normalizeDate(canonical), 'idempotent').to.equal(canonical);
    });
  }

  const IMPOSSIBLE = [
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2021-04-31',
    '2021-13-01',
    '2021-00-10',
    '2021-12-00',
    '2021-12-32',
    '0000-01-01',
    '2021-12-27T25:00:00Z',
    '2021-12-27T24:00:00Z',
    '2021-12-27T10:60:00Z',
    '2021-12-27T10:30:60Z',
    '2021-12-27T10:30:00+24:00',
    '2021-12-27T10:30:00+03:60',
  ];
  for (const input of IMPOSSIBLE) {
    it(`rejects the impossible ${input} rather than rolling it over`, () => {
      const result = checkDate(input);
      expect(result.date).to.equal(undefined);
      expect(result.problem).to.match(/not a valid/i);
    });
  }

  const MALFORMED = [
    '',
    '   ',
    '27 December 2021',
    'December 27, 2021',
    '2021/12/27',
    '21-12-27',
    '2021-1-5',
    '2021-12-27T10:30:00',
    '2021-12-27T10Z',
    '2021-12-27T10:30:00Zjunk',
    '20211227',
    '+002021-12-27',
    'Mon, 27 Dec 2021 10:30:00 GMT',
    '2021-12-27T10:30:00.Z',
    'x'.repeat(100_000),
  ];
  for (const input of MALFORMED) {
    it(`rejects the malformed ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(checkDate(input).date).to.equal(undefined);
      expect(checkDate(input).problem).to.be.a('string');
    });
  }

  it('explains that a date-time needs a time zone', () => {
    expect(checkDate('2021-12-27T10:30:00').problem).to.match(/time zone/);
  });

  it('rejects numbers (epoch counts are ambiguous) and other types', () => {
    for (const value of [1640563200000, 1640563200, null, true, {}, [], ['2021-12-27'], undefined]) {
      expect(normalizeDate(value), String(value)).to.equal(undefined);
      expect(checkDate(value).problem).to.match(/^Expected an ISO 8601 date string, got /);
    }
  });

  it('accepts valid Date objects as their UTC instant', () => {
    expect(normalizeDate(new Date(Date.UTC(2021, 11, 27, 10, 30, 0)))).to.equal('2021-12-27T10:30:00Z');
    expect(normalizeDate(new Date(Date.UTC(2021, 11, 27, 10, 30, 0, 450)))).to.equal('2021-12-27T10:30:00.45Z');
    expect(normalizeDate(new Date(NaN))).to.equal(undefined);
    expect(normalizeDate(new Date(Date.UTC(12000, 0, 1)))).to.equal(undefined);
  });
});

describe('isDateOnly', () => {
  it('is true only for YYYY-MM-DD', () => {
    expect(isDateOnly('2021-12-27')).to.equal(true);
    expect(isDateOnly('2021-12-27T00:00:00Z')).to.equal(false);
  });
});

describe('toDate', () => {
  it('reads a date with no time as midnight UTC', () => {
    expect(toDate('2021-12-27').toISOString()).to.equal('2021-12-27T00:00:00.000Z');
  });

  it('keeps years below 100 as they are', () => {
    expect(toDate('0050-03-01').getUTCFullYear()).to.equal(50);
  });

  it('reads the instant of a date-time with an offset', () => {
    expect(toDate('2021-12-27T10:30:00+03:00').toISOString()).to.equal('2021-12-27T07:30:00.000Z');
    expect(toDate('2021-12-27T10:30:00.12Z').getTime()).to.equal(Date.UTC(2021, 11, 27, 10, 30, 0, 120));
  });

  it('gives an invalid Date for anything that is not a valid date', () => {
    for (const input of ['2024-02-30', '2021-12-27T10:30:00', 'soon', '']) {
      expect(Number.isNaN(toDate(input).getTime()), input).to.equal(true);
    }
  });
});
