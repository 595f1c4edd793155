import { expect } from '@open-wc/testing';
import { MESSAGES, SUPPORTED_LANGUAGES, messagesFor, splitPattern, type Messages } from '../../src/internal/messages.js';

describe('messages', () => {
  it('ships en, ar, fr, es and de with every key filled', () => {
    expect(SUPPORTED_LANGUAGES).to.include.members(['en', 'ar', 'fr', 'es', 'de']);
    const keys = Object.keys(MESSAGES.en).sort();
    for (const language of SUPPORTED_LANGUAGES) {
      const table = MESSAGES[language] as unknown as Record<string, string>;
      expect(Object.keys(table).sort(), language).to.deep.equal(keys);
      for (const key of keys) expect(table[key].trim(), `${language}.${key}`).to.not.equal('');
    }
  });

  it('every pattern keeps its placeholder', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const table = MESSAGES[language];
      expect(table.by, language).to.contain('{authors}');
      expect(table.updated, language).to.contain('{time}');
      expect(table.photo, language).to.contain('{credit}');
    }
  });

  it('picks the primary language and falls back to en', () => {
    expect(messagesFor('fr-CA').by).to.equal(MESSAGES.fr.by);
    expect(messagesFor('de_AT').related).to.equal(MESSAGES.de.related);
    expect(messagesFor('ar-EG').live).to.equal(MESSAGES.ar.live);
    expect(messagesFor('ja').by).to.equal(MESSAGES.en.by);
    expect(messagesFor(undefined).error).to.equal(MESSAGES.en.error);
  });

  it('applies overrides of non-empty strings only, without changing the shipped tables', () => {
    const overridden = messagesFor('en', { related: 'More', by: '', live: 42 as unknown as string } as Partial<Messages>);
    expect(overridden.related).to.equal('More');
    expect(overridden.by).to.equal(MESSAGES.en.by);
    expect(overridden.live).to.equal(MESSAGES.en.live);
    expect(MESSAGES.en.related).to.equal('Related');
    expect(messagesFor('en', null)).to.equal(MESSAGES.en);
  });

  it('splits patterns around placeholders', () => {
    expect(splitPattern('By {authors}', 'authors')).to.deep.equal([{ text: 'By ' }, { placeholder: 'authors' }]);
    expect(splitPattern('{authors} schrieb', 'authors')).to.deep.equal([{ placeholder: 'authors' }, { text: ' schrieb' }]);
    expect(splitPattern('Mis à jour le {time}.', 'time')).to.deep.equal([
      { text: 'Mis à jour le ' },
      { placeholder: 'time' },
      { text: '.' },
    ]);
  });

  it('appends a placeholder an override forgot, so the data is never lost', () => {
    expect(splitPattern('Written by', 'authors')).to.deep.equal([
      { text: 'Written by' },
      { text: ' ' },
      { placeholder: 'authors' },
    ]);
  });
});
