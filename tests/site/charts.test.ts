import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { period } from '../../src/lib/chronology/period';
import type { StatementRecord } from '../../src/lib/exports/statements';
import { labelBox, overlappingPairs } from '../../src/lib/charts/text-metrics';
import { distRoot, readJson, readPage, readerText, selectAll } from '../helpers/dist';
import { realProject } from '../helpers/project';

const statements = readJson<StatementRecord[]>('data/statements.json');
const page = readPage('/graphiques/');

describe('charts in the built site', () => {
  it('are five or more figures, each with a caption, an image that says what it shows and a data table', () => {
    const figures = selectAll('figure.chart[id]', page);
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) {
      expect(selectAll(':scope > figcaption', figure)).toHaveLength(1);
      // One picture per layout (wide screens, phones), each saying what it shows.
      const pictures = selectAll('svg[role="img"]', figure);
      expect(pictures.length).toBeGreaterThanOrEqual(1);
      for (const picture of pictures) {
        expect(selectAll(':scope > title', picture)).toHaveLength(1);
        expect(selectAll(':scope > desc', picture)).toHaveLength(1);
      }
      expect(selectAll('details table', figure)).toHaveLength(1);
      expect(selectAll('svg[role="img"] a', figure)).toHaveLength(0);
    }
  });

  it('draw one timeline mark per statement of the period, each linking to its highlighted passage', () => {
    const inPeriod = statements.filter((statement) => statement.date && statement.date >= '2024-11-26' && statement.date <= period.end);
    const links = selectAll('#chronologie-declarations .chart-wide .chart-links a', page);
    expect(links).toHaveLength(inPeriod.length);
    const expected = new Set(inPeriod.map((statement) => new URL(statement.anchor).pathname + new URL(statement.anchor).hash));
    for (const link of links) {
      const href = String(link.properties['href']);
      expect(expected.has(href)).toBe(true);
      const [path, hash] = href.split('#');
      expect(selectAll(`mark[id="${hash}"]`, readPage(path!))).toHaveLength(1);
    }
  });

  it('put a point on the map for every place with coordinates in the frame, named on the map or in the numbered list beside it', () => {
    const { project } = realProject();
    const drawable = [...project.places.values()].filter((place) => place.data.kind !== 'governorate' && place.data.kind !== 'region');
    for (const layout of ['chart-wide', 'chart-narrow']) {
      const titles = selectAll(`#carte-lieux .${layout} .chart-links a title`, page).map((title) => readerText(title));
      const labels = selectAll(`#carte-lieux .${layout} .place-label`, page).map((label) => readerText(label));
      const listed = selectAll(`#carte-lieux .map-key-${layout.slice(6)}`, page).map((item) => readerText(item));
      for (const place of drawable) {
        expect(titles.some((title) => title.split(', ').includes(place.data.name))).toBe(true);
        expect([...labels, ...listed].some((text) => text.includes(place.data.name))).toBe(true);
      }
    }
  });

  it('lay the co-mention names out so that no two overlap, measured from the built pictures', () => {
    for (const layout of ['chart-wide', 'chart-narrow']) {
      const svg = selectAll(`#reseau-co-mentions .${layout} svg[role="img"]`, page)[0]!;
      const fontSize = layout === 'chart-wide' ? 12 : 13;
      const boxes = selectAll('text.node-label tspan', svg).map((tspan) => labelBox(readerText(tspan), Number(tspan.properties['x']), Number(tspan.properties['y']), fontSize, 'end'));
      expect(boxes.length).toBeGreaterThan(5);
      expect(overlappingPairs(boxes)).toEqual([]);
      const width = Number(String(svg.properties['viewBox']).split(' ')[2]);
      for (const box of boxes) expect(box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
  });

  it('leave no event of the chronology out of the corroboration matrix, and cut no title', () => {
    const events = readJson<{ id: string; title: string }[]>('data/events.json');
    expect(selectAll('#matrice-corroboration table tbody tr', page)).toHaveLength(events.length);
    for (const layout of ['chart-wide', 'chart-narrow']) {
      const text = selectAll(`#matrice-corroboration .${layout} text.row-label`, page).map((label) => selectAll('tspan', label).map((tspan) => readerText(tspan)).join(' '));
      for (const event of events) expect(text.some((row) => row.includes(event.title))).toBe(true);
      expect(text.join(' ')).not.toContain('…');
    }
  });

  it('put every chart\'s legend on screen, with each symbol meaning one thing', () => {
    for (const id of ['chronologie-declarations', 'voix-par-source', 'reseau-co-mentions', 'carte-lieux', 'matrice-corroboration']) {
      expect(selectAll(`#${id} figcaption .chart-legend .legend`, page).length).toBeGreaterThan(0);
    }
    const meanings = new Map<string, Set<string>>();
    for (const legend of selectAll('.chart-legend .legend', page)) {
      const path = selectAll('path.sym', legend)[0];
      if (!path) continue;
      const symbol = String((path.properties['className'] as string[]).find((name) => name.startsWith('sym-') && !['sym-filled', 'sym-stroked'].includes(name)));
      const meaning = readerText(legend).trim();
      meanings.set(symbol, new Set([...(meanings.get(symbol) ?? []), meaning.replace(/ sur l’événement$/, '')]));
    }
    for (const [symbol, set] of meanings) expect([symbol, [...set]]).toEqual([symbol, [[...set][0]]]);
  });

  it('write the first of the month "1er" on the home timeline, and stop the maps at the last day the chronology covers', () => {
    const home = readPage('/');
    const axis = selectAll('#accueil-declarations text.axis-label', home).map((label) => readerText(label));
    expect(axis).toContain('1er\u00a0déc.');
    expect(axis.some((label) => /^1\s/.test(label))).toBe(false);
    const events = readJson<{ date: string }[]>('data/events.json');
    const last = events.map((event) => event.date).filter((date) => date <= period.end).sort().at(-1)!;
    const panels = selectAll('.small-multiples li > a', page).map((link) => String(link.properties['href']));
    expect(panels.at(-1)).toContain(last);
  });

  it('write the reading guides of /graphiques/ from the data', () => {
    const events = readJson<unknown[]>('data/events.json');
    const guide = readerText(selectAll('#corroboration ~ p', page)[0]!);
    expect(guide).toContain(`${events.length} événements`);
  });

  it('use no inline style (the CSP forbids it) and only rounded coordinates', () => {
    const html = readFileSync(join(distRoot, 'graphiques/index.html'), 'utf8');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/="-?\d+\.\d{3,}"/);
  });
});
