import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/annotate/dates';

const resolve = (text: string, published: string, previous?: string) =>
  findDates(text, { published, ...(previous ? { previous } : {}) }).expressions.map((date) => [date.text, date.value, date.precision, date.timeOfDay ?? null]);

describe('findDates', () => {
  // Saturday 14 December 2024.
  const published = '2024-12-14';

  it('resolves weekdays to the last such day on or before publication', () => {
    expect(resolve('Samedi, puis lundi et vendredi.', published)).toEqual([
      ['Samedi', '2024-12-14', 'day', null],
      ['lundi', '2024-12-09', 'day', null],
      ['vendredi', '2024-12-13', 'day', null],
    ]);
  });

  it('keeps the part of day', () => {
    expect(resolve('mardi soir, jeudi matin et lundi après-midi', published)).toEqual([
      ['mardi soir', '2024-12-10', 'part-of-day', 'soir'],
      ['jeudi matin', '2024-12-12', 'part-of-day', 'matin'],
      ['lundi après-midi', '2024-12-09', 'part-of-day', 'après-midi'],
    ]);
  });

  it('resolves hier, aujourd’hui and avant-hier against publication', () => {
    expect(resolve("Hier, aujourd’hui et avant-hier, aujourd'hui", published).map((row) => row[1])).toEqual(['2024-12-13', '2024-12-14', '2024-12-12', '2024-12-14']);
  });

  it('resolves explicit dates, with or without year, 1er included; a day a few days ahead stays in the year', () => {
    expect(resolve('le 1er janvier, le 12 décembre, le 20 décembre et le 3 mars 2023', published)).toEqual([
      ['1er janvier', '2024-01-01', 'day', null],
      ['12 décembre', '2024-12-12', 'day', null],
      ['20 décembre', '2024-12-20', 'day', null],
      ['3 mars 2023', '2023-03-03', 'day', null],
    ]);
  });

  it('skips impossible dates instead of guessing', () => {
    expect(resolve('le 31 novembre et le 30 février', published)).toEqual([]);
  });

  it('counts la veille, le lendemain and "N jours plus tard" from the last date named', () => {
    expect(resolve('Le 2 décembre, puis la veille, puis le lendemain, et cinq jours plus tard.', published)).toEqual([
      ['2 décembre', '2024-12-02', 'day', null],
      ['la veille', '2024-12-01', 'day', null],
      ['le lendemain', '2024-12-02', 'day', null],
      ['cinq jours plus tard', '2024-12-07', 'day', null],
    ]);
    expect(resolve('trois semaines plus tard', published, '2024-11-01')).toEqual([['trois semaines plus tard', '2024-11-22', 'day', null]]);
  });

  it('counts "la veille" with no day named before it from the publication, as a dispatch does', () => {
    expect(resolve('Il avait parlé la veille.', published)).toEqual([['la veille', '2024-12-13', 'day', null]]);
  });

  it('reports "trois jours plus tard" with no day before it, and "au lendemain de …" an undated event, as unresolved, never as a guess', () => {
    const result = findDates('Trois jours plus tard, au lendemain de la réunion des garants, rien.', { published });
    expect(result.expressions).toEqual([]);
    expect(result.unresolved.map((date) => date.text)).toEqual(['Trois jours plus tard', 'au lendemain de la réunion des garants']);
  });

  it('marks the future as future, without a date', () => {
    expect(resolve('La ville pourrait tomber dans les prochaines heures.', published)).toEqual([['dans les prochaines heures', null, 'future', null]]);
  });

  it('reads "après minuit" as the night of the day being told', () => {
    expect(resolve('Mercredi, les combats. Après minuit, la contre-offensive.', published)).toEqual([
      ['Mercredi', '2024-12-11', 'day', null],
      ['Après minuit', '2024-12-11', 'part-of-day', 'nuit'],
    ]);
  });

  it('takes a year after "en"', () => {
    expect(resolve('depuis le début du conflit en 2011', published)).toEqual([['2011', '2011', 'year', null]]);
  });

  it('does not take weekdays inside other words', () => {
    expect(resolve('les samedis et le Mardi-gras', published).map((row) => row[0])).not.toContain('samedi');
  });
});
