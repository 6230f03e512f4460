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

  it('does not read an hour alone ("après minuit") as a date', () => {
    expect(resolve('Mercredi, les combats. Après minuit, la contre-offensive.', published)).toEqual([['Mercredi', '2024-12-11', 'day', null]]);
  });

  it('takes a year after "en"', () => {
    expect(resolve('depuis le début du conflit en 2011', published)).toEqual([['2011', '2011', 'year', null]]);
  });

  it('does not take weekdays inside other words', () => {
    expect(resolve('les samedis et le Mardi-gras', published).map((row) => row[0])).not.toContain('samedi');
  });
});

describe('findDates, constructions of wire French', () => {
  // Saturday 7 December 2024.
  const saturday = '2024-12-07';
  const row = (text: string, previous?: string) =>
    findDates(text, { published: saturday, ...(previous ? { previous } : {}) }).expressions.map((date) => [date.text, date.value, date.precision, date.timeOfDay ?? date.until ?? date.monthPart ?? null]);

  it('reads a weekday with "dernier" in the past and with "prochain" ahead, never on the day itself', () => {
    expect(row('Le convoi est parti mardi dernier ; la conférence aura lieu mardi prochain.')).toEqual([
      ['mardi dernier', '2024-12-03', 'day', null],
      ['mardi prochain', '2024-12-10', 'day', null],
    ]);
    expect(row('Samedi dernier, les blindés ont quitté la base.')).toEqual([['Samedi dernier', '2024-11-30', 'day', null]]);
  });

  it('resolves a bare weekday forward when the verb speaks of the future', () => {
    expect(row('Les ministres se retrouveront lundi à Genève.')).toEqual([['lundi', '2024-12-09', 'day', null]]);
    expect(row('Les ministres se sont retrouvés lundi à Genève.')).toEqual([['lundi', '2024-12-02', 'day', null]]);
  });

  it('keeps the part of the day after a full date or alone', () => {
    expect(row('lundi 2 décembre au soir, puis à l’aube, en fin de journée et dans la matinée', '2024-12-05')).toEqual([
      ['lundi 2 décembre au soir', '2024-12-02', 'part-of-day', 'soir'],
      ['à l’aube', '2024-12-02', 'part-of-day', 'aube'],
      ['en fin de journée', '2024-12-02', 'part-of-day', 'soir'],
      ['dans la matinée', '2024-12-02', 'part-of-day', 'matin'],
    ]);
  });

  it('reads a night as spanning two days', () => {
    expect(row('Dans la nuit du 5 au 6 décembre, puis dans la nuit de jeudi à vendredi.')).toEqual([
      ['Dans la nuit du 5 au 6 décembre', '2024-12-05', 'night', '2024-12-06'],
      ['dans la nuit de jeudi à vendredi', '2024-12-05', 'night', '2024-12-06'],
    ]);
  });

  it('reads "du … au …" as a range and "depuis" as a start, not as the day of the event', () => {
    expect(row('du 27 novembre au 1er décembre ; depuis le 28 novembre ; depuis mercredi')).toEqual([
      ['du 27 novembre au 1er décembre', '2024-11-27', 'range', '2024-12-01'],
      ['depuis le 28 novembre', '2024-11-28', 'since', null],
      ['depuis mercredi', '2024-12-04', 'since', null],
    ]);
  });

  it('counts back from the publication: "il y a", weeks, months and their parts, years', () => {
    expect(row('il y a trois jours, la semaine dernière, le mois dernier, début décembre, fin novembre, décembre 2024, en 1982, il y a dix ans')).toEqual([
      ['il y a trois jours', '2024-12-04', 'day', null],
      ['la semaine dernière', '2024-W48', 'week', null],
      ['le mois dernier', '2024-11', 'month', null],
      ['début décembre', '2024-12', 'month', 'début'],
      ['fin novembre', '2024-11', 'month', 'fin'],
      ['décembre 2024', '2024-12', 'month', null],
      ['1982', '1982', 'year', null],
      ['il y a dix ans', '2014', 'year', null],
    ]);
  });

  it('reads numeric, abbreviated, ISO and English dates', () => {
    expect(row('06/12/2024, 6 déc. 2024, 2024-12-06 — posted December 6, 2024')).toEqual([
      ['06/12/2024', '2024-12-06', 'day', null],
      ['6 déc. 2024', '2024-12-06', 'day', null],
      ['2024-12-06', '2024-12-06', 'day', null],
      ['December 6, 2024', '2024-12-06', 'day', null],
    ]);
  });

  it('chooses the year whose weekday agrees with the day named', () => {
    expect(row('vendredi 6 décembre et jeudi 5 décembre 2019')).toEqual([
      ['vendredi 6 décembre', '2024-12-06', 'day', null],
      ['jeudi 5 décembre 2019', '2019-12-05', 'day', null],
    ]);
  });

  it('looks for the future only in the date’s own clause, not in what is reported', () => {
    expect(row('Le ministre a averti dimanche que Moscou « ne laissera pas faire ».')).toEqual([['dimanche', '2024-12-01', 'day', null]]);
    expect(row('Il a annoncé que la délégation arrivera dimanche.')).toEqual([['dimanche', '2024-12-08', 'day', null]]);
  });

  it('resolves an announced date forward, never into the past', () => {
    expect(row('Une réunion est prévue le 15 décembre.')).toEqual([['15 décembre', '2024-12-15', 'day', null]]);
  });

  it('does not read durations, ages, hours or resolution numbers as dates', () => {
    expect(row('Après treize ans de guerre, un homme de 42 ans a été libéré à 10 heures, selon la résolution 2254.')).toEqual([]);
  });
});
