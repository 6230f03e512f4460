import { describe, expect, it } from 'vitest';
import { matrixSummaryDescription, matrixSummaryNote, timelineSummaryNote } from '../../../src/lib/charts/reading-guide';

describe('timelineSummaryNote({ shown, speakers, pages })', () => {
  it('says whom the summary shows and how many pages the whole timeline takes, with French spacing', () => {
    const note = timelineSummaryNote({ shown: 8, speakers: 52, pages: 4 });
    expect(note).toContain('les 8 auteurs qui parlent le plus, sur 52\u202f;');
    expect(note).toMatch(/sur 4\u00a0pages\u00a0:$/);
    expect(timelineSummaryNote({ shown: 8, speakers: 9, pages: 1 })).toMatch(/sur une page\u00a0:$/);
  });
});

describe('matrixSummaryNote({ events, pages })', () => {
  it('says what a cell counts and where the whole matrix is', () => {
    expect(matrixSummaryNote({ events: 333, pages: 6 })).toMatch(/les 333 événements un par un, avec la position de chaque source, sur 6\u00a0pages\u00a0:$/);
    expect(matrixSummaryNote({ events: 50, pages: 1 })).toMatch(/de chaque source\u00a0:$/);
  });
});

describe('matrixSummaryDescription({ rows, columns, events })', () => {
  it('describes the summary for screen readers', () => {
    expect(matrixSummaryDescription({ rows: 13, columns: 5, events: 333 })).toBe('333\u00a0événements regroupés en 13 lignes, une par jour de la période (les jours hors de la période regroupés), et 5\u00a0médias (colonnes)\u202f; dans chaque case, le nombre d’événements du jour que le média rapporte.');
  });
});
