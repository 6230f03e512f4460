import type { SiteProject } from '../content/project';
import { sortByPublication } from '../site/sort';

/** Records of `/data/articles.json`: one per source article, oldest first. */
export function articlesExport(project: SiteProject) {
  return sortByPublication(project.articles.values()).map(({ id, data }) => ({
    slug: id,
    seed: data.seed,
    title: data.title,
    titleOrigin: data.titleOrigin,
    outlet: data.outlet,
    outletShort: data.outletShort ?? null,
    outletInferred: data.outletInferred,
    originalSource: data.originalSource ?? null,
    url: data.url ?? null,
    language: data.language,
    published: data.published,
    publishedPrecision: data.publishedPrecision,
    publishedNote: data.publishedNote,
    summary: data.summary,
    framing: data.framing,
    boilerplate: data.boilerplate,
  }));
}

const byId = <T extends { id: string }>(records: T[]) => records.sort((a, b) => a.id.localeCompare(b.id));

/** Records of `/data/actors.json`. */
export function actorsExport(project: SiteProject) {
  return byId(
    [...project.actors.values()].map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      role: data.role ?? null,
      aliases: data.aliases,
      affiliation: data.affiliation ?? null,
      description: data.description,
    })),
  );
}

/** Records of `/data/places.json`. */
export function placesExport(project: SiteProject) {
  return byId(
    [...project.places.values()].map(({ id, data }) => ({
      id,
      name: data.name,
      kind: data.kind,
      aliases: data.aliases,
      governorate: data.governorate ?? null,
      country: data.country,
      latitude: data.latitude,
      longitude: data.longitude,
      geoPrecision: data.geoPrecision,
      description: data.description,
    })),
  );
}

/** Records of `/data/glossary.json`. */
export function glossaryExport(project: SiteProject) {
  return byId(
    [...project.glossary.values()].map(({ id, data }) => ({
      id,
      term: data.term,
      aliases: data.aliases,
      actor: data.actor ?? null,
      place: data.place ?? null,
      definition: data.definition,
    })),
  );
}
