import { coMentionNetwork } from '../charts/co-mentions';
import { corroborationMatrix } from '../charts/corroboration';
import { baseMap, type MapPlace } from '../charts/map';
import { sourceColumns } from '../charts/source-columns';
import { sourceVoices, type VoiceCount } from '../charts/source-voices';
import { statementsTimeline } from '../charts/statements-timeline';
import { daysBetweenInclusive, period } from '../chronology/period';
import { siteChronology } from './chronology';
import { loadSite } from './load';
import { routes } from './url';
import { sortByPublication } from './sort';

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

let timeline: ReturnType<typeof statementsTimeline> | undefined;
export async function siteStatementsTimeline(speaker?: string) {
  const { statements } = await siteChronology();
  const actorName = await siteActorName();
  const days = daysBetweenInclusive(period.start, period.end);
  const options = { days: ['2024-11-26', ...days], speakerName: actorName, href: (statement: { anchor: string }) => statementPath(statement.anchor), dayHref: (date: string) => `${routes.day(date)}#declarations` };
  if (speaker) return statementsTimeline(statements.filter((statement) => statement.speaker === speaker), options);
  if (import.meta.env.DEV) return statementsTimeline(statements, options);
  timeline ??= statementsTimeline(statements, options);
  return timeline;
}

export async function siteSourceVoices() {
  const { annotations } = await loadSite();
  const { statements } = await siteChronology();
  const actorName = await siteActorName();
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
  return sourceVoices([...counts.values()].sort((a, b) => a.actor.localeCompare(b.actor) || a.article.localeCompare(b.article)), await outletColumns(), (id) => actorName(id));
}

let network: ReturnType<typeof coMentionNetwork> | undefined;
export async function siteCoMentions() {
  if (!network || import.meta.env.DEV) {
    const { annotations } = await loadSite();
    const actorName = await siteActorName();
    const paragraphs = [...annotations.articles.values()].flatMap((annotation) =>
      annotation.blocks.map((block) => block.analysis.mentions.filter((mention) => mention.entity.kind === 'actor').map((mention) => mention.entity.id)),
    );
    network = coMentionNetwork({ paragraphs, names: (id) => actorName(id) });
  }
  return network;
}

export async function siteCorroboration() {
  const events = (await siteChronology()).chronology.events.filter((event) => event.data.type !== 'background');
  return corroborationMatrix(events, await outletColumns());
}

let map: ReturnType<typeof baseMap> | undefined;
export function siteBaseMap() {
  map ??= baseMap();
  return map;
}

/** Places with coordinates, cities and towns labelled. */
export async function mapPlaces(): Promise<MapPlace[]> {
  return [...(await loadSite()).project.places.values()]
    .filter((place) => place.data.kind !== 'governorate' && place.data.kind !== 'region')
    .map((place) => ({ id: place.id, name: place.data.name, latitude: place.data.latitude, longitude: place.data.longitude, labelled: place.data.kind === 'city' }));
}
