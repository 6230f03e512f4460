import { describe, expect, it } from 'vitest';
import { coMentionNetwork } from '../../../src/lib/charts/co-mentions';
import { corroborationMatrix } from '../../../src/lib/charts/corroboration';
import { dayStrip } from '../../../src/lib/charts/day-strip';
import { frenchSpacing, ofName } from '../../../src/lib/text/typography';
import { baseMap, lastCoveredDay, placePoints } from '../../../src/lib/charts/map';
import { mapLayout } from '../../../src/lib/charts/map-layout';
import { sourceVoices } from '../../../src/lib/charts/source-voices';
import { statementsTimeline } from '../../../src/lib/charts/statements-timeline';
import { symbolPath, symbols } from '../../../src/lib/charts/symbols';
import { labelBox, overlappingPairs, textWidth, wrapText } from '../../../src/lib/charts/text-metrics';
import type { ChronologyEvent } from '../../../src/lib/chronology/chronology';
import type { StatementRecord } from '../../../src/lib/exports/statements';

const names: Record<string, string> = {
  syrie: 'Syrie',
  hts: 'Hayat Tahrir al-Cham',
  saa: 'Armée arabe syrienne',
  sana: 'Agence arabe syrienne d’information',
  osdh: 'Observatoire syrien des droits de l’homme',
  ans: 'Armée nationale syrienne',
  jolani: 'Abou Mohammad al-Jolani',
  iran: 'Iran',
  russie: 'Russie',
};
const ids = Object.keys(names);
// Every actor named with every other, some pairs often: the hairball the force layout drew.
const paragraphs = ids.flatMap((a, i) => ids.slice(i + 1).flatMap((b, j) => Array.from({ length: 2 + ((i + j) % 4) }, () => [a, b])));

describe('text metrics', () => {
  it('measure wider for longer and larger text, and wrap at spaces without losing a word', () => {
    expect(textWidth('Hama', 12)).toBeLessThan(textWidth('Hama', 13));
    expect(textWidth('Hama', 12)).toBeLessThan(textWidth('Hama et Homs', 12));
    const text = 'Observatoire syrien des droits de l’homme';
    const lines = wrapText(text, 140, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines.filter((line) => line.includes(' '))) expect(textWidth(line, 13)).toBeLessThanOrEqual(140);
  });
});

describe('symbols', () => {
  it('give each mark one meaning and one glyph, site-wide', () => {
    const glyphs = Object.values(symbols).map((symbol) => symbol.glyph);
    const labels = Object.values(symbols).map((symbol) => symbol.label);
    expect(new Set(glyphs).size).toBe(glyphs.length);
    expect(new Set(labels).size).toBe(labels.length);
    for (const id of Object.keys(symbols) as (keyof typeof symbols)[]) expect(symbolPath(id, 10, 10, 10).d).toMatch(/^M/);
  });
});

describe('French in generated text', () => {
  it('elides before a vowel and sets no-break spaces', () => {
    expect(ofName('Alep')).toBe('d’Alep');
    expect(ofName('Hama')).toBe('de Hama');
    expect(ofName('Armée arabe syrienne')).toBe('d’Armée arabe syrienne');
    expect(frenchSpacing('Les plus cités : A et B ; « oui »')).toBe('Les plus cités\u00a0: A et B\u202f; «\u00a0oui\u00a0»');
  });
});

describe('co-mention arc diagram', () => {
  for (const layout of ['wide', 'narrow'] as const) {
    it(`${layout}: draws every linked actor, and no label overlaps another or leaves the picture`, () => {
      const network = coMentionNetwork({ paragraphs, names: (id) => names[id]! }, { layout });
      expect(network.nodes.map((node) => node.id).sort()).toEqual([...ids].sort());
      expect(overlappingPairs(network.labelBoxes, 1)).toEqual([]);
      for (const box of network.labelBoxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(network.width);
      }
      // Never cut: each name is whole across its lines.
      for (const node of network.nodes) expect(node.lines.join(' ')).toBe(node.name);
      expect(network.links.every((link) => link.weight >= 2)).toBe(true);
    });
  }

  it('places strong pairs next to each other', () => {
    const network = coMentionNetwork({ paragraphs: [['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'c'], ['a', 'c'], ['c', 'd'], ['c', 'd'], ['c', 'd'], ['c', 'd']], names: (id) => id });
    const order = network.nodes.map((node) => node.id);
    expect(Math.abs(order.indexOf('c') - order.indexOf('d'))).toBe(1);
  });
});

const event = (id: string, date: string, type: ChronologyEvent['data']['type'], title: string, stances: ('reports' | 'claims' | 'denies' | 'confirms')[] = ['reports']): ChronologyEvent => ({
  id,
  data: { date, datePrecision: 'day', type, title, summary: 'Un résumé de test assez long.', places: [], actors: [], disputed: stances.includes('denies'), claims: [] },
  claims: stances.map((stance, index) => ({ article: index === 0 ? 'a' : 'b', quote: 'une citation', stance, by: null, anchor: 'p-1', reported: date })),
  sources: ['a'],
});

describe('corroboration matrix', () => {
  const events = [
    event('contexte', '2024-09-23', 'background', 'Israël lance une campagne de bombardements contre le Liban'),
    event('long', '2024-12-06', 'capture', 'Les rebelles disent être entrés dans le quartier d’al-Waer, à l’entrée de Homs, selon plusieurs sources', ['reports', 'denies']),
    event('court', '2024-12-07', 'capture', 'HTS prend Homs'),
  ];
  const sources = [{ id: 'A', label: 'Mondialisation.ca', articles: ['a'] }, { id: 'B', label: 'Site arabophone', articles: ['b'] }];
  for (const layout of ['wide', 'narrow'] as const) {
    it(`${layout}: keeps every event, context included, with its whole title`, () => {
      const matrix = corroborationMatrix(events, sources, { layout });
      expect(matrix.rows.map((row) => row.event)).toEqual(['contexte', 'long', 'court']);
      expect(matrix.rows[0]!.background).toBe(true);
      for (const row of matrix.rows) expect(row.lines.join(' ')).toContain(row.label);
      const boxes = matrix.rows.flatMap((row) => row.lines.map((line, index) => labelBox(line, row.textX, row.top + 3 + matrix.fontSize + index * (matrix.fontSize + 3), matrix.fontSize)));
      expect(overlappingPairs(boxes)).toEqual([]);
      for (const box of boxes) expect(box.x + box.width).toBeLessThan(matrix.columns[0]!.x - 8);
    });
  }
});

describe('phone layouts', () => {
  const statement = (id: string, speaker: string, date: string): StatementRecord => ({ id, article: 'a', speaker, speakerOrg: speaker, date, datePrecision: 'day', kind: 'direct', quote: id, anchor: `https://x.org/#${id}`, paragraph: 'p-1' });
  const days = ['2024-11-26', '2024-11-27', '2024-11-28', '2024-11-29', '2024-11-30', '2024-12-01', '2024-12-02', '2024-12-03', '2024-12-04', '2024-12-05', '2024-12-06', '2024-12-07', '2024-12-08'];

  it('are 300 px across, set in 13 px type, with every day labelled', () => {
    const timeline = statementsTimeline([statement('s1', 'osdh', '2024-12-01'), statement('s2', 'osdh', '2024-12-01'), statement('s3', 'hts', '2024-12-08')], { days, speakerName: (id) => names[id!]!, href: () => '#', dayHref: () => '#', layout: 'narrow' });
    expect(timeline.width).toBe(300);
    expect(timeline.fontSize).toBeGreaterThanOrEqual(13);
    expect(timeline.columns.map((column) => column.label)).toContain('1er');
    // Day labels fit their column.
    const step = timeline.columns[1]!.x - timeline.columns[0]!.x;
    for (const column of timeline.columns) expect(textWidth(column.label, timeline.fontSize)).toBeLessThan(step + 2);
    expect(timeline.rows.find((row) => row.speaker === 'osdh')!.lines.join(' ')).toBe(names['osdh']);
    const strip = dayStrip(days.map((date) => ({ date, events: 1, statements: 1 })), 300, 120, 'narrow');
    expect(strip.bars.find((bar) => bar.date === '2024-12-01')!.label).toBe('1er');
    const voices = sourceVoices([{ actor: 'osdh', article: 'a', mentions: 3, statements: 1 }], [{ id: 'A', label: 'Mondialisation.ca', articles: ['a'] }], (id) => names[id]!, 14, { layout: 'narrow' });
    expect(voices.width).toBe(300);
    expect(voices.rows[0]!.lines.join(' ')).toBe(names['osdh']);
  });
});

describe('map layout', () => {
  const places = [
    { id: 'alep', name: 'Alep', latitude: 36.2021, longitude: 37.1343, labelled: true },
    { id: 'safira', name: 'Safira', latitude: 36.0771, longitude: 37.3718, labelled: false },
    { id: 'hama', name: 'Hama', latitude: 35.1318, longitude: 36.7578, labelled: true },
    { id: 'zaabe', name: 'Zaabé', latitude: 35.23, longitude: 36.75, labelled: false },
    { id: 'rastan', name: 'Rastan', latitude: 34.9267, longitude: 36.7325, labelled: false },
    { id: 'autoroute-m5', name: 'Autoroute M5', latitude: 34.88, longitude: 36.73, labelled: false },
    { id: 'talbisseh', name: 'Talbisseh', latitude: 34.8383, longitude: 36.7303, labelled: false },
    { id: 'homs', name: 'Homs', latitude: 34.7324, longitude: 36.7137, labelled: true },
    { id: 'al-waer', name: 'Al-Waer', latitude: 34.738, longitude: 36.665, labelled: false },
    { id: 'damas', name: 'Damas', latitude: 33.5138, longitude: 36.2765, labelled: true },
    { id: 'place-des-omeyyades', name: 'Place des Omeyyades', latitude: 33.5139, longitude: 36.2764, labelled: false },
  ];
  const statuses = [{ id: 'rastan', status: 'changed' as const }, { id: 'talbisseh', status: 'changed' as const }, { id: 'homs', status: 'disputed' as const }, { id: 'hama', status: 'changed' as const }];
  for (const [layout, width, height, inset, fontSize] of [['wide', 560, 440, 'right', 12], ['narrow', 300, 236, 'below', 13]] as const) {
    it(`${layout}: names every marked place, or numbers it for the list beside; no label overlaps; marks do not pile up`, () => {
      const map = baseMap(width, height);
      const layoutResult = mapLayout(map, placePoints(map, places), statuses, { fontSize, markSize: 10, inset });
      const named = layoutResult.marks.flatMap((mark) => mark.names);
      expect(named.sort()).toEqual(places.map((place) => place.name).sort());
      for (const mark of layoutResult.marks) if (mark.label.key !== undefined) expect(layoutResult.keyed.map((entry) => entry.key)).toContain(mark.label.key);
      expect(overlappingPairs(layoutResult.marks.map((mark) => mark.label.box))).toEqual([]);
      // Marks at least a mark apart, except places at the very same spot, which share one mark.
      const marks = layoutResult.marks;
      for (let i = 0; i < marks.length; i++) for (let j = i + 1; j < marks.length; j++) expect(Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y)).toBeGreaterThanOrEqual(layoutResult.markSize);
      expect(marks.find((mark) => mark.ids.includes('damas'))!.names).toEqual(['Damas', 'Place des Omeyyades']);
      expect(layoutResult.inset).toBeDefined();
      expect(marks.filter((mark) => mark.inset).map((mark) => mark.ids[0])).toEqual(expect.arrayContaining(['rastan', 'talbisseh', 'homs']));
    });
  }

  it('stops at the last day the chronology covers', () => {
    const events = [event('a', '2024-11-27', 'capture', 'A'), event('b', '2024-12-06', 'capture', 'B'), event('c', '2025-01-02', 'background', 'C')];
    expect(lastCoveredDay(events, { start: '2024-11-27', end: '2024-12-08' })).toBe('2024-12-06');
  });
});
