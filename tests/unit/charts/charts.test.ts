import { describe, expect, it } from 'vitest';
import { coMentionNetwork, linkThreshold } from '../../../src/lib/charts/co-mentions';
import { corroborationMatrix, corroborationSummary, summaryGroup } from '../../../src/lib/charts/corroboration';
import { dayStrip } from '../../../src/lib/charts/day-strip';
import { baseMap, controlByDay, placePoints } from '../../../src/lib/charts/map';
import { round, shortDay } from '../../../src/lib/charts/numbers';
import { sourceColumns } from '../../../src/lib/charts/source-columns';
import { sourceVoices } from '../../../src/lib/charts/source-voices';
import { statementsTimeline, timelineRowSizes, timelineSpeakers } from '../../../src/lib/charts/statements-timeline';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import type { StatementRecord } from '../../../src/lib/exports/statements';

const statement = (id: string, speaker: string | null, date: string, kind: 'direct' | 'reported' = 'direct'): StatementRecord => ({
  id, article: 'a', speaker, speakerOrg: speaker, date, datePrecision: 'day', kind, quote: `Citation ${id}`, anchor: `https://x.org/sources/a/#${id}`, paragraph: 'p-1',
});

const event = (id: string, date: string, type: ChronologyEvent['data']['type'], places: string[], disputed = false, articles = ['a']): ChronologyEvent => ({
  id,
  data: { date, datePrecision: 'day', type, title: id, summary: 'Un résumé de test assez long.', places, actors: [], disputed, ...(disputed ? { dispute: 'Les sources ne sont pas d’accord.' } : {}), claims: [] },
  claims: articles.map((article, index) => ({ article, quote: 'une citation', stance: index === 0 ? 'reports' : 'denies', by: null, anchor: 'p-1', reported: date })),
  sources: articles,
});

describe('numbers', () => {
  it('round to the hundredth and write French', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(shortDay('2024-12-05')).toBe('5\u00a0déc.');
    expect(shortDay('2024-12-01')).toBe('1er\u00a0déc.');
  });
});

describe('dayStrip', () => {
  it('draws one column per day, scaled to the busiest day', () => {
    const strip = dayStrip([{ date: '2024-12-01', events: 2, statements: 0 }, { date: '2024-12-02', events: 0, statements: 4 }]);
    expect(strip.bars).toHaveLength(2);
    expect(strip.bars[1]!.statementsHeight).toBeGreaterThan(strip.bars[0]!.eventsHeight);
    expect(strip.bars[1]!.eventsHeight).toBe(0);
  });
});

describe('statementsTimeline', () => {
  const statements = [statement('s1', 'osdh', '2024-12-01'), statement('s2', 'osdh', '2024-12-01', 'reported'), statement('s3', 'hts', '2024-11-30'), statement('s4', null, '2024-10-01')];
  const options = { days: ['2024-11-30', '2024-12-01'], speakerName: (id: string | null) => id ?? '—', href: (s: StatementRecord) => `/x/#${s.id}`, dayHref: (date: string) => `/jour/${date}/` };
  const chart = statementsTimeline(statements, options);

  it('has one mark per statement in the period, linking to its passage', () => {
    expect(chart.marks.map((mark) => [mark.id, mark.kind, mark.href])).toEqual([
      ['s1', 'direct', '/x/#s1'],
      ['s2', 'reported', '/x/#s2'],
      ['s3', 'direct', '/x/#s3'],
    ]);
  });

  it('lists speakers in the order they first spoke, and keeps marks of one cell apart', () => {
    expect(chart.rows.map((row) => row.speaker)).toEqual(['hts', 'osdh']);
    expect(chart.marks[0]!.x).not.toBe(chart.marks[1]!.x);
  });

  it('shows a crowded cell as one count linking to the day, and keeps every other statement a mark', () => {
    const many = [...Array.from({ length: 6 }, (_, index) => statement(`m${index}`, 'osdh', '2024-12-01')), statement('h1', 'hts', '2024-12-01')];
    const crowded = statementsTimeline(many, options);
    expect(crowded.clusters.map((cluster) => [cluster.speaker, cluster.date, cluster.count, cluster.href])).toEqual([['osdh', '2024-12-01', 6, '/jour/2024-12-01/']]);
    expect(crowded.marks.map((mark) => mark.id)).toEqual(['h1']);
    expect(crowded.statementCount).toBe(7);
    expect(crowded.cells.map((cell) => [cell.speaker, cell.count])).toEqual([['hts', 1], ['osdh', 6]]);
  });
});

describe('statementsTimeline(statements, { speakers, marksPerCell })', () => {
  const statements = [statement('s1', 'osdh', '2024-12-01'), statement('s2', 'hts', '2024-11-30'), statement('s3', 'hts', '2024-12-01'), statement('s4', null, '2024-12-01')];
  const options = { days: ['2024-11-30', '2024-12-01'], speakerName: (id: string | null) => id ?? '—', href: (s: StatementRecord) => `/x/#${s.id}`, dayHref: (date: string) => `/jour/${date}/` };

  it('draws only the given speakers, in the given order', () => {
    const chart = statementsTimeline(statements, { ...options, speakers: ['osdh', 'hts'] });
    expect(chart.rows.map((row) => row.speaker)).toEqual(['osdh', 'hts']);
    expect(chart.marks.map((mark) => mark.id)).toEqual(['s1', 's2', 's3']);
    expect(chart.statementCount).toBe(3);
  });

  it('with marksPerCell 0, gives every cell as a count linking to the day (the summary)', () => {
    const chart = statementsTimeline(statements, { ...options, marksPerCell: 0 });
    expect(chart.marks).toEqual([]);
    expect(chart.clusters).toHaveLength(4);
    expect(chart.cells.map((cell) => [cell.speaker, cell.date, cell.count, cell.href])).toEqual([
      ['hts', '2024-11-30', 1, '/jour/2024-11-30/'],
      ['hts', '2024-12-01', 1, '/jour/2024-12-01/'],
      [null, '2024-12-01', 1, '/jour/2024-12-01/'],
      ['osdh', '2024-12-01', 1, '/jour/2024-12-01/'],
    ]);
  });
});

describe('timelineSpeakers(statements, days, speakerName)', () => {
  it('lists the speakers of the days, first to speak first, ties by name', () => {
    const statements = [statement('s1', 'osdh', '2024-12-01'), statement('s2', 'hts', '2024-12-01'), statement('s3', 'ria', '2024-11-30'), statement('s4', 'afp', '2024-10-01')];
    expect(timelineSpeakers(statements, ['2024-11-30', '2024-12-01'], (id) => id ?? '—')).toEqual(['ria', 'hts', 'osdh']);
  });
});

describe('timelineRowSizes(statements, days, marksPerCell)', () => {
  it('counts per speaker the statements and what the row draws: a mark each, or one count for a crowded cell', () => {
    const statements = [...Array.from({ length: 5 }, (_, index) => statement(`m${index}`, 'osdh', '2024-12-01')), statement('s1', 'osdh', '2024-11-30'), statement('s2', 'hts', '2024-12-01')];
    expect([...timelineRowSizes(statements, ['2024-11-30', '2024-12-01'], 4)]).toEqual([
      ['osdh', { statements: 6, items: 2 }],
      ['hts', { statements: 1, items: 1 }],
    ]);
  });
});

describe('sourceColumns', () => {
  it('gives one column per outlet, in the order of their first article', () => {
    const columns = sourceColumns([{ slug: 'a1', outlet: 'A', label: 'a' }, { slug: 'b1', outlet: 'B', label: 'b' }, { slug: 'a2', outlet: 'A', label: 'a' }]);
    expect(columns).toEqual([{ id: 'A', label: 'a', articles: ['a1', 'a2'] }, { id: 'B', label: 'b', articles: ['b1'] }]);
  });
});

describe('sourceVoices', () => {
  it('keeps the most present actors and a cell per actor and article', () => {
    const chart = sourceVoices(
      [{ actor: 'a', article: 'x', mentions: 5, statements: 1 }, { actor: 'b', article: 'y', mentions: 1, statements: 0 }, { actor: 'c', article: 'y', mentions: 2, statements: 0 }],
      [{ id: 'X', label: 'X', articles: ['x'] }, { id: 'Y', label: 'Y', articles: ['y'] }],
      (id) => id,
      2,
    );
    expect(chart.rows.map((row) => row.actor)).toEqual(['a', 'c']);
    expect(chart.cells).toHaveLength(4);
  });

  it('adds up the articles of one outlet in its column', () => {
    const chart = sourceVoices(
      [{ actor: 'a', article: 'x1', mentions: 2, statements: 1 }, { actor: 'a', article: 'x2', mentions: 3, statements: 0 }],
      [{ id: 'X', label: 'X', articles: ['x1', 'x2'] }],
      (id) => id,
    );
    expect(chart.cells.map((cell) => [cell.column, cell.mentions, cell.statements])).toEqual([['X', 5, 1]]);
  });
});

describe('coMentionNetwork', () => {
  const input = { paragraphs: [['a', 'b'], ['a', 'b'], ['a', 'c'], ['a', 'c'], ['b', 'c', 'd']], names: (id: string) => id.toUpperCase() };

  it('links actors named together at least twice, weighted by paragraphs', () => {
    const network = coMentionNetwork(input);
    expect(network.links.map((link) => [link.source, link.target, link.weight])).toEqual([
      ['a', 'b', 2],
      ['a', 'c', 2],
    ]);
    expect(network.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
  });

  it('lays out the same network identically on every run', () => {
    expect(JSON.stringify(coMentionNetwork(input))).toBe(JSON.stringify(coMentionNetwork(input)));
  });
});

describe('linkThreshold(weights, minWeight, maxLinks)', () => {
  it('raises the threshold by whole weights until at most maxLinks pairs remain', () => {
    expect(linkThreshold([2, 2, 3, 5, 8], 2, 10)).toBe(2);
    expect(linkThreshold([2, 2, 3, 5, 8], 2, 3)).toBe(3);
    expect(linkThreshold([2, 2, 3, 5, 8], 2, 1)).toBe(8);
  });

  it('keeps the strongest pairs when they alone pass maxLinks, and minWeight when no pair reaches it', () => {
    expect(linkThreshold([4, 4, 4], 2, 1)).toBe(4);
    expect(linkThreshold([1, 1], 2, 5)).toBe(2);
  });
});

describe('coMentionNetwork({ paragraphs, names }, { maxLinks })', () => {
  it('draws at most maxLinks arcs, the strongest, and says from how many shared paragraphs', () => {
    const paragraphs = [...Array.from({ length: 3 }, () => ['a', 'b']), ...Array.from({ length: 2 }, () => ['a', 'c', 'd'])];
    const network = coMentionNetwork({ paragraphs, names: (id) => id }, { maxLinks: 1 });
    expect(network.links.map((link) => [link.source, link.target, link.weight])).toEqual([['a', 'b', 3]]);
    expect(network.minWeight).toBe(3);
    expect(network.nodes.map((node) => node.id).sort()).toEqual(['a', 'b']);
  });
});

describe('map', () => {
  it('draws Syria and its neighbours, and places each place inside the frame', () => {
    const map = baseMap();
    expect(map.countries.map((country) => country.name).sort()).toEqual(expect.arrayContaining(['Irak', 'Jordanie', 'Liban', 'Syrie', 'Turquie']));
    const points = placePoints(map, [{ id: 'hama', name: 'Hama', latitude: 35.1318, longitude: 36.7578, labelled: true }, { id: 'paris', name: 'Paris', latitude: 48.85, longitude: 2.35, labelled: true }]);
    expect(points.map((point) => point.id)).toEqual(['hama']);
  });

  it('says which places changed hands by a day, and where the sources disagree', () => {
    const events = [event('prise-a', '2024-12-01', 'capture', ['a']), event('prise-b', '2024-12-03', 'capture', ['b'], true), event('frappe-c', '2024-12-01', 'airstrike', ['c'])];
    expect(controlByDay(events, ['a', 'b', 'c'], '2024-12-02').map((place) => place.status)).toEqual(['changed', 'unchanged', 'unchanged']);
    expect(controlByDay(events, ['a', 'b', 'c'], '2024-12-03').map((place) => place.status)).toEqual(['changed', 'disputed', 'unchanged']);
  });
});

describe('corroborationMatrix', () => {
  it('marks a cell where a source reports an event, with the stances', () => {
    const matrix = corroborationMatrix([event('e1', '2024-12-01', 'capture', [], true, ['x', 'y']), event('e2', '2024-12-02', 'capture', [], false, ['y'])], [{ id: 'X', label: 'X', articles: ['x'] }, { id: 'Y', label: 'Y', articles: ['y'] }]);
    expect(matrix.cells.map((cell) => [cell.event, cell.column, cell.stances])).toEqual([
      ['e1', 'X', ['reports']],
      ['e1', 'Y', ['denies']],
      ['e2', 'Y', ['reports']],
    ]);
    expect(matrix.rows[0]!.disputed).toBe(true);
  });
});

describe('summaryGroup(date, period)', () => {
  it('puts an event of the period in its day, one outside it in its month', () => {
    expect(summaryGroup('2024-12-06', { start: '2024-11-27', end: '2024-12-08' })).toEqual({ key: '2024-12-06', label: '6\u00a0déc.' });
    expect(summaryGroup('2024-09-08', { start: '2024-11-27', end: '2024-12-08' })).toEqual({ key: '2024-09', label: 'sept. 2024' });
  });

  it('names the days before the period in its first month, and after it in its last', () => {
    expect(summaryGroup('2024-11-26', { start: '2024-11-27', end: '2024-12-08' }).label).toBe('avant le 27\u00a0nov.');
    expect(summaryGroup('2024-12-10', { start: '2024-11-27', end: '2024-12-08' }).label).toBe('après le 8\u00a0déc.');
    expect(summaryGroup('2024-11-02', { start: '2024-11-27', end: '2024-12-08' }).key).toBe(summaryGroup('2024-11-26', { start: '2024-11-27', end: '2024-12-08' }).key);
  });
});

describe('corroborationSummary(events, sources, { period, layout })', () => {
  const period = { start: '2024-11-27', end: '2024-12-08' };
  const events = [event('e2', '2024-12-01', 'capture', [], false, ['y']), event('e1', '2024-12-01', 'capture', [], false, ['x', 'y']), event('e3', '2024-12-02', 'capture', [], false, ['x']), event('e0', '2024-09-08', 'background', [], false, ['x'])];
  const sources = [{ id: 'X', label: 'X', articles: ['x'] }, { id: 'Y', label: 'Y', articles: ['y'] }];

  it('gives a row per day (per month outside the period), in date order, and per outlet how many of its events it reports', () => {
    const summary = corroborationSummary(events, sources, { period });
    expect(summary.rows.map((row) => [row.key, row.events, row.first])).toEqual([
      ['2024-09', 1, 'e0'],
      ['2024-12-01', 2, 'e1'],
      ['2024-12-02', 1, 'e3'],
    ]);
    expect(summary.cells.map((cell) => [cell.row, cell.column, cell.count])).toEqual([
      ['2024-09', 'X', 1],
      ['2024-12-01', 'X', 1],
      ['2024-12-01', 'Y', 2],
      ['2024-12-02', 'X', 1],
    ]);
    expect(summary.eventCount).toBe(4);
  });

  it('writes each row with its number of events, in French, and keeps rows apart', () => {
    const summary = corroborationSummary(events, sources, { period, layout: 'narrow' });
    expect(summary.rows[1]!.lines.join(' ')).toBe('1er\u00a0déc. · 2\u00a0événements');
    expect(summary.rows[1]!.top).toBeGreaterThanOrEqual(summary.rows[0]!.top + summary.rows[0]!.height);
    expect(summary.width).toBe(300);
  });
});
