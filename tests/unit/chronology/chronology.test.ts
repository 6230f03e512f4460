import { describe, expect, it } from 'vitest';
import { acledRows, timePrecision } from '../../../src/lib/chronology/acled';
import { atomFeed } from '../../../src/lib/chronology/atom';
import { buildChronology } from '../../../src/lib/chronology/chronology';
import { facetEvents, facetValues } from '../../../src/lib/chronology/facets';
import { period } from '../../../src/lib/chronology/period';
import { statementRecords } from '../../../src/lib/exports/statements';
import { checkProject } from '../../../src/lib/check-project';
import { readProjectFiles } from '../../../src/lib/content/content-files';
import { projectRoot } from '../../helpers/project';

const { project, annotations } = checkProject(readProjectFiles(projectRoot));
const statements = statementRecords(project, annotations, (slug, anchor) => `/sources/${slug}/#${anchor}`);
const chronology = buildChronology(project, annotations, statements);

describe('the chronology', () => {
  it('has a day for every day of the period, in order, and for every day with an event', () => {
    const dates = chronology.days.map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain(period.start);
    expect(dates).toContain(period.end);
    for (const event of chronology.events) expect(dates).toContain(event.data.date);
  });

  it('orders events by day, then night, morning, afternoon, evening', () => {
    const keys = chronology.events.map((event) => event.data.date);
    expect(keys).toEqual([...keys].sort());
  });

  it('covers the period with at least 30 events, each with a source passage found on its page', () => {
    expect(chronology.events.length).toBeGreaterThanOrEqual(30);
    for (const event of chronology.events) {
      expect(event.claims.length).toBeGreaterThan(0);
      for (const claim of event.claims) expect(claim.anchor).toMatch(/^p-[0-9a-f]{8}/);
    }
  });

  it('keeps the day it happened apart from the day each source reported it', () => {
    for (const event of chronology.events) {
      for (const claim of event.claims) expect(claim.reported >= event.data.date).toBe(true);
    }
  });

  it('marks every disagreement and explains it', () => {
    const disputed = chronology.events.filter((event) => event.data.disputed);
    expect(disputed.length).toBeGreaterThanOrEqual(3);
    for (const event of disputed) {
      expect(event.data.dispute).toBeTruthy();
      expect(new Set(event.claims.map((claim) => `${claim.article}:${claim.stance}`)).size).toBeGreaterThan(1);
    }
  });

  it('puts each statement on the day it was made', () => {
    for (const day of chronology.days) for (const statement of day.statements) expect(statement.date).toBe(day.date);
  });
});

describe('filters', () => {
  it('offer every actor, place and type with an event, each page listing exactly those events', () => {
    const values = facetValues(chronology.events);
    expect(values.some((value) => value.kind === 'acteurs' && value.id === 'hts')).toBe(true);
    for (const value of values) expect(facetEvents(chronology.events, value)).toHaveLength(value.count);
  });
});

describe('ACLED export', () => {
  it('maps precision and types to ACLED’s vocabulary', () => {
    const rows = acledRows(chronology.events, project);
    const capture = rows.find((row) => row.event_id === '2024-12-05-prise-de-hama')!;
    expect(capture).toMatchObject({ event_date: '2024-12-05', event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory', location: 'Hama', admin1: 'Hama' });
    for (const event of chronology.events) expect([1, 2]).toContain(timePrecision(event));
  });
});

describe('Atom feed', () => {
  it('is the same on every build and escapes text', () => {
    const options = { title: 'Titre & co', feedUrl: 'https://exemple.org/flux.xml', pageUrl: 'https://exemple.org/', eventUrl: (event: { id: string }) => `https://exemple.org/#${event.id}`, author: 'Chronique' };
    const reported = (event: (typeof chronology.events)[number]) => event.claims.map((claim) => claim.reported).sort().at(-1)!;
    const feed = atomFeed(chronology.events, reported, options);
    expect(atomFeed(chronology.events, reported, options)).toBe(feed);
    expect(feed).toContain('<title>Titre &amp; co</title>');
    expect(feed.match(/<entry>/g)).toHaveLength(chronology.events.length);
  });
});
