import { coMentionNetwork } from '../charts/co-mentions';
import { corroborationMatrix } from '../charts/corroboration';
import { baseMap, controlByDay, lastCoveredDay, mapPlacesOf, placePoints, type MapPlace } from '../charts/map';
import { mapGuide, marksPerCell, matrixGuide, networkGuide, timelineGuide, voicesGuide } from '../charts/reading-guide';
import { sourceColumns } from '../charts/source-columns';
import { sourceVoices, type VoiceCount } from '../charts/source-voices';
import { statementsTimeline } from '../charts/statements-timeline';
import { daysBetweenInclusive, period } from '../chronology/period';
import { siteChronology } from './chronology';
import { loadSite } from './load';
import { countMentions } from './mention-counts';
import { routes } from './url';
import { sortByPublication } from './sort';

type Layout = 'wide' | 'narrow';

/** One column per outlet, in the order of their first article. */
export async function outletColumns() {
  return sourceColumns(sortByPublication((await loadSite()).project.articles.values()).map((article) => ({ slug: article.id, outlet: article.data.outlet, label: article.data.outletShort ?? article.data.outlet })));
}

/** A function naming actors by id, for charts and tables. */
export async function siteActorName(): Promise<(id: string | null) => string> {
  const { project } = await loadSite();
  return (id) => (id ? (project.actors.get(id)?.data.name ?? id) : 'Auteur non précisé');
}

/** Site path of a statement's passage, from its absolute URL in the export. */
export const statementPath = (anchor: string) => {
  const url = new URL(anchor);
  return `${url.pathname}${url.hash}`;
};

const timelines = new Map<Layout, ReturnType<typeof statementsTimeline>>();
export async function siteStatementsTimeline(speaker?: string, layout: Layout = 'wide') {
  const { statements } = await siteChronology();
  const actorName = await siteActorName();
  const days = daysBetweenInclusive(period.start, period.end);
  const options = { days: ['2024-11-26', ...days], speakerName: actorName, href: (statement: { anchor: string }) => statementPath(statement.anchor), dayHref: (date: string) => `${routes.day(date)}#declarations`, layout };
  if (speaker) return statementsTimeline(statements.filter((statement) => statement.speaker === speaker), options);
  if (import.meta.env.DEV) return statementsTimeline(statements, options);
  if (!timelines.has(layout)) timelines.set(layout, statementsTimeline(statements, options));
  return timelines.get(layout)!;
}

export async function siteSourceVoices(layout: Layout = 'wide') {
  const { annotations } = await loadSite();
  const { statements } = await siteChronology();
  const actorName = await siteActorName();
  const counts = new Map<string, VoiceCount>();
  const entry = (actor: string, article: string) => {
    const key = `${actor}|${article}`;
    if (!counts.has(key)) counts.set(key, { actor, article, mentions: 0, statements: 0 });
    return counts.get(key)!;
  };
  for (const [actor, byArticle] of countMentions(annotations, 'actor')) for (const [slug, count] of byArticle) entry(actor, slug).mentions += count;
  for (const statement of statements) if (statement.speaker) entry(statement.speaker, statement.article).statements++;
  return sourceVoices([...counts.values()].sort((a, b) => a.actor.localeCompare(b.actor) || a.article.localeCompare(b.article)), await outletColumns(), (id) => actorName(id), 14, { layout });
}

const networks = new Map<Layout, ReturnType<typeof coMentionNetwork>>();
export async function siteCoMentions(layout: Layout = 'wide') {
  if (!networks.has(layout) || import.meta.env.DEV) {
    const { annotations } = await loadSite();
    const actorName = await siteActorName();
    const paragraphs = [...annotations.articles.values()].flatMap((annotation) =>
      annotation.blocks.map((block) => block.analysis.mentions.filter((mention) => mention.entity.kind === 'actor').map((mention) => mention.entity.id)),
    );
    networks.set(layout, coMentionNetwork({ paragraphs, names: (id) => actorName(id) }, { layout }));
  }
  return networks.get(layout)!;
}

/** Every event of the chronology, context included: none is left out of the matrix. */
export async function siteCorroboration(layout: Layout = 'wide') {
  return corroborationMatrix((await siteChronology()).chronology.events, await outletColumns(), { layout });
}

const maps = new Map<Layout, ReturnType<typeof baseMap>>();
/** The base map, 560 × 440 for wide screens, 300 across for phones. */
export function siteBaseMap(layout: Layout = 'wide') {
  if (!maps.has(layout)) maps.set(layout, layout === 'narrow' ? baseMap(300, 236) : baseMap());
  return maps.get(layout)!;
}

/** The last day of the period the chronology covers: maps stop there. */
export async function siteCoveredDay() {
  return lastCoveredDay((await siteChronology()).chronology.events, period);
}

/** Places with coordinates, cities and towns labelled. */
export async function mapPlaces(): Promise<MapPlace[]> {
  return mapPlacesOf((await loadSite()).project.places.values());
}

/** The reading guide of each chart on /graphiques/, written from the data (src/lib/charts/reading-guide.ts). */
export async function siteReadingGuides() {
  const timeline = await siteStatementsTimeline();
  const { statements, chronology } = await siteChronology();
  const inCells = statements.filter((statement) => statement.date !== null && timeline.columns.some((column) => column.date === statement.date));
  const undated = inCells.filter((statement) => statement.datePrecision === 'by-publication').length;
  const map = siteBaseMap();
  const points = placePoints(map, await mapPlaces());
  const covered = await siteCoveredDay();
  const statuses = controlByDay(chronology.events, points.map((point) => point.id), covered);
  const { project } = await loadSite();
  const placeName = (id: string) => project.places.get(id)?.data.name ?? id;
  return {
    timeline: timelineGuide(timeline, { undated, perCell: marksPerCell, name: await siteActorName() }),
    voices: voicesGuide(await siteSourceVoices()),
    network: networkGuide(await siteCoMentions()),
    map: mapGuide(statuses, covered, placeName, period.end),
    matrix: matrixGuide(await siteCorroboration()),
  };
}
