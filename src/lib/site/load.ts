import { getCollection } from 'astro:content';
import type { SiteAnnotation } from '../annotate/annotate-article';
import type { SiteAnnotations } from '../annotate/annotate-project';
import type { ArticleData, ChapterData } from '../content/build-content';
import type { SiteEntry, SiteProject } from '../content/project';

/** The content as every page reads it: validated entries and the articles' annotations. */
export interface Site {
  project: SiteProject;
  annotations: SiteAnnotations;
}

let cached: Promise<Site> | undefined;

/**
 * The site's content, from Astro's content layer (filled, checked and annotated by
 * src/content-loader.ts), built once per build and shared by every page. In `astro dev` it is read
 * again for each page, so that an edit shows at once.
 */
export function loadSite(): Promise<Site> {
  if (import.meta.env.DEV) return readSite();
  cached ??= readSite();
  return cached;
}

export async function loadSiteProject(): Promise<SiteProject> {
  return (await loadSite()).project;
}

async function readSite(): Promise<Site> {
  const [actors, places, glossary, events, articles, chapters] = await Promise.all([
    getCollection('actors'),
    getCollection('places'),
    getCollection('glossary'),
    getCollection('events'),
    getCollection('articles'),
    getCollection('chapters'),
  ]);
  const entries = <Data,>(list: readonly { id: string; filePath?: string | undefined; data: unknown }[]) =>
    new Map(list.map((entry) => [entry.id, { id: entry.id, file: entry.filePath ?? '', data: entry.data as Data } satisfies SiteEntry<Data>]));
  const articleData = (entry: { data: unknown }) => entry.data as ArticleData;
  const chapterData = (entry: { data: unknown }) => entry.data as ChapterData;
  const project: SiteProject = {
    actors: entries(actors),
    places: entries(places),
    glossary: entries(glossary),
    events: entries(events),
    articles: new Map(articles.map((entry) => [entry.id, { id: entry.id, file: entry.filePath ?? '', data: articleData(entry).article, seedText: articleData(entry).seedText }])),
    chapters: new Map(chapters.map((entry) => [entry.id, { id: entry.id, file: entry.filePath ?? '', data: chapterData(entry).chapter, minutes: chapterData(entry).minutes, citations: chapterData(entry).citations }])),
  };
  const annotations = new Map<string, SiteAnnotation>(articles.map((entry) => [entry.id, { blocks: articleData(entry).blocks }]));
  return { project, annotations: { articles: annotations } };
}
