import { coMentionNetwork } from '../charts/co-mentions';
import { corroborationMatrix, corroborationSummary } from '../charts/corroboration';
import { baseMap, controlByDay, lastCoveredDay, mapPlacesOf, placePoints, type MapPlace } from '../charts/map';
import { mapGuide, marksPerCell, matrixGuide, networkGuide, timelineGuide, voicesGuide } from '../charts/reading-guide';
import { sourceColumns } from '../charts/source-columns';
import { sourceVoices, type VoiceCount } from '../charts/source-voices';
import { statementsTimeline } from '../charts/statements-timeline';
import { daysBetweenInclusive, period } from '../chronology/period';
import { matrixPlan, timelinePlan, type TimelinePlan } from './chart-pages';
import { siteChronology } from './chronology';
import { loadSite } from './load';
import { countMentions } from './mention-counts';
import type { ChartName } from './paths';
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

/** The timeline's columns: the day before the offensive, then each day of the period. */
const timelineDays = () => ['2024-11-26', ...daysBetweenInclusive(period.start, period.end)];

/** Which part of the whole timeline to draw: some speakers' rows; `marksPerCell: 0` gives every cell as a count (the summary). */
export interface TimelineView {
  speakers?: readonly (string | null)[];
  marksPerCell?: number;
}

const timelines = new Map<string, ReturnType<typeof statementsTimeline>>();
export async function siteStatementsTimeline(speaker?: string, layout: Layout = 'wide', view: TimelineView = {}) {
  const { statements } = await siteChronology();
  const actorName = await siteActorName();
  const options = { days: timelineDays(), speakerName: actorName, href: (statement: { anchor: string }) => statementPath(statement.anchor), dayHref: (date: string) => `${routes.day(date)}#declarations`, layout, ...view };
  if (speaker) return statementsTimeline(statements.filter((statement) => statement.speaker === speaker), options);
  if (import.meta.env.DEV) return statementsTimeline(statements, options);
  const key = JSON.stringify([layout, view.speakers ?? null, view.marksPerCell ?? null]);
  if (!timelines.has(key)) timelines.set(key, statementsTimeline(statements, options));
  return timelines.get(key)!;
}

let timelinePlanned: TimelinePlan | undefined;
/** Whether the whole timeline fits /graphiques/ and the home page, its summary and its own pages (src/lib/site/chart-pages.ts). */
export async function siteTimelinePlan(): Promise<TimelinePlan> {
  if (timelinePlanned && !import.meta.env.DEV) return timelinePlanned;
  timelinePlanned = timelinePlan((await siteChronology()).statements, { days: timelineDays(), speakerName: await siteActorName(), marksPerCell });
  return timelinePlanned;
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

/** Whether the whole matrix fits /graphiques/ beside the timeline, and its own pages. */
export async function siteMatrixPlan() {
  return matrixPlan((await siteChronology()).chronology.events, { beside: (await siteTimelinePlan()).whole });
}

/** How many pages each chart with pages of its own has (/graphiques/<chart>/, then page/<n>/). */
export async function siteChartPageCounts(): Promise<{ chart: ChartName; count: number }[]> {
  return [
    { chart: 'declarations', count: (await siteTimelinePlan()).pages.length },
    { chart: 'corroboration', count: (await siteMatrixPlan()).pages.length },
  ];
}

/** Every event of the chronology, context included, or those of page `page` of the matrix's own pages: none is left out. */
export async function siteCorroboration(layout: Layout = 'wide', page?: number) {
  const events = page === undefined ? (await siteChronology()).chronology.events : ((await siteMatrixPlan()).pages[page - 1]?.items ?? []);
  return corroborationMatrix(events, await outletColumns(), { layout });
}

/** The matrix summed up by day, for /graphiques/ when its events are too many for one page. */
export async function siteCorroborationSummary(layout: Layout = 'wide') {
  return corroborationSummary((await siteChronology()).chronology.events, await outletColumns(), { period, layout });
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
