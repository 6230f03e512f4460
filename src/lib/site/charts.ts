import { coMentionNetwork } from '../charts/co-mentions';
import { corroborationMatrix } from '../charts/corroboration';
import { baseMap, controlByDay, lastCoveredDay, placePoints, type MapPlace } from '../charts/map';
import { mapGuide, marksPerCell, matrixGuide, networkGuide, timelineGuide, voicesGuide } from '../charts/reading-guide';
import { sourceColumns } from '../charts/source-columns';
import { sourceVoices, type VoiceCount } from '../charts/source-voices';
import { statementsTimeline } from '../charts/statements-timeline';
import { daysBetweenInclusive, period } from '../chronology/period';
import { siteChronology } from './chronology';
import { loadSite } from './load';
import { routes } from './url';
import { sortByPublication } from './sort';

/** One column per outlet, in the order of their first article. */
export function outletColumns() {
  return sourceColumns(sortByPublication(loadSite().project.articles.values()).map((article) => ({ slug: article.id, outlet: article.data.outlet, label: article.data.outletShort ?? article.data.outlet })));
}

export const actorName = (id: string | null) => (id ? (loadSite().project.actors.get(id)?.data.name ?? id) : 'Auteur non précisé');

/** Site path of a statement's passage, from its absolute URL in the export. */
export const statementPath = (anchor: string) => {
  const url = new URL(anchor);
  return `${url.pathname}${url.hash}`;
};

const timelines = new Map<string, ReturnType<typeof statementsTimeline>>();
export function siteStatementsTimeline(speaker?: string, layout: 'wide' | 'narrow' = 'wide') {
  const { statements } = siteChronology();
  const days = daysBetweenInclusive(period.start, period.end);
  const options = { days: ['2024-11-26', ...days], speakerName: actorName, href: (statement: { anchor: string }) => statementPath(statement.anchor), dayHref: (date: string) => `${routes.day(date)}#declarations`, layout };
  if (speaker) return statementsTimeline(statements.filter((statement) => statement.speaker === speaker), options);
  if (!timelines.has(layout)) timelines.set(layout, statementsTimeline(statements, options));
  return timelines.get(layout)!;
}

export function siteSourceVoices(layout: 'wide' | 'narrow' = 'wide') {
  const { annotations } = loadSite();
  const { statements } = siteChronology();
  const counts = new Map<string, VoiceCount>();
  const entry = (actor: string, article: string) => {
    const key = `${actor}|${article}`;
    if (!counts.has(key)) counts.set(key, { actor, article, mentions: 0, statements: 0 });
    return counts.get(key)!;
  };
  for (const [slug, annotation] of annotations.articles) {
    for (const block of annotation.blocks) for (const mention of block.analysis.mentions) if (mention.entity.kind === 'actor') entry(mention.entity.id, slug).mentions++;
  }
  for (const statement of statements) if (statement.speaker) entry(statement.speaker, statement.article).statements++;
  return sourceVoices([...counts.values()].sort((a, b) => a.actor.localeCompare(b.actor) || a.article.localeCompare(b.article)), outletColumns(), (id) => actorName(id), 14, { layout });
}

const networks = new Map<string, ReturnType<typeof coMentionNetwork>>();
export function siteCoMentions(layout: 'wide' | 'narrow' = 'wide') {
  if (!networks.has(layout)) {
    const { annotations } = loadSite();
    const paragraphs = [...annotations.articles.values()].flatMap((annotation) =>
      annotation.blocks.map((block) => block.analysis.mentions.filter((mention) => mention.entity.kind === 'actor').map((mention) => mention.entity.id)),
    );
    networks.set(layout, coMentionNetwork({ paragraphs, names: (id) => actorName(id) }, { layout }));
  }
  return networks.get(layout)!;
}

/** Every event of the chronology, context included: none is left out of the matrix. */
export function siteCorroboration(layout: 'wide' | 'narrow' = 'wide') {
  return corroborationMatrix(siteChronology().chronology.events, outletColumns(), { layout });
}

const maps = new Map<string, ReturnType<typeof baseMap>>();
/** The base map, 560 × 440 for wide screens, 300 across for phones. */
export function siteBaseMap(layout: 'wide' | 'narrow' = 'wide') {
  if (!maps.has(layout)) maps.set(layout, layout === 'narrow' ? baseMap(300, 236) : baseMap());
  return maps.get(layout)!;
}

/** The last day of the period the chronology covers: maps stop there. */
export function siteCoveredDay() {
  return lastCoveredDay(siteChronology().chronology.events, period);
}

/** Places with coordinates, cities and towns labelled. */
export function mapPlaces(): MapPlace[] {
  return [...loadSite().project.places.values()]
    .filter((place) => place.data.kind !== 'governorate' && place.data.kind !== 'region')
    .map((place) => ({ id: place.id, name: place.data.name, latitude: place.data.latitude, longitude: place.data.longitude, labelled: place.data.kind === 'city' }));
}

/** The reading guide of each chart on /graphiques/, written from the data (src/lib/charts/reading-guide.ts). */
export function siteReadingGuides() {
  const timeline = siteStatementsTimeline();
  const inCells = siteChronology().statements.filter((statement) => statement.date !== null && timeline.columns.some((column) => column.date === statement.date));
  const undated = inCells.filter((statement) => statement.datePrecision === 'by-publication').length;
  const map = siteBaseMap();
  const points = placePoints(map, mapPlaces());
  const covered = siteCoveredDay();
  const statuses = controlByDay(siteChronology().chronology.events, points.map((point) => point.id), covered);
  const placeName = (id: string) => loadSite().project.places.get(id)?.data.name ?? id;
  return {
    timeline: timelineGuide(timeline, { undated, perCell: marksPerCell, name: actorName }),
    voices: voicesGuide(siteSourceVoices()),
    network: networkGuide(siteCoMentions()),
    map: mapGuide(statuses, covered, placeName, period.end),
    matrix: matrixGuide(siteCorroboration()),
  };
}
