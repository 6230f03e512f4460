import { describe, expect, it } from 'vitest';
import { elide, frenchList, frenchSpacing, ofName, plural, startsWithVowel, withArticle } from '../../../src/lib/text/typography';

describe('elide(word, next)', () => {
  it.each([
    ['de', 'Alep', 'd’Alep'],
    ['de', 'Idlib', 'd’Idlib'],
    ['de', 'Hama', 'de Hama'],
    ['de', 'Homs', 'de Homs'],
    ['que', 'Israël', 'qu’Israël'],
    ['de', 'États-Unis', 'd’États-Unis'],
    ['de', 'Yémen', 'de Yémen'],
    ['de', 'Damas', 'de Damas'],
  ])('%s + %s → %s', (word, next, expected) => expect(elide(word, next)).toBe(expected));

  it('treats an initial h as aspirated and y before a vowel as a consonant', () => {
    expect(startsWithVowel('Hmeimim')).toBe(false);
    expect(startsWithVowel('Ukraine')).toBe(true);
  });
});

describe('ofName(name, article)', () => {
  it.each([
    ['Armée arabe syrienne', 'la', 'de l’Armée arabe syrienne'],
    ['Russie', 'la', 'de la Russie'],
    ['Hezbollah', 'le', 'du Hezbollah'],
    ['Iran', 'le', 'de l’Iran'],
    ['États-Unis', 'les', 'des États-Unis'],
    ['Hayat Tahrir al-Cham', undefined, 'de Hayat Tahrir al-Cham'],
    ['Abbas Araghtchi', undefined, 'd’Abbas Araghtchi'],
  ] as const)('%s (%s) → %s', (name, article, expected) => expect(ofName(name, article)).toBe(expected));

  it('lowercases a common noun after its article when asked', () => {
    expect(ofName('Gouvernorat de Hama', 'le', { lowercase: true })).toBe('du gouvernorat de Hama');
    expect(ofName('Autoroute M5', 'la', { lowercase: true })).toBe('de l’autoroute M5');
    expect(withArticle('Frontière irakienne', 'la', { lowercase: true })).toBe('la frontière irakienne');
  });
});

describe('frenchSpacing(text)', () => {
  it('puts no-break spaces before : and inside « », narrow ones before ; ! ?', () => {
    expect(frenchSpacing('Légende : « hier » ; vraiment ? oui !')).toBe('Légende\u00a0: «\u00a0hier\u00a0»\u202f; vraiment\u202f? oui\u202f!');
  });

  it('adds no space that is not there, and leaves addresses alone', () => {
    expect(frenchSpacing('voir https://exemple.org/a?b=1 et 10:30')).toBe('voir https://exemple.org/a?b=1 et 10:30');
  });

  it('is idempotent', () => {
    const once = frenchSpacing('« Oui » : non ; si ?');
    expect(frenchSpacing(once)).toBe(once);
  });
});

describe('plural(count, singular) and frenchList(items)', () => {
  it('keeps a count under two singular, with a no-break space after the number', () => {
    expect(plural(0, 'déclaration')).toBe('0\u00a0déclaration');
    expect(plural(1, 'lieu', 'lieux')).toBe('1\u00a0lieu');
    expect(plural(3, 'lieu', 'lieux')).toBe('3\u00a0lieux');
  });

  it('joins the last two items with "et"', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['Alep'])).toBe('Alep');
    expect(frenchList(['Alep', 'Hama', 'Homs'])).toBe('Alep, Hama et Homs');
  });
});
