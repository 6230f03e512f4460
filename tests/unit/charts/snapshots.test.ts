import { describe, expect, it } from 'vitest';
import { coMentionNetwork } from '../../../src/lib/charts/co-mentions';
import { corroborationMatrix } from '../../../src/lib/charts/corroboration';
import { dayStrip } from '../../../src/lib/charts/day-strip';
import { baseMap, controlByDay, placePoints } from '../../../src/lib/charts/map';
import { mapLayout } from '../../../src/lib/charts/map-layout';
import { sourceVoices } from '../../../src/lib/charts/source-voices';
import { statementsTimeline } from '../../../src/lib/charts/statements-timeline';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import type { StatementRecord } from '../../../src/lib/exports/statements';

/**
 * The geometry each chart draws from a small fixed input, kept as files beside this test: a change
 * in layout, rounding or order shows as a diff to review (`vitest -u` accepts it). Real content is
 * covered by the site tests, so editing content never touches these files.
 */
const snapshot = (name: string, value: unknown) => expect(`${JSON.stringify(value, null, 1)}\n`).toMatchFileSnapshot(`__snapshots__/${name}.json`);

const statement = (id: string, speaker: string | null, date: string, kind: 'direct' | 'reported' = 'direct'): StatementRecord => ({
  id, article: 'a', speaker, speakerOrg: speaker, date, datePrecision: 'day', kind, quote: `Propos ${id} d’un « acteur » <cité>`, anchor: `https://x.org/sources/a/#${id}`, paragraph: 'p-1',
});

const event = (id: string, date: string, type: ChronologyEvent['data']['type'], places: string[], articles: string[], disputed = false): ChronologyEvent => ({
  id,
  data: { date, datePrecision: 'day', type, title: `Événement ${id}`, summary: 'Un résumé de test assez long.', places, actors: [], disputed, ...(disputed ? { dispute: 'Les sources divergent.' } : {}), claims: [] },
  claims: articles.map((article, index) => ({ article, quote: 'une citation', stance: index === 0 ? 'reports' : 'claims', by: null, anchor: 'p-1', reported: date })),
  sources: articles,
});

const days = ['2024-11-27', '2024-11-28', '2024-11-29', '2024-11-30', '2024-12-01'];
const sources = [{ id: 'Média A', label: 'A', articles: ['a1', 'a2'] }, { id: 'Média B', label: 'B', articles: ['b1'] }];
const events = [event('alep', '2024-11-29', 'capture', ['alep'], ['a1', 'b1'], true), event('frappe', '2024-11-30', 'airstrike', ['idleb'], ['a2']), event('hama', '2024-12-01', 'capture', ['hama'], ['b1'])];

describe('chart geometry snapshots', () => {
  it('statements timeline, with a crowded cell', async () => {
    const statements = [
      statement('s1', 'osdh', '2024-11-27'),
      statement('s2', 'osdh', '2024-11-27', 'reported'),
      statement('s3', 'hts', '2024-11-29'),
      ...Array.from({ length: 5 }, (_, index) => statement(`c${index}`, 'armee-syrienne', '2024-11-30', index % 2 ? 'reported' : 'direct')),
      statement('s4', null, '2024-12-01', 'reported'),
    ];
    const options = { days, speakerName: (id: string | null) => id ?? 'Auteur non précisé', href: (s: StatementRecord) => `/sources/a/#${s.id}`, dayHref: (date: string) => `/chronologie/${date}/#declarations` };
    await snapshot('statements-timeline', statementsTimeline(statements, options));
    await snapshot('statements-timeline-narrow', statementsTimeline(statements, { ...options, layout: 'narrow' }));
  });

  it('day strip', async () => {
    await snapshot('day-strip', dayStrip(days.map((date, index) => ({ date, events: index % 3, statements: index }))));
    await snapshot('day-strip-narrow', dayStrip(days.map((date, index) => ({ date, events: index % 3, statements: index })), 300, 120, 'narrow'));
  });

  it('who speaks in which source', async () => {
    const counts = [
      { actor: 'hts', article: 'a1', mentions: 6, statements: 1 },
      { actor: 'hts', article: 'a2', mentions: 2, statements: 0 },
      { actor: 'osdh', article: 'b1', mentions: 3, statements: 2 },
      { actor: 'russie', article: 'a1', mentions: 1, statements: 0 },
    ];
    await snapshot('source-voices', sourceVoices(counts, sources, (id) => id.toUpperCase()));
    await snapshot('source-voices-narrow', sourceVoices(counts, sources, (id) => id.toUpperCase(), 14, { layout: 'narrow' }));
  });

  it('co-mention network', async () => {
    const paragraphs = [['hts', 'ans'], ['hts', 'ans'], ['hts', 'armee-syrienne'], ['hts', 'armee-syrienne'], ['russie', 'armee-syrienne'], ['russie', 'armee-syrienne'], ['iran', 'russie']];
    await snapshot('co-mentions', coMentionNetwork({ paragraphs, names: (id) => id.toUpperCase() }));
    await snapshot('co-mentions-narrow', coMentionNetwork({ paragraphs, names: (id) => id.toUpperCase() }, { layout: 'narrow' }));
  });

  it('corroboration matrix', async () => {
    await snapshot('corroboration', corroborationMatrix(events, sources));
    await snapshot('corroboration-narrow', corroborationMatrix(events, sources, { layout: 'narrow' }));
  });

  it('map: frame, places and who changed hands', async () => {
    const map = baseMap();
    const places = [
      { id: 'alep', name: 'Alep', latitude: 36.2021, longitude: 37.1343, labelled: true },
      { id: 'hama', name: 'Hama', latitude: 35.1318, longitude: 36.7578, labelled: true },
      { id: 'idleb', name: 'Idleb', latitude: 35.9306, longitude: 36.6339, labelled: false },
    ];
    const control = controlByDay(events, ['alep', 'hama', 'idleb'], '2024-11-30');
    await snapshot('map', { countries: map.countries, points: placePoints(map, places), control });
    const { marks, inset, keyed } = mapLayout(map, placePoints(map, places), control, { fontSize: 12, markSize: 10, inset: 'right' });
    await snapshot('map-layout', { marks, inset, keyed });
  });
});
