import type { SiteAnnotations } from '../annotate/annotate-project';
import type { Entity } from '../annotate/gazetteer';
import type { ChronologyEvent } from '../chronology/chronology';
import type { SiteArticle, SiteProject } from '../content/project';
import type { ClaimStance } from '../schemas/event';
import { entityPath, paths } from '../site/paths';
import { sortByPublication } from '../site/sort';
import { findLoosely, seedBlockMaps, seedSpan, type SeedBlockMap } from './seed-offsets';
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

export interface AnnotationCollection {
  '@context': typeof annotationContext;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Turns a site-absolute path ("/acteurs/hts/") into the public URL: the only tie to where the site is served. */
export type AbsoluteUrl = (path: string) => string;

/** Where `/data/annotations.jsonld` is served, site-absolute. */
export const annotationsPath = paths.data('annotations.jsonld');

const stanceLabels: Record<ClaimStance, string> = { reports: 'rapporte', claims: 'affirme', denies: 'dément', confirms: 'confirme' };

/**
 * Every annotation of the sources as a W3C Web Annotation collection: one annotation per mention
 * (`identifying` an actor or place, `linking` a glossary term), per statement (`describing` it,
 * its speaker `identifying`) and per event claim (`linking` to the event, its stance `tagging`).
 * Each targets the source page by a TextQuoteSelector and the seed's raw text by the same quote and
 * a TextPositionSelector (code points into `/seeds/<file>.txt`).
 */
export function webAnnotations(project: SiteProject, annotations: SiteAnnotations, events: readonly ChronologyEvent[], absolute: AbsoluteUrl): AnnotationCollection {
  const collection = absolute(annotationsPath);
  const items: WebAnnotation[] = [];
  const located = new Map<string, { article: SiteArticle; maps: SeedBlockMap[] }>();
  const targets = (article: SiteArticle, maps: SeedBlockMap[], block: number, start: number, end: number): [TextTarget, TextTarget] => {
    const span = seedSpan(maps[block]!, start, end);
    const { quote, position } = textSelectors(article.seedText, span.start, span.end);
    return [
      { type: 'SpecificResource', source: { id: absolute(paths.source(article.id)), type: 'Text', format: 'text/html', language: article.data.language }, selector: quote },
      { type: 'SpecificResource', source: { id: absolute(paths.seed(article.data.seed)), type: 'Text', format: 'text/plain', language: article.data.language }, selector: [quote, position] },
    ];
  };
  const resource = (entity: Pick<Entity, 'kind' | 'id'>): ResourceBody => entityBody(project, entity, absolute);

  const articles = sortByPublication(project.articles.values());
  for (const article of articles) {
    const annotation = annotations.articles.get(article.id);
    if (!annotation) continue;
    const maps = seedBlockMaps(article.seedText, article.data, annotation.blocks.map((block) => block.text));
    located.set(article.id, { article, maps });
    annotation.blocks.forEach((block, index) => {
      block.analysis.mentions.forEach((mention, rank) => {
        items.push({
          id: `${collection}#${article.id}/${block.anchor}/m${rank + 1}`,
          type: 'Annotation',
          motivation: mention.entity.kind === 'term' ? 'linking' : 'identifying',
          body: resource(mention.entity),
          target: targets(article, maps, index, mention.start, mention.end),
        });
      });
    });
  }
  for (const article of articles) {
    const annotation = annotations.articles.get(article.id);
    const { maps } = located.get(article.id) ?? {};
    if (!annotation || !maps) continue;
    annotation.blocks.forEach((block, index) => {
      block.analysis.statements.forEach((statement, rank) => {
        const speaker = statement.speaker ? resource({ kind: 'actor', id: statement.speaker }) : undefined;
        const kind = statement.kind === 'direct' ? 'Déclaration directe' : 'Propos rapportés';
        items.push({
          id: `${collection}#${article.id}/${block.statementAnchors[rank]!}`,
          type: 'Annotation',
          motivation: 'describing',
          body: [
            { type: 'TextualBody', purpose: 'describing', value: speaker ? `${kind} : ${speaker.label}` : `${kind}, auteur non identifié`, format: 'text/plain', language: 'fr' },
            ...(speaker ? [{ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: speaker }] : []),
          ],
          target: targets(article, maps, index, statement.start, statement.end),
        });
      });
    });
  }
  for (const event of events) {
    event.claims.forEach((claim, rank) => {
      const entry = located.get(claim.article);
      const blocks = annotations.articles.get(claim.article)?.blocks ?? [];
      const index = blocks.findIndex((block) => block.anchor === claim.anchor);
      const span = index === -1 ? undefined : findLoosely(blocks[index]!.text, claim.quote);
      if (!entry || !span) throw new Error(`The quote of ${event.id}, claim ${rank + 1}, is not in ${claim.article}: run the content check`);
      const by = claim.by ? resource({ kind: 'actor', id: claim.by }) : undefined;
      items.push({
        id: `${collection}#${event.id}/c${rank + 1}`,
        type: 'Annotation',
        motivation: 'linking',
        body: [
          { type: 'SpecificResource', purpose: 'linking', source: { id: absolute(paths.event(event.data.date, event.id)), type: 'schema:Event', label: event.data.title } },
          { type: 'TextualBody', purpose: 'tagging', value: stanceLabels[claim.stance], format: 'text/plain', language: 'fr' },
          ...(by ? [{ type: 'SpecificResource' as const, purpose: 'identifying' as const, source: by }] : []),
        ],
        target: targets(entry.article, entry.maps, index, span.start, span.end),
      });
    });
  }
  return {
    '@context': annotationContext,
    id: collection,
    type: 'AnnotationCollection',
    label: 'Chronique — annotations des sources (mentions, déclarations, passages cités par la chronologie)',
    total: items.length,
    first: { id: `${collection}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
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
 * The collection as text: one annotation per line (diffs between builds stay readable) without the
 * indentation that would nearly double the file's size.
 */
export function annotationCollectionText(collection: AnnotationCollection): string {
  return [...annotationCollectionLines(collection)].join('');
}

/**
 * The same text as UTF-8 bytes, encoded line by line: at thousands of articles the collection is larger
 * than the longest string JavaScript can hold (about 512 MB), never larger than a buffer.
 */
export function annotationCollectionBytes(collection: AnnotationCollection): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts = [...annotationCollectionLines(collection)].map((line) => encoder.encode(line));
  const bytes = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/** The collection's JSON in pieces: its head, then one annotation a line. */
function* annotationCollectionLines(collection: AnnotationCollection): Generator<string> {
  const { first, ...head } = collection;
  const { items, ...page } = first;
  const headText = JSON.stringify(head, null, 2).replace(/\n\}$/, '');
  const pageText = JSON.stringify(page, null, 2).replace(/\n\}$/, '').replace(/\n/g, '\n  ');
  yield `${headText},\n  "first": ${pageText},\n    "items": [\n`;
  for (const [index, item] of items.entries()) yield `${index > 0 ? ',\n' : ''}      ${JSON.stringify(item)}`;
  yield '\n    ]\n  }\n}\n';
}
