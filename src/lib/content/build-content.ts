import { createHash } from 'node:crypto';
import { annotateArticle, siteBlock, type SiteAnnotation, type SiteBlock } from '../annotate/annotate-article';
import { annotateChapter } from '../annotate/annotate-chapter';
import { annotationWarnings } from '../annotate/annotate-project';
import { buildGazetteer } from '../annotate/gazetteer';
import { compileMentionMatcher } from '../annotate/mentions';
import type { PayloadRef } from './article-payloads';
import { citationNotes, type CitationNote } from '../annotate/citation-notes';
import type { ChapterCitations } from '../opendata/chapter-citations';
import { renderArticle, renderTree, type RenderedPage } from '../render/render-html';
import type { Article } from '../schemas/article';
import type { Chapter } from '../schemas/chapter';
import { withBase, withoutBase } from '../site/deployment';
import { entityPath, paths } from '../site/paths';
import type { ContentError } from './content-error';
import type { CollectionName, ProjectFiles, SourceFile } from './content-files';
import { withoutDrafts } from './drafts';
import { loadProject, withoutConsequences, type CheckedBodies } from './load-project';
import { checkPublicationDays } from './publication-day';

/** An annotated article, as the loader receives it from buildContent. */
export interface ArticleData {
  article: Article;
  /** The seed's text, served raw under /seeds/. */
  seedText: string;
  blocks: readonly SiteBlock[];
}

/**
 * What an article entry holds in Astro's content store: its metadata and where the rest is
 * (blocks, HTML, seed text: src/lib/content/article-payloads.ts).
 */
export interface StoredArticleData {
  article: Article;
  payload: PayloadRef;
}

export interface ChapterData {
  chapter: Chapter;
  minutes: number;
  citations: ChapterCitations;
  /** The chapter's citations as numbered notes for print, their paths without the base path. */
  notes: CitationNote[];
}

/** One entry for the content layer's store. */
export interface ContentItem {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  digest: string;
  rendered?: RenderedPage;
}

/** An article annotated by an earlier build: reused as it is when its digest did not change. */
export interface StoredArticle {
  digest: string;
  blocks: readonly SiteBlock[];
  rendered: RenderedPage;
}

export interface BuiltContent {
  items: Record<CollectionName, ContentItem[]>;
  errors: ContentError[];
  warnings: ContentError[];
  /** Drafts left out of the build: listed, not errors. */
  notes: ContentError[];
  /** Articles annotated and rendered in this run, and those reused from the store. */
  annotated: string[];
  reused: string[];
}

export interface BuildOptions {
  /** The site's base path: links in the HTML include it. */
  base: string;
  /** A digest of the annotation engine's code (engineDigest): a stored article made by other code is redone. */
  engine: string;
  /** `astro dev` previews drafts; a build leaves them out of every page, export and chart. */
  drafts: 'include' | 'exclude';
  /** The build's day, YYYY-MM-DD: no article may be published after it. */
  today: string;
  /** The article bodies whose own checks passed in an earlier build (not parsed again unless annotated). */
  checkedBodies?: CheckedBodies;
  /** What an earlier build made of this article from the inputs that give this digest, if it is kept. */
  previous(id: string, digest: string): StoredArticle | undefined;
}

/**
 * Reads the content the way the site shows it, in one pass: validates every file (schemas,
 * references, fidelity to the seeds), annotates each article whose inputs changed since the last
 * build and renders it to HTML, then checks and renders the chapters. Never throws on bad content:
 * every mistake is in `errors`, and the caller decides what to do with the entries.
 */
export function buildContent(files: ProjectFiles, options: BuildOptions): BuiltContent {
  const loaded = loadProject(files, options.checkedBodies ? { checkedBodies: options.checkedBodies } : {});
  const published = options.drafts === 'include' ? { project: loaded.project, notes: [], errors: [] } : withoutDrafts(loaded.project);
  const project = published.project;
  const errors = [...loaded.errors, ...published.errors, ...checkPublicationDays(project, options.today)];
  const warnings: ContentError[] = [...loaded.warnings];
  const gazetteer = buildGazetteer(project);
  const matcher = compileMentionMatcher(gazetteer);
  const registryDigest = hashFiles([...files.collections.actors, ...files.collections.places, ...files.collections.glossary]);
  const renderOptions = {
    links: { entity: (entity: Parameters<typeof entityPath>[0]) => withBase(options.base, entityPath(entity)) },
    definition: (id: string) => project.glossary.get(id)?.data.definition,
    speakerName: (id: string) => project.actors.get(id)?.data.name,
  };
  const byPath = new Map([...Object.values(files.collections).flat(), ...files.seeds.values()].map((file) => [file.path, file]));

  const annotations = new Map<string, SiteAnnotation>();
  const articles: ContentItem[] = [];
  const annotated: string[] = [];
  const reused: string[] = [];
  // The event files citing each article, gathered once: asked per article, it was events × articles.
  const citingFiles = new Map<string, string[]>();
  for (const event of project.events.values()) {
    for (const id of new Set(event.data.claims.map((claim) => claim.article))) citingFiles.set(id, [...(citingFiles.get(id) ?? []), event.file]);
  }
  for (const article of project.articles.values()) {
    const citing = citingFiles.get(article.id) ?? [];
    const digest = hash([options.engine, options.base, registryDigest, hashFiles([byPath.get(article.file), byPath.get(`seeds/${article.data.seed}`)]), hashFiles(citing.map((file) => byPath.get(file)))].join('\n'));
    const previous = options.previous(article.id, digest);
    let blocks: readonly SiteBlock[];
    let rendered: RenderedPage;
    if (previous?.digest === digest) {
      blocks = previous.blocks;
      rendered = previous.rendered;
      reused.push(article.id);
    } else {
      const annotation = annotateArticle(article.tree, { file: article.file, published: article.data.published, gazetteer, matcher });
      errors.push(...annotation.errors);
      blocks = annotation.blocks.map(siteBlock);
      rendered = renderArticle(article.tree, annotation, renderOptions);
      annotated.push(article.id);
    }
    warnings.push(...annotationWarnings(article.file, blocks));
    annotations.set(article.id, { blocks });
    const data: ArticleData = { article: article.data, seedText: article.seedText, blocks };
    articles.push({ id: article.id, filePath: article.file, data: { ...data }, digest, rendered });
  }

  const chapters: ContentItem[] = [];
  for (const chapter of project.chapters.values()) {
    errors.push(
      ...annotateChapter(chapter.tree, {
        file: chapter.file,
        project,
        annotations,
        matcher,
        targets: { event: (date, id) => withBase(options.base, paths.event(date, id)), passage: (slug, anchor) => withBase(options.base, `${paths.source(slug)}#${anchor}`) },
        entityUrl: (entity) => withBase(options.base, entityPath(entity)),
        definition: (id) => project.glossary.get(id)?.data.definition,
      }),
    );
    // A chapter links to events, passages and entries elsewhere: its digest is what it renders to.
    const notes = citationNotes(chapter.tree, project).map((note) => ({ ...note, path: withoutBase(options.base, note.path) }));
    const data: ChapterData = { chapter: chapter.data, minutes: chapter.minutes, citations: chapter.citations, notes };
    const rendered = renderTree(chapter.tree);
    chapters.push({ id: chapter.id, filePath: chapter.file, data: { ...data }, digest: hash(JSON.stringify([data, rendered])), rendered });
  }

  const yamlItems = (name: 'actors' | 'places' | 'glossary' | 'events'): ContentItem[] =>
    [...project[name].values()].map((entry) => ({ id: entry.id, filePath: entry.file, data: entry.data as Record<string, unknown>, digest: hash(JSON.stringify(entry.data)) }));

  return {
    items: { actors: yamlItems('actors'), places: yamlItems('places'), glossary: yamlItems('glossary'), events: yamlItems('events'), articles, chapters },
    errors: withoutConsequences(errors, loaded.invalid),
    warnings,
    notes: published.notes,
    annotated,
    reused,
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** One digest for a list of files: their paths and bytes. */
function hashFiles(files: readonly (SourceFile | undefined)[]): string {
  const digest = createHash('sha256');
  for (const file of files) {
    if (!file) continue;
    digest.update(file.path).update('\0').update(file.bytes).update('\0');
  }
  return digest.digest('hex').slice(0, 32);
}
