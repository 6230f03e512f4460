import type { SiteAnnotations } from '../annotate/annotate-project';
import type { Entity } from '../annotate/gazetteer';
import type { ChronologyEvent } from '../chronology/chronology';
import type { SiteProject } from '../content/project';
import type { ClaimStance } from '../schemas/event';
import { entityPath, paths } from '../site/paths';
import { sortByPublication } from '../site/sort';
import { findLoosely, seedBlockMaps, seedSpan } from './seed-offsets';
import { textSelectors, type TextPositionSelector, type TextQuoteSelector } from './text-selectors';

/** The W3C Web Annotation Data Model's JSON-LD context. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

export type Motivation = 'identifying' | 'describing' | 'tagging' | 'linking';

/** What an annotation says something about: a page and the same words in the seed's raw text. */
export interface TextTarget {
  type: 'SpecificResource';
  source: { id: string; type: 'Text'; format: 'text/html' | 'text/plain'; language: string };
  selector: TextQuoteSelector | (TextQuoteSelector | TextPositionSelector)[];
}

/** One of Chronique's resources (an actor, place, term or event), named. */
export interface ResourceBody {
  id: string;
  type: 'Person' | 'Organization' | 'schema:Place' | 'skos:Concept' | 'schema:Event';
  label: string;
}

export type AnnotationBody =
  | ResourceBody
  | { type: 'SpecificResource'; purpose: Motivation; source: ResourceBody }
  | { type: 'TextualBody'; purpose: Motivation; value: string; format: 'text/plain'; language?: string };

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  body: AnnotationBody | AnnotationBody[];
  target: [TextTarget, TextTarget];
}

/** The collection at `/data/annotations.jsonld`: how many annotations, and where its pages begin and end. */
export interface AnnotationCollection {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  /** URLs of the first and last pages; absent when there is no annotation at all. */
  first?: string;
  last?: string;
}

/** One source's annotations, a page of the collection at `/data/annotations/<source>.jsonld`. */
export interface AnnotationPage {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationPage';
  /** The collection, embedded with its label and total as the model's example of a page does. */
  partOf: { id: string; label: string; total: number };
  /** Position in the whole collection of this page's first annotation (0-based). */
  startIndex: number;
  prev?: string;
  next?: string;
  items: WebAnnotation[];
}

/** Where a source's annotations are in the collection, counted without computing any selector. */
export interface AnnotationPageEntry {
  article: string;
  startIndex: number;
  count: number;
  prev?: string;
  next?: string;
  /** The event claims whose passage is in this source, with their 1-based rank in their event. */
  claims: { event: ChronologyEvent; rank: number }[];
}

/** The collection's pages: sources in publication order, each with at least one annotation. */
export interface AnnotationIndex {
  total: number;
  pages: ReadonlyMap<string, AnnotationPageEntry>;
}

/** Turns a site-absolute path ("/acteurs/hts/") into the public URL: the only tie to where the site is served. */
export type AbsoluteUrl = (path: string) => string;

/** Where `/data/annotations.jsonld` is served, site-absolute. */
export const annotationsPath = paths.data('annotations.jsonld');

/** Where a source's page of annotations is served, site-absolute. */
export const annotationPagePath = (article: string) => paths.data(`annotations/${article}.jsonld`);

const collectionLabel = 'Chronique — annotations des sources (mentions, déclarations, passages cités par la chronologie)';

const stanceLabels: Record<ClaimStance, string> = { reports: 'rapporte', claims: 'affirme', denies: 'dément', confirms: 'confirme' };

/**
 * The collection's pages and where each starts, from counts alone: per source, its mentions and
 * statements (block by block) and the event claims citing it. Sources are in publication order; one
 * without any annotation has no page (a page holds at least one annotation).
 */
export function annotationIndex(project: SiteProject, annotations: SiteAnnotations, events: readonly ChronologyEvent[]): AnnotationIndex {
  const claims = new Map<string, AnnotationPageEntry['claims']>();
  for (const event of events) {
    event.claims.forEach((claim, index) => {
      if (!project.articles.has(claim.article)) throw new Error(`${event.id}, claim ${index + 1}, cites ${claim.article}, which is not an article: run the content check`);
      const cited = claims.get(claim.article) ?? [];
      cited.push({ event, rank: index + 1 });
      claims.set(claim.article, cited);
    });
  }
  const entries: AnnotationPageEntry[] = [];
  let total = 0;
  for (const article of sortByPublication(project.articles.values())) {
    const blocks = annotations.articles.get(article.id)?.blocks ?? [];
    const cited = claims.get(article.id) ?? [];
    const count = blocks.reduce((sum, block) => sum + block.analysis.mentions.length + block.analysis.statements.length, cited.length);
    if (count === 0) continue;
    entries.push({ article: article.id, startIndex: total, count, claims: cited });
    total += count;
  }
  entries.forEach((entry, index) => {
    if (index > 0) entry.prev = entries[index - 1]!.article;
    if (index < entries.length - 1) entry.next = entries[index + 1]!.article;
  });
  return { total, pages: new Map(entries.map((entry) => [entry.article, entry])) };
}

/**
 * What a source's annotation page is made of, for Astro's incremental build (`cacheKey`): the
 * source's own key (its digest: text, annotations, registry, the events citing it) and what the
 * page says of the rest of the collection (its place, its neighbours, the total).
 */
export function annotationPageKey(index: AnnotationIndex, article: string, sourceKey: string): string {
  const entry = index.pages.get(article);
  if (!entry) throw new Error(`No annotation page for ${article}`);
  return [sourceKey, entry.startIndex, index.total, entry.prev ?? '', entry.next ?? ''].join('|');
}

/** The collection itself: its label, its total and links to its first and last pages. */
export function annotationCollection(index: AnnotationIndex, absolute: AbsoluteUrl): AnnotationCollection {
  const articles = [...index.pages.keys()];
  const first = articles[0];
  const last = articles.at(-1);
  return {
    '@context': annotationContext,
    id: absolute(annotationsPath),
    type: 'AnnotationCollection',
    label: collectionLabel,
    total: index.total,
    ...(first && last ? { first: absolute(annotationPagePath(first)), last: absolute(annotationPagePath(last)) } : {}),
  };
}

/**
 * One source's page of the collection, computed from that source alone: one annotation per mention
 * (`identifying` an actor or place, `linking` a glossary term), per statement (`describing` it, its
 * speaker `identifying`) and per event claim whose passage it holds (`linking` to the event, its
 * stance `tagging`). Each targets the source page by a TextQuoteSelector and the seed's raw text by
 * the same quote and a TextPositionSelector (code points into `/seeds/<file>.txt`). Ids are the
 * page's URL and a fragment, so that each dereferences to the page that holds it.
 */
export function annotationPage(project: SiteProject, annotations: SiteAnnotations, index: AnnotationIndex, articleId: string, absolute: AbsoluteUrl): AnnotationPage {
  const entry = index.pages.get(articleId);
  const article = project.articles.get(articleId);
  const blocks = annotations.articles.get(articleId)?.blocks;
  if (!entry || !article || !blocks) throw new Error(`No page of annotations for "${articleId}"`);
  const page = absolute(annotationPagePath(articleId));
  const maps = seedBlockMaps(article.seedText, article.data, blocks.map((block) => block.text));
  const targets = (block: number, start: number, end: number): [TextTarget, TextTarget] => {
    const span = seedSpan(maps[block]!, start, end);
    const { quote, position } = textSelectors(article.seedText, span.start, span.end);
    return [
      { type: 'SpecificResource', source: { id: absolute(paths.source(article.id)), type: 'Text', format: 'text/html', language: article.data.language }, selector: quote },
      { type: 'SpecificResource', source: { id: absolute(paths.seed(article.data.seed)), type: 'Text', format: 'text/plain', language: article.data.language }, selector: [quote, position] },
    ];
  };
  const resource = (entity: Pick<Entity, 'kind' | 'id'>): ResourceBody => entityBody(project, entity, absolute);
  const items: WebAnnotation[] = [];

  blocks.forEach((block, at) => {
    block.analysis.mentions.forEach((mention, rank) => {
      items.push({
        id: `${page}#${block.anchor}/m${rank + 1}`,
        type: 'Annotation',
        motivation: mention.entity.kind === 'term' ? 'linking' : 'identifying',
        body: resource(mention.entity),
        target: targets(at, mention.start, mention.end),
      });
    });
  });
  blocks.forEach((block, at) => {
    block.analysis.statements.forEach((statement, rank) => {
      const speaker = statement.speaker ? resource({ kind: 'actor', id: statement.speaker }) : undefined;
      const kind = statement.kind === 'direct' ? 'Déclaration directe' : 'Propos rapportés';
      items.push({
        id: `${page}#${block.statementAnchors[rank]!}`,
        type: 'Annotation',
        motivation: 'describing',
        body: [
          { type: 'TextualBody', purpose: 'describing', value: speaker ? `${kind} : ${speaker.label}` : `${kind}, auteur non identifié`, format: 'text/plain', language: 'fr' },
          ...(speaker ? [{ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: speaker }] : []),
        ],
        target: targets(at, statement.start, statement.end),
      });
    });
  });
  for (const { event, rank } of entry.claims) {
    const claim = event.claims[rank - 1]!;
    const at = blocks.findIndex((block) => block.anchor === claim.anchor);
    const span = at === -1 ? undefined : findLoosely(blocks[at]!.text, claim.quote);
    if (!span) throw new Error(`The quote of ${event.id}, claim ${rank}, is not in ${claim.article}: run the content check`);
    const by = claim.by ? resource({ kind: 'actor', id: claim.by }) : undefined;
    items.push({
      id: `${page}#${event.id}/c${rank}`,
      type: 'Annotation',
      motivation: 'linking',
      body: [
        { type: 'SpecificResource', purpose: 'linking', source: { id: absolute(paths.event(event.data.date, event.id)), type: 'schema:Event', label: event.data.title } },
        { type: 'TextualBody', purpose: 'tagging', value: stanceLabels[claim.stance], format: 'text/plain', language: 'fr' },
        ...(by ? [{ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: by }] : []),
      ],
      target: targets(at, span.start, span.end),
    });
  }
  if (items.length !== entry.count) throw new Error(`${articleId}: ${items.length} annotations, ${entry.count} counted`);
  return {
    '@context': annotationContext,
    id: page,
    type: 'AnnotationPage',
    partOf: { id: absolute(annotationsPath), label: collectionLabel, total: index.total },
    startIndex: entry.startIndex,
    ...(entry.prev ? { prev: absolute(annotationPagePath(entry.prev)) } : {}),
    ...(entry.next ? { next: absolute(annotationPagePath(entry.next)) } : {}),
    items,
  };
}

/** An actor, place or glossary term as an annotation body: its page, its type, its name. */
export function entityBody(project: SiteProject, entity: Pick<Entity, 'kind' | 'id'>, absolute: AbsoluteUrl): ResourceBody {
  const id = absolute(entityPath(entity));
  if (entity.kind === 'actor') {
    const actor = project.actors.get(entity.id);
    return { id, type: actor?.data.kind === 'person' ? 'Person' : 'Organization', label: actor?.data.name ?? entity.id };
  }
  if (entity.kind === 'place') return { id, type: 'schema:Place', label: project.places.get(entity.id)?.data.name ?? entity.id };
  return { id, type: 'skos:Concept', label: project.glossary.get(entity.id)?.data.term ?? entity.id };
}

/**
 * A page as text: one annotation per line (diffs between builds stay readable) without the
 * indentation that would nearly double the file's size.
 */
export function annotationPageText(page: AnnotationPage): string {
  const { items, ...head } = page;
  const headText = JSON.stringify(head, null, 2).replace(/\n\}$/, '');
  return `${headText},\n  "items": [\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]\n}\n`;
}
