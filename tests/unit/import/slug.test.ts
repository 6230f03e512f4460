import { describe, expect, it } from 'vitest';
import { isValidSlug, slugFromTitle } from '../../../src/lib/import/slug';

describe('slugFromTitle', () => {
  it('writes lower-case ASCII words joined by hyphens, accents removed', () => {
    expect(slugFromTitle('Hama : l’armée se retire, « repli tactique »')).toBe('hama-armee-se-retire-repli-tactique');
    expect(slugFromTitle('Éclairage sur la Défense à Lattaquié')).toBe('eclairage-sur-la-defense-a-lattaquie');
  });

  it('keeps at most eight words', () => {
    expect(slugFromTitle('Un deux trois quatre cinq six sept huit neuf dix')).toBe('un-deux-trois-quatre-cinq-six-sept-huit');
  });

  it('drops elided articles and spells ligatures', () => {
    expect(slugFromTitle("L'œuvre d’Alep jusqu’à l’aube")).toBe('oeuvre-alep-a-aube');
  });

  it('keeps digits', () => {
    expect(slugFromTitle('Le 5 décembre 2024, Hama tombe')).toBe('le-5-decembre-2024-hama-tombe');
  });

  it('is empty when the title has no Latin letter or digit', () => {
    expect(slugFromTitle('« — »')).toBe('');
  });

  it('always produces a valid id, or nothing', () => {
    for (const title of ['  Alep  ', '---Titre---', 'A/B\\C', 'Ça va ? Oui !']) {
      const slug = slugFromTitle(title);
      expect(slug === '' || isValidSlug(slug)).toBe(true);
    }
  });

  it('accepts only lower-case ASCII words joined by hyphens', () => {
    expect(isValidSlug('hama-tombe')).toBe(true);
    expect(isValidSlug('Hama-tombe')).toBe(false);
    expect(isValidSlug('hama--tombe')).toBe(false);
    expect(isValidSlug('hama_tombe')).toBe(false);
    expect(isValidSlug('')).toBe(false);
  });
});
