import { stringify } from 'yaml';
import { renderArticleFile } from '../../src/lib/article/article-file';
import type { Project } from '../../src/lib/content/project';
import { slugFromTitle } from '../../src/lib/import/slug';
import { eventTypes } from '../../src/lib/schemas/event';
import { expectedBlocks, type SeedBlock } from '../../src/lib/seed/fidelity';
import { formatSeedManifest, seedHash } from '../../src/lib/seed/seed-manifest';
import { seedToMdx } from '../../src/lib/seed/seed-to-mdx';
import { addDays } from '../../src/lib/text/calendar';
import { createRng, type Rng } from './lcg';
import { buildPool, createSubstituter, frenchDay, varyDates, withDatePrefix, type BenchEntity, type NameSubstituter, type SentencePool } from './text-pool';

/** An outlet as the real articles describe it, lent to synthetic articles. */
export interface BenchOutlet {
  outlet: string;
  outletShort?: string;
  outletNote: string;
  framing: string;
}

/** What a synthetic corpus is made from: the real seeds, titles, outlets and gazetteer. */
export interface CorpusSource {
  /** Each real seed's text lines, less its title and boilerplate. */
  seedBodies: string[][];
  titles: string[];
  outlets: BenchOutlet[];
  entities: BenchEntity[];
}

export interface CorpusOptions {
  articles: number;
  /** Events per article (default 1/3). */
  eventRatio?: number;
  chapters?: number;
  seed?: number;
}

/** A file of the corpus, its path relative to the project root. */
export interface GeneratedFile {
  path: string;
  text: string;
}

export interface SyntheticParagraph {
  sentences: string[];
  text: string;
  actors: string[];
  places: string[];
}

export interface SyntheticArticle {
  slug: string;
  title: string;
  published: string;
  seedName: string;
  seedText: string;
  /** The seed's lines as the page shows them (title left out). */
  blocks: SeedBlock[];
  paragraphs: SyntheticParagraph[];
  outlet: string;
}

export interface SyntheticClaim {
  article: string;
  quote: string;
  stance: 'reports' | 'claims';
  by?: string;
}

export interface SyntheticEvent {
  id: string;
  date: string;
  claims: SyntheticClaim[];
}

export interface Corpus {
  articles: SyntheticArticle[];
  events: SyntheticEvent[];
  /** content/articles, content/events, content/chapters, seeds (with SHA256SUMS). */
  files: GeneratedFile[];
}

/** The first and last publication days of the synthetic articles. */
export const publicationRange = { start: '2024-11-28', end: '2024-12-10' } as const;
/** The earliest day an event may happen. */
const firstEventDay = '2024-11-26';

const pad = (value: number, width = 4) => String(value).padStart(width, '0');

/** Reads the material of a corpus from a loaded project (its articles, actors and places). */
export function corpusSource(project: Pick<Project, 'articles' | 'actors' | 'places'>): CorpusSource {
  const articles = [...project.articles.values()];
  return {
    seedBodies: articles.map((article) => expectedBlocks(article.seedText, article.data).map((block) => block.text)),
    titles: articles.map((article) => article.data.title),
    outlets: articles.map(({ data }) => ({ outlet: data.outlet, ...(data.outletShort ? { outletShort: data.outletShort } : {}), outletNote: data.outletNote, framing: data.framing })),
    entities: [
      ...[...project.actors.values()].map(({ id, data }): BenchEntity => ({ kind: 'actor', id, group: data.kind, forms: [data.name, ...data.aliases] })),
      ...[...project.places.values()].map(({ id, data }): BenchEntity => ({ kind: 'place', id, group: data.kind, forms: [data.name, ...data.aliases] })),
    ],
  };
}

/**
 * A reproducible synthetic corpus: `articles` French articles recombined from the real seeds'
 * sentences (names and dates varied), each with its seed and manifest line, events quoting them
 * exactly, and a few chapters citing both.
 */
export function generateCorpus(source: CorpusSource, options: CorpusOptions): Corpus {
  const rng = createRng(options.seed ?? 20241127);
  const pool = buildPool(source.seedBodies, source.titles);
  if (pool.sentences.length === 0 || pool.intertitles.length === 0 || source.outlets.length === 0) {
    throw new Error('Unexpected empty corpus source, expected sentences, intertitles and outlets from the real articles');
  }
  const substituter = createSubstituter(source.entities);
  const articles = Array.from({ length: options.articles }, (_, index) => generateArticle(index, pool, substituter, source.outlets, rng));
  const actorIds = source.entities.filter((entity) => entity.kind === 'actor').map((entity) => entity.id);
  const placeIds = source.entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id);
  const eventCount = articles.length === 0 ? 0 : Math.max(1, Math.round(articles.length * (options.eventRatio ?? 1 / 3)));
  const events = Array.from({ length: eventCount }, (_, index) => generateEvent(index, articles, actorIds, placeIds, rng));
  const files: GeneratedFile[] = [];
  const hashes = new Map<string, string>();
  for (const article of articles) {
    files.push({ path: `seeds/${article.seedName}`, text: article.seedText });
    hashes.set(article.seedName, seedHash(new TextEncoder().encode(article.seedText)));
    files.push({ path: `content/articles/${article.slug}.mdx`, text: articleFile(article, source.outlets, rng) });
  }
  files.push({ path: 'seeds/SHA256SUMS', text: formatSeedManifest(hashes) });
  for (const event of events) files.push({ path: `content/events/${event.id}.yaml`, text: event.yaml });
  const chapterCount = articles.length === 0 ? 0 : (options.chapters ?? 3);
  for (let order = 1; order <= chapterCount; order++) files.push(chapterFile(order, articles, events, rng));
  return { articles, events: events.map(({ yaml: _yaml, ...event }) => event), files };
}

function generateArticle(index: number, pool: SentencePool, substituter: NameSubstituter, outlets: readonly BenchOutlet[], rng: Rng): SyntheticArticle {
  const span = Math.round((Date.parse(`${publicationRange.end}T00:00:00Z`) - Date.parse(`${publicationRange.start}T00:00:00Z`)) / 86_400_000);
  const published = addDays(publicationRange.start, rng.int(0, span));
  const title = substituter.substitute(varyDates(rng.pick(pool.intertitles), rng, published), rng).text.trim();
  const paragraphs: SyntheticParagraph[] = [];
  const lines: { heading: boolean; text: string }[] = [];
  const paragraphCount = rng.int(6, 20);
  for (let index = 0; index < paragraphCount; index++) {
    // Sometimes an intertitle, never two in a row.
    if (index > 0 && rng.chance(0.2) && !lines.at(-1)?.heading) {
      lines.push({ heading: true, text: substituter.substitute(rng.pick(pool.intertitles), rng).text.trim() });
    }
    const sentences: string[] = [];
    const actors = new Set<string>();
    const places = new Set<string>();
    const count = rng.int(1, 4);
    for (let sentenceIndex = 0; sentenceIndex < count; sentenceIndex++) {
      let sentence = varyDates(rng.pick(pool.sentences), rng, published);
      if (rng.chance(0.25)) sentence = withDatePrefix(sentence, rng, published);
      const substituted = substituter.substitute(sentence, rng);
      sentences.push(substituted.text);
      substituted.actors.forEach((id) => actors.add(id));
      substituted.places.forEach((id) => places.add(id));
    }
    const paragraph = { sentences, text: sentences.join(' '), actors: [...actors], places: [...places] };
    paragraphs.push(paragraph);
    lines.push({ heading: false, text: paragraph.text });
  }
  const seedLines = [title, ...lines.map((line) => line.text)];
  const seedText = `${seedLines.join('\n')}\n`;
  const seedName = `${pad(index + 1)}_${seedHash(new TextEncoder().encode(seedText)).slice(0, 16)}.txt`;
  const words = slugFromTitle(title).split('-').slice(0, 6).join('-');
  return {
    slug: `s${pad(index + 1)}${words ? `-${words}` : ''}`,
    title,
    published,
    seedName,
    seedText,
    blocks: expectedBlocks(seedText, { titleOrigin: 'seed', boilerplate: [] }),
    paragraphs,
    outlet: rng.pick(outlets).outlet,
  };
}

function articleFile(article: SyntheticArticle, outlets: readonly BenchOutlet[], rng: Rng): string {
  const outlet = outlets.find((candidate) => candidate.outlet === article.outlet) ?? rng.pick(outlets);
  const first = article.paragraphs[0]?.sentences[0] ?? article.title;
  return renderArticleFile(
    {
      title: article.title,
      titleOrigin: 'seed',
      outlet: outlet.outlet,
      ...(outlet.outletShort ? { outletShort: outlet.outletShort } : {}),
      outletNote: outlet.outletNote,
      language: 'fr',
      published: article.published,
      publishedPrecision: 'day',
      publishedNote: `Article synthétique du banc d’essai, daté du ${frenchDay(article.published)} par le générateur.`,
      seed: article.seedName,
      boilerplate: [],
      summary: `Texte recomposé à partir des sources réelles : ${excerpt(first, 140)}`,
      framing: outlet.framing,
    },
    article.blocks,
  );
}

function excerpt(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20))}…`;
}

interface EventDraft extends SyntheticEvent {
  yaml: string;
}

function generateEvent(index: number, articles: readonly SyntheticArticle[], actorIds: readonly string[], placeIds: readonly string[], rng: Rng): EventDraft {
  const cited = [rng.pick(articles), ...rng.sample(articles, rng.int(0, 2))].filter((article, position, list) => list.indexOf(article) === position);
  const latest = cited.map((article) => article.published).reduce((a, b) => (a < b ? a : b));
  const span = Math.round((Date.parse(`${latest}T00:00:00Z`) - Date.parse(`${firstEventDay}T00:00:00Z`)) / 86_400_000);
  const date = addDays(firstEventDay, rng.int(0, Math.max(0, span)));
  const actors = new Set<string>();
  const places = new Set<string>();
  const claims = cited.map((article): SyntheticClaim => {
    const paragraph = rng.pick(article.paragraphs);
    const quote = rng.pick(paragraph.sentences);
    paragraph.actors.forEach((id) => actors.add(id));
    paragraph.places.forEach((id) => places.add(id));
    const speaker = paragraph.actors.length > 0 ? rng.pick(paragraph.actors) : actorIds.length > 0 ? rng.pick(actorIds) : undefined;
    return rng.chance(0.25) && speaker ? { article: article.slug, quote, stance: 'claims', by: speaker } : { article: article.slug, quote, stance: 'reports' };
  });
  if (places.size === 0 && placeIds.length > 0) places.add(rng.pick(placeIds));
  const id = `${date}-fait-${pad(index + 1)}`;
  const disputed = claims.length > 1 && rng.chance(0.1);
  const event = {
    date,
    datePrecision: 'day',
    type: rng.pick(eventTypes),
    title: `Fait n° ${index + 1} : ${excerpt(claims[0]!.quote, 70)}`,
    summary: `Selon ${claims.length} source${claims.length > 1 ? 's' : ''} : ${excerpt(claims[0]!.quote, 200)}`,
    places: [...places].slice(0, 3),
    actors: [...actors].slice(0, 4),
    ...(disputed ? { disputed: true, dispute: 'Les sources ne donnent pas le même récit de ce fait synthétique.' } : {}),
    claims,
  };
  return { id, date, claims, yaml: stringify(event, { lineWidth: 0 }) };
}

/** A chapter citing events (`:event`) and passages (`:source … quote`) of the corpus. */
function chapterFile(order: number, articles: readonly SyntheticArticle[], events: readonly EventDraft[], rng: Rng): GeneratedFile {
  const paragraphs: string[] = [];
  for (let index = 0; index < 6; index++) {
    const event = rng.pick(events);
    const article = rng.pick(articles);
    const quotable = article.paragraphs.flatMap((paragraph) => paragraph.sentences).filter((sentence) => !/["{}<>\\[\]&]/.test(sentence));
    const source = quotable.length > 0 ? `, et :source[une source le rapporte]{#${article.slug} quote="${rng.pick(quotable)}"}` : '';
    if (index % 3 === 0) paragraphs.push(`## Étape ${index / 3 + 1}`);
    paragraphs.push(`Ce paragraphe du chapitre ${order} renvoie à :event[un fait de la chronologie]{#${event.id}}${source}. Il sert à mesurer le rendu des citations.`);
  }
  const frontmatter = stringify({ title: `Chapitre synthétique ${order}`, order, summary: `Chapitre ${order} du corpus synthétique : il cite des faits et des passages.`, updated: '2024-12-10' }, { lineWidth: 0 });
  return { path: `content/chapters/chapitre-${pad(order, 2)}.mdx`, text: `---\n${frontmatter}---\n\n${paragraphs.join('\n\n')}\n` };
}

/** The same article texts for the plain Astro baseline: minimal frontmatter, the same MDX body. */
export function baselineArticleFiles(corpus: Pick<Corpus, 'articles'>): GeneratedFile[] {
  return corpus.articles.map((article) => ({
    path: `content/articles/${article.slug}.mdx`,
    text: `---\n${stringify({ title: article.title }, { lineWidth: 0 })}---\n\n${seedToMdx(article.blocks)}`,
  }));
}
