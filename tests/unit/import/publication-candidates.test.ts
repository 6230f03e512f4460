import { describe, expect, it } from 'vitest';
import { findPublicationCandidates, type DatedLine } from '../../../src/lib/import/publication-candidates';

const lines = (texts: string[], boilerplate: number[] = []): DatedLine[] => texts.map((text, index) => ({ line: index + 1, text, boilerplate: boilerplate.includes(index + 1) }));
const today = '2025-01-10';

describe('findPublicationCandidates', () => {
  const text = lines(
    [
      'Hama sous pression',
      'Mercredi, les rebelles ont lancé l’offensive.',
      'Le 28 novembre 2024, ils prenaient des villages ; le 1er décembre 2024, Alep était tombée.',
      'Le 30 novembre, l’armée s’est retirée, selon un communiqué du 5 décembre.',
      'NEXT La météo du 3 décembre 2024',
    ],
    [5],
  );
  const choice = findPublicationCandidates(text, today);

  it('chooses the latest explicit date with a year, outside boilerplate', () => {
    expect(choice.published).toBe('2024-12-01');
    expect(choice.source).toMatchObject({ line: 3, text: '1er décembre 2024', kind: 'full-date' });
  });

  it('lists every expression, resolved against that date, with its kind and reason', () => {
    expect(choice.candidates.map(({ line, text, value, kind }) => [line, text, value, kind])).toEqual([
      [2, 'Mercredi', '2024-11-27', 'weekday'],
      [3, '28 novembre 2024', '2024-11-28', 'full-date'],
      [3, '1er décembre 2024', '2024-12-01', 'full-date'],
      [4, '30 novembre', '2024-11-30', 'date-without-year'],
      // A day a few days after the reference stays in its year: it lies ahead, it is not last year's.
      [4, '5 décembre', '2024-12-05', 'date-without-year'],
      [5, '3 décembre 2024', '2024-12-03', 'full-date'],
    ]);
    expect(choice.candidates[0]!.reason).toBe('jour de la semaine : le dernier mercredi au plus tard le 2024-12-01 (date de référence)');
    expect(choice.candidates[3]!.reason).toContain('sans l’année');
    expect(choice.candidates[5]!.reason).toContain('boilerplate : non retenue');
  });

  it('falls back on today when the text gives no date with a year, and resolves against it', () => {
    // 10 January 2025 is a Friday: "vendredi" is that very day.
    const fallback = findPublicationCandidates(lines(['Titre', 'Vendredi soir, le 3 janvier, la ville est tombée.']), today);
    expect(fallback.published).toBe(today);
    expect(fallback.source).toBeUndefined();
    expect(fallback.candidates.map(({ text, value, kind }) => [text, value, kind])).toEqual([
      ['Vendredi soir', '2025-01-10', 'weekday'],
      ['3 janvier', '2025-01-03', 'date-without-year'],
    ]);
  });

  it('never chooses a date after today: an announcement is not a publication', () => {
    const future = findPublicationCandidates(lines(['Titre', 'Le scrutin, prévu le 15 mars 2030, est reporté depuis le 2 janvier 2025.']), today);
    expect(future.published).toBe('2025-01-02');
    expect(future.candidates.find((candidate) => candidate.value === '2030-03-15')?.reason).toContain('postérieure à aujourd’hui');
  });

  it('lists relative expressions, years and unresolved ones without choosing them', () => {
    const other = findPublicationCandidates(lines(['Titre', 'La veille, rien. Hier, l’assaut ; en 2011, la guerre. Trois jours plus tard, le 2 janvier 2025.']), today);
    expect(other.candidates.map(({ text, kind }) => [text, kind])).toEqual([
      // With no day named before it, "la veille" counts from the reference day, as in a dispatch.
      ['La veille', 'relative'],
      ['Hier', 'relative'],
      ['2011', 'year'],
      ['Trois jours plus tard', 'relative'],
      ['2 janvier 2025', 'full-date'],
    ]);
    expect(other.published).toBe('2025-01-02');
  });
});
