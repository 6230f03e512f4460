import { describe, expect, it } from 'vitest';
import { alignText, findLoosely, seedBlockMaps, seedSpan } from '../../../src/lib/opendata/seed-offsets';

describe('alignText(text, line)', () => {
  it('maps each character to the same character of the seed line, white space runs to runs', () => {
    const line = '  Les  rebelles\u00a0à Hama';
    const text = 'Les rebelles à Hama';
    const offsets = alignText(text, line);
    for (const [index, char] of [...text].entries()) if (char !== ' ') expect(line[offsets[index]!]).toBe(char);
    expect(offsets[text.length]).toBe(line.length);
  });

  it('throws when the texts differ beyond white space', () => {
    expect(() => alignText('Les rebelles', 'Les rebels')).toThrow(/differs from its seed line/);
  });
});

describe('seedBlockMaps(seedText, article, blockTexts)', () => {
  const seed = 'Titre\n\nPremier  paragraphe.\nPIED DE PAGE\nSecond paragraphe.\n';
  const article = { titleOrigin: 'seed' as const, boilerplate: [{ line: 4, text: 'PIED DE PAGE', kind: 'aggregator-footer' as const }] };

  it('places each block on its seed line, skipping the title and boilerplate', () => {
    const maps = seedBlockMaps(seed, article, ['Premier paragraphe.', 'Second paragraphe.']);
    expect(maps.map((map) => map.line)).toEqual([3, 5]);
    const span = seedSpan(maps[1]!, 0, 6);
    expect(seed.slice(span.start, span.end)).toBe('Second');
    const spaced = seedSpan(maps[0]!, 0, 18);
    expect(seed.slice(spaced.start, spaced.end)).toBe('Premier  paragraphe');
  });

  it('refuses a page whose blocks do not match the seed lines', () => {
    expect(() => seedBlockMaps(seed, article, ['Premier paragraphe.'])).toThrow(/run the content check/);
  });
});

describe('findLoosely(text, quote)', () => {
  it('finds a quote whose spaces differ', () => {
    expect(findLoosely('a  b\u00a0c d', 'b c')).toEqual({ start: 3, end: 6 });
    expect(findLoosely('abc', 'x (y)')).toBeUndefined();
  });
});
