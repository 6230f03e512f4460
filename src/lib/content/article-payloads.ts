import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBlock } from '../annotate/annotate-article';
import type { RenderedHeading } from '../render/render-html';

/**
 * The heavy part of an annotated article: its blocks with their analysis, its HTML and its seed's
 * text. It is kept in files beside Astro's content store, named by the article's digest, rather
 * than in the store: Astro hands its whole store to the pages as one JavaScript module whose
 * string V8 must compile at every build, in a time that grows faster than its size (35.7 s of CPU
 * for 65 MB at 1 000 articles, of which 47 MB were these payloads). The store keeps each article's
 * metadata and a reference to its payload.
 */
export interface ArticlePayload {
  blocks: readonly SiteBlock[];
  html: string;
  headings: RenderedHeading[];
  seedText: string;
}

/** Where one article's payload lives: a folder and the name its files share (`<id>.<digest>`). */
export interface PayloadRef {
  folder: string;
  name: string;
}

const extensions = { analysis: '.json', html: '.html', seed: '.txt' } as const;

function file(ref: PayloadRef, part: keyof typeof extensions): string {
  return join(ref.folder, `${ref.name}${extensions[part]}`);
}

export function payloadRef(folder: string, id: string, digest: string): PayloadRef {
  return { folder, name: `${id}.${digest}` };
}

/** Whether all of a payload's files are there: a build stopped halfway leaves none or some. */
export function hasArticlePayload(ref: PayloadRef): boolean {
  return Object.keys(extensions).every((part) => existsSync(file(ref, part as keyof typeof extensions)));
}

/** Writes each file under a temporary name first, so that a reader never sees half a file. */
export function writeArticlePayload(ref: PayloadRef, payload: ArticlePayload): void {
  mkdirSync(ref.folder, { recursive: true });
  const parts: Record<keyof typeof extensions, string> = {
    analysis: JSON.stringify({ blocks: payload.blocks, headings: payload.headings }),
    html: payload.html,
    seed: payload.seedText,
  };
  for (const [part, text] of Object.entries(parts) as [keyof typeof extensions, string][]) {
    const target = file(ref, part);
    writeFileSync(`${target}.partial`, text);
    renameSync(`${target}.partial`, target);
  }
}

export function readArticleAnalysis(ref: PayloadRef): Pick<ArticlePayload, 'blocks' | 'headings'> {
  return JSON.parse(readFileSync(file(ref, 'analysis'), 'utf8')) as Pick<ArticlePayload, 'blocks' | 'headings'>;
}

export function readArticleHtml(ref: PayloadRef): string {
  return readFileSync(file(ref, 'html'), 'utf8');
}

export function readArticleSeedText(ref: PayloadRef): string {
  return readFileSync(file(ref, 'seed'), 'utf8');
}

export function readArticlePayload(ref: PayloadRef): ArticlePayload {
  return { ...readArticleAnalysis(ref), html: readArticleHtml(ref), seedText: readArticleSeedText(ref) };
}

/** Removes the payloads of articles and digests that are no longer the content's, so the folder does not grow with every edit. */
export function prunePayloads(folder: string, current: readonly PayloadRef[]): void {
  if (!existsSync(folder)) return;
  const kept = new Set(current.flatMap((ref) => Object.keys(extensions).map((part) => `${ref.name}${extensions[part as keyof typeof extensions]}`)));
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name), { force: true });
}
