import { getCollection } from 'astro:content';
import type { SiteAnnotation } from '../annotate/annotate-article';
import type { SiteAnnotations } from '../annotate/annotate-project';
import { readArticleAnalysis, readArticleHtml, readArticleSeedText, type PayloadRef } from '../content/article-payloads';
import type { ChapterData, StoredArticleData } from '../content/build-content';
import type { SiteArticle, SiteEntry, SiteProject } from '../content/project';

/** The content as every page reads it: validated entries and the articles' annotations. */
export interface Site {
  project: SiteProject;
  annotations: SiteAnnotations;
  /** Where each article's HTML and seed text are, read when a page needs them. */
  payloads: ReadonlyMap<string, PayloadRef>;
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

/**
 * What a source's pages and files are made of, as one string for Astro's incremental build
 * (`cacheKey`: the source page, its annotation page, its citation files): its payload's name holds
 * the article's digest, which covers its file, its seed, the registry, the events that cite it, the
 * engine's code and the base path. The site's address and everything else in Astro's config are
 * checked by Astro itself, and each page's own code by its module graph.
 */
export function sourceKey(site: Site, id: string): string {
  return payloadOf(site, id).name;
}

/** An article's annotated HTML, read from its payload when its page is rendered (it is not kept in memory). */
export async function loadArticleHtml(id: string): Promise<string> {
  return readArticleHtml(payloadOf(await loadSite(), id));
}

function payloadOf(site: Site, id: string): PayloadRef {
  const ref = site.payloads.get(id);
  if (!ref) throw new Error(`No article "${id}" in the content layer`);
  return ref;
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
  const stored = (entry: { data: unknown }) => entry.data as StoredArticleData;
  const chapterData = (entry: { data: unknown }) => entry.data as ChapterData;
  const project: SiteProject = {
    actors: entries(actors),
    places: entries(places),
    glossary: entries(glossary),
    events: entries(events),
    articles: new Map(articles.map((entry) => [entry.id, siteArticle(entry.id, entry.filePath ?? '', stored(entry))])),
    chapters: new Map(chapters.map((entry) => [entry.id, { id: entry.id, file: entry.filePath ?? '', data: chapterData(entry).chapter, minutes: chapterData(entry).minutes, citations: chapterData(entry).citations, notes: chapterData(entry).notes }])),
  };
  const annotations = new Map<string, SiteAnnotation>(articles.map((entry) => [entry.id, { blocks: readArticleAnalysis(stored(entry).payload).blocks }]));
  const payloads = new Map(articles.map((entry) => [entry.id, stored(entry).payload]));
  return { project, annotations: { articles: annotations }, payloads };
}

/** The seed's text is read the first time a page or export asks for it. */
function siteArticle(id: string, file: string, { article, payload }: StoredArticleData): SiteArticle {
  let seedText: string | undefined;
  return {
    id,
    file,
    data: article,
    get seedText() {
      seedText ??= readArticleSeedText(payload);
      return seedText;
    },
  };
}
