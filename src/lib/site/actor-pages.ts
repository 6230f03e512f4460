import { eventsWith, type ChronologyEvent } from '../chronology/chronology';
import type { SiteEntry, SiteProject } from '../content/project';
import type { StatementRecord } from '../exports/statements';
import type { Actor } from '../schemas/actor';
import { siteChronology } from './chronology';
import { loadSite } from './load';
import { countMentions, mentionsByOutlet, type OutletMentions } from './mention-counts';
import { citedArticles, pageKey } from './page-key';
import { paginate, type ListPage } from './pagination';
import { sortByLabel } from './sort';

/** Statements per page of an actor's page: the list grows with the corpus, the page must not. */
export const actorStatementsPerPage = 100;

/** What an actor's pages show, computed for every actor at once. */
export interface ActorPageData {
  actor: SiteEntry<Actor>;
  affiliation: SiteEntry<Actor> | undefined;
  members: SiteEntry<Actor>[];
  /** The actor's statements, oldest first, in pages. */
  statements: ListPage<StatementRecord>[];
  statementCount: number;
  events: ChronologyEvent[];
  /** Where the sources name the actor, summed by outlet (one line per outlet, not per article). */
  outlets: OutletMentions[];
}

let cached: Promise<Map<string, ActorPageData>> | undefined;

/**
 * Every actor page's data, built once per build: one pass over the statements and the mentions
 * instead of one per actor page. In `astro dev` it is built again for each page, so edits show.
 */
export function actorPages(): Promise<Map<string, ActorPageData>> {
  if (import.meta.env.DEV) return buildActorPages();
  cached ??= buildActorPages();
  return cached;
}

async function buildActorPages(): Promise<Map<string, ActorPageData>> {
  const { project, annotations } = await loadSite();
  const { chronology, statements } = await siteChronology();
  const bySpeaker = new Map<string, StatementRecord[]>();
  for (const statement of statements) {
    if (!statement.speaker) continue;
    const list = bySpeaker.get(statement.speaker) ?? [];
    list.push(statement);
    bySpeaker.set(statement.speaker, list);
  }
  const mentions = countMentions(annotations, 'actor');
  const outletOf = (slug: string) => project.articles.get(slug)?.data.outlet ?? slug;
  const actors = [...project.actors.values()];
  return new Map(
    actors.map((actor) => {
      const said = (bySpeaker.get(actor.id) ?? []).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      const data: ActorPageData = {
        actor,
        affiliation: actor.data.affiliation ? project.actors.get(actor.data.affiliation) : undefined,
        members: sortByLabel(
          actors.filter((other) => other.data.affiliation === actor.id),
          (other) => other.name,
        ),
        statements: paginate(said, actorStatementsPerPage),
        statementCount: said.length,
        events: eventsWith(chronology.events, { actor: actor.id }),
        outlets: mentionsByOutlet(mentions.get(actor.id), outletOf),
      };
      return [actor.id, data];
    }),
  );
}

/**
 * The incremental build's key of an actor's statements past the first page: the actor's name, the
 * page's statements and the articles they come from (StatementList shows each one's outlet).
 */
export function actorStatementsPageKey(name: string, statements: ListPage<StatementRecord>, project: SiteProject): string {
  return pageKey(name, statements, citedArticles(project, statements.items.map((statement) => statement.article)));
}
