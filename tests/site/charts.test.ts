import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { period } from '../../src/lib/chronology/period';
import type { StatementRecord } from '../../src/lib/exports/statements';
import { distRoot, readJson, readPage, selectAll } from '../helpers/dist';
import { realProject } from '../helpers/project';

const statements = readJson<StatementRecord[]>('data/statements.json');
const page = readPage('/graphiques/');

describe('charts in the built site', () => {
  it('are five or more figures, each with a caption, an image that says what it shows and a data table', () => {
    const figures = selectAll('figure.chart[id]', page);
    expect(figures.length).toBeGreaterThanOrEqual(5);
    for (const figure of figures) {
      expect(selectAll(':scope > figcaption', figure)).toHaveLength(1);
      expect(selectAll('svg[role="img"] > title', figure)).toHaveLength(1);
      expect(selectAll('svg[role="img"] > desc', figure)).toHaveLength(1);
      expect(selectAll('details table', figure)).toHaveLength(1);
      expect(selectAll('svg[role="img"] a', figure)).toHaveLength(0);
    }
  });

  it('draw one timeline mark per statement of the period, each linking to its highlighted passage', () => {
    const inPeriod = statements.filter((statement) => statement.date && statement.date >= '2024-11-26' && statement.date <= period.end);
    const links = selectAll('#chronologie-declarations .chart-links a', page);
    expect(links).toHaveLength(inPeriod.length);
    const expected = new Set(inPeriod.map((statement) => new URL(statement.anchor).pathname + new URL(statement.anchor).hash));
    for (const link of links) {
      const href = String(link.properties['href']);
      expect(expected.has(href)).toBe(true);
      const [path, hash] = href.split('#');
      expect(selectAll(`mark[id="${hash}"]`, readPage(path!))).toHaveLength(1);
    }
  });

  it('put a point on the map for every place with coordinates in the frame', () => {
    const { project } = realProject();
    const drawable = [...project.places.values()].filter((place) => place.data.kind !== 'governorate' && place.data.kind !== 'region');
    expect(selectAll('#carte-lieux .chart-links a', page)).toHaveLength(drawable.length);
  });

  it('use no inline style (the CSP forbids it) and only rounded coordinates', () => {
    const html = readFileSync(join(distRoot, 'graphiques/index.html'), 'utf8');
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/="-?\d+\.\d{3,}"/);
  });
});
