import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { textBlocks, type TextBlock } from '../article/blocks';
import { findCode } from '../article/find-code';
import { parseMdx } from '../article/parse-mdx';
import { ActorSchema } from '../schemas/actor';
import { ArticleSchema } from '../schemas/article';
import { ChapterSchema } from '../schemas/chapter';
import { EventSchema } from '../schemas/event';
import { GlossaryTermSchema } from '../schemas/glossary-term';
import { PlaceSchema } from '../schemas/place';
import { IdSchema } from '../schemas/shared';
import { checkFidelity, expectedBlocks } from '../seed/fidelity';
import { parseSeedManifest, seedHash, type SeedManifest } from '../seed/seed-manifest';
import { chapterCitations } from '../opendata/chapter-citations';
import { checkBodyLinks } from './body-links';
import { checkChapterText } from './chapter-text';
import { checkReferences } from './check-references';
import { checkDirectiveStructure } from './directive-structure';
import type { ContentError } from './content-error';
import { largestFile, seedManifestPath, tooLarge, type ProjectFiles, type SourceFile } from './content-files';
import { decodeText } from './decode-text';
import { isContentError, splitFrontmatter } from './frontmatter';
import type { ArticleEntry, ChapterEntry, Entry, Project } from './project';
import { validateEntry } from './validate-entry';
import { readingMinutes } from '../site/reading';
import { parseYamlSource } from './yaml-source';

/**
 * The longest paragraph (one line of a seed) an article may have, in characters. A pasted transcript
 * may run to 50,000 (tests/unit/good-inputs.test.ts); past this, the line breaks were lost.
 */
export const longestParagraph = 60_000;

export interface LoadedProject {
  project: Project;
  errors: ContentError[];
  /** Harmless mistakes (an editor's backup copy in a content folder): listed, the site is built. */
  warnings: ContentError[];
  /**
   * Entries whose file exists but failed its own checks, as `collection:id`: a reference to one of
   * them is a consequence of that error, not another mistake (see withoutConsequences).
   */
  invalid: ReadonlySet<string>;
}

/**
 * The article bodies that passed, in an earlier build, the checks that depend on nothing but the
 * article's file and its seed (MDX syntax, no code, directives' shape, links, fidelity to the seed),
 * by articleBodyKey. Such a body is not parsed again unless its tree is asked for.
 */
export interface CheckedBodies {
  has(key: string): boolean;
  add(key: string): void;
}

export interface LoadOptions {
  checkedBodies?: CheckedBodies;
}

/** What the body checks of an article depend on: its path, its frontmatter, its body and its seed. */
export function articleBodyKey(path: string, article: unknown, body: string, seedText: string): string {
  return createHash('sha256').update(path).update('\0').update(JSON.stringify(article)).update('\0').update(body).update('\0').update(seedText).digest('hex').slice(0, 32);
}

/**
 * Validates every editor-owned file and every link between them. Never throws on bad content:
 * each mistake becomes a ContentError, and the entries that are valid are still returned.
 */
export function loadProject(files: ProjectFiles, options: LoadOptions = {}): LoadedProject {
  const errors: ContentError[] = [...files.refused];
  const project: Project = {
    actors: loadYamlCollection(files.collections.actors, ActorSchema, errors),
    places: loadYamlCollection(files.collections.places, PlaceSchema, errors),
    glossary: loadYamlCollection(files.collections.glossary, GlossaryTermSchema, errors),
    events: loadYamlCollection(files.collections.events, EventSchema, errors),
    articles: loadArticles(files, errors, options.checkedBodies),
    chapters: loadChapters(files.collections.chapters, errors),
  };
  const invalid = invalidIds(files, project);
  errors.push(...checkReferences(project, invalid));
  return { project, errors, warnings: [...files.ignored], invalid };
}

/** The directives that point to an entry, with the collection they point into. */
const directiveCollections: Record<string, keyof Project> = { actor: 'actors', place: 'places', term: 'glossary', event: 'events', source: 'articles' };

/**
 * Drops the errors that only follow from an entry already reported as broken: an "Unknown article"
 * from a chapter citing an article whose own file has a mistake. The editor sees the root error once.
 */
export function withoutConsequences(errors: readonly ContentError[], invalid: ReadonlySet<string>): ContentError[] {
  if (invalid.size === 0) return [...errors];
  return errors.filter((error) => {
    const unknown = /^Unknown (?:[\w ]+) "([^"]+)"(?: in :(\w+)\[)?/.exec(error.message);
    if (!unknown) return true;
    const [, id, directive] = unknown;
    const collections = directive && directiveCollections[directive] ? [directiveCollections[directive]] : Object.values(directiveCollections);
    return !collections.some((collection) => invalid.has(`${collection}:${id}`));
  });
}

function loadYamlCollection<Schema extends z.ZodType>(files: SourceFile[], schema: Schema, errors: ContentError[]): Map<string, Entry<z.output<Schema>>> {
  const entries = new Map<string, Entry<z.output<Schema>>>();
  for (const file of files) {
    if (file.refused) continue;
    const id = entryId(file, ['.yaml', '.yml'], entries, errors);
    if (id === undefined) continue;
    const text = decodeText(file.bytes, file.path);
    if (isContentError(text)) {
      errors.push(text);
      continue;
    }
    const source = parseYamlSource(text, file.path);
    const result = validateEntry(schema, source, file.path);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    entries.set(id, { id, file: file.path, data: result.data, locate: source.locate });
  }
  return entries;
}

/**
 * Ids of files that exist but failed their own checks: a reference to them is not reported again,
 * so the editor sees one error per mistake.
 */
function invalidIds(files: ProjectFiles, project: Project): Set<string> {
  const invalid = new Set<string>();
  for (const [collection, entries] of Object.entries(files.collections)) {
    const loaded = project[collection as keyof Project] as Map<string, unknown>;
    for (const file of entries) {
      const id = suggestId(file.path.split('/').at(-1)!.replace(/\.[^.]+$/, ''));
      if (!loaded.has(id)) invalid.add(`${collection}:${id}`);
    }
  }
  return invalid;
}

/** The entry's id is its file name: checked to be a valid id, with an allowed extension, and unique. */
function entryId(file: SourceFile, extensions: readonly string[], seen: Map<string, { file: string }>, errors: ContentError[]): string | undefined {
  const name = file.path.split('/').at(-1)!;
  const extension = extensions.find((candidate) => name.endsWith(candidate));
  if (!extension) {
    errors.push({ file: file.path, line: 1, column: 1, message: `Unexpected file ${JSON.stringify(name)}, expected a ${extensions.join(' or ')} file`, fix: `rename it with the ${extensions[0]} extension, or move it out of this folder` });
    return undefined;
  }
  const id = name.slice(0, -extension.length);
  if (!IdSchema.safeParse(id).success) {
    errors.push({ file: file.path, line: 1, column: 1, message: `Unexpected file name ${JSON.stringify(id)}, expected an id in lower-case ASCII words joined by hyphens (it becomes the URL)`, fix: `rename the file ${JSON.stringify(suggestId(id) + extension)}` });
    return undefined;
  }
  const previous = seen.get(id);
  if (previous) {
    errors.push({ file: file.path, line: 1, column: 1, message: `Unexpected duplicate id ${JSON.stringify(id)}, already used by ${previous.file}`, fix: 'give one of the two files another name' });
    return undefined;
  }
  return id;
}

/** The id an editor most likely meant: accents dropped, lower case, words joined by hyphens. */
export function suggestId(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The seeds' registered hashes; undefined when the manifest is missing or unreadable (reported once, seeds then unchecked). */
function readManifest(files: ProjectFiles, errors: ContentError[]): SeedManifest | undefined {
  if (!files.seedManifest) {
    if (files.seeds.size > 0) {
      errors.push({ file: seedManifestPath, line: 1, column: 1, message: `Missing ${seedManifestPath}, expected the SHA-256 of every seed, recorded at its import`, fix: `restore it with \`git checkout -- ${seedManifestPath}\`` });
    }
    return undefined;
  }
  if (files.seedManifest.refused) return undefined;
  const text = decodeText(files.seedManifest.bytes, files.seedManifest.path);
  if (isContentError(text)) {
    errors.push(text);
    return undefined;
  }
  const manifest = parseSeedManifest(text, files.seedManifest.path);
  errors.push(...manifest.errors);
  return manifest;
}

function loadArticles(files: ProjectFiles, errors: ContentError[], checked: CheckedBodies | undefined): Map<string, ArticleEntry> {
  const articles = new Map<string, ArticleEntry>();
  const manifest = readManifest(files, errors);
  const seedOwners = new Map<string, string>();
  for (const file of files.collections.articles) {
    if (file.refused) continue;
    const id = entryId(file, ['.mdx'], articles, errors);
    if (id === undefined) continue;
    const entry = loadArticle(id, file, files, manifest, errors, checked);
    if (!entry) continue;
    const owner = seedOwners.get(entry.data.seed);
    if (owner) {
      errors.push({ file: file.path, ...entry.locate(['seed']), message: `Unexpected seed ${JSON.stringify(entry.data.seed)}, already the seed of ${owner}`, fix: 'each seed is one article: point to another seed or remove one of the two articles' });
      continue;
    }
    seedOwners.set(entry.data.seed, file.path);
    articles.set(id, entry);
  }
  return articles;
}

function loadArticle(id: string, file: SourceFile, files: ProjectFiles, manifest: SeedManifest | undefined, errors: ContentError[], checked: CheckedBodies | undefined): ArticleEntry | undefined {
  if (file.bytes.length > largestFile) return void errors.push(tooLarge(file.path, file.bytes.length));
  const text = decodeText(file.bytes, file.path);
  if (isContentError(text)) return void errors.push(text);
  const split = splitFrontmatter(text, file.path);
  if (isContentError(split)) return void errors.push(split);
  const source = parseYamlSource(split.yaml, file.path, split.yamlLineOffset);
  const result = validateEntry(ArticleSchema, source, file.path);
  if ('errors' in result) return void errors.push(...result.errors);
  const article = result.data;

  const seedFile = files.seeds.get(article.seed);
  if (!seedFile) {
    return void errors.push({ file: file.path, ...source.locate(['seed']), message: `Missing seed ${JSON.stringify(article.seed)}, expected a file seeds/${article.seed}`, fix: 'copy the article into seeds/ with `npm run new:article -- <file>`, or correct the file name' });
  }
  // A seed that could not be read is already reported; so is a missing manifest.
  if (seedFile.refused || !manifest) return undefined;
  if (seedFile.bytes.length > largestFile) return void errors.push(tooLarge(seedFile.path, seedFile.bytes.length));
  const registered = manifest.hashes.get(article.seed);
  if (registered === undefined) {
    return void errors.push({ file: seedFile.path, line: 1, column: 1, message: `Unexpected seed not listed in ${seedManifestPath}, expected every seed to be imported with its hash`, fix: 'import the article with `npm run new:article -- <file>`, which records the hash' });
  }
  if (registered !== seedHash(seedFile.bytes)) {
    return void errors.push({ file: seedFile.path, line: 1, column: 1, message: `Unexpected change to the seed since its import (its SHA-256 differs from ${seedManifestPath}), expected the source text unchanged`, fix: `restore the original file with \`git checkout -- ${seedFile.path}\`; seeds are never edited, corrections go in the article's MDX` });
  }
  const seedText = decodeText(seedFile.bytes, seedFile.path);
  if (isContentError(seedText)) return void errors.push(seedText);
  const seedBlocks = expectedBlocks(seedText, article);
  const longBlock = seedBlocks.find((block) => block.text.length > longestParagraph);
  if (longBlock) {
    return void errors.push({ file: seedFile.path, line: longBlock.line, column: 1, message: `Unexpected paragraph of ${longBlock.text.length.toLocaleString('en')} characters, expected at most ${longestParagraph.toLocaleString('en')} (a long paragraph of a news article has about 2,000)`, fix: 'check that the seed keeps the source\'s line breaks: one paragraph per line' });
  }
  if (seedBlocks.length === 0) {
    return void errors.push({ file: file.path, ...source.locate(['seed']), message: `Unexpected empty article, expected ${seedFile.path} to contain text besides its title and boilerplate`, fix: 'check that the seed holds the article, and that boilerplate does not list every line' });
  }

  // The tree and blocks are made when first asked for: a body checked by an earlier build is
  // parsed only if the article is annotated again.
  const entry = (makeTree: () => Root, makeBlocks: (tree: Root) => TextBlock[]): ArticleEntry => {
    let tree: Root | undefined;
    let blocks: TextBlock[] | undefined;
    return {
      id,
      file: file.path,
      data: article,
      locate: source.locate,
      body: split.body,
      get tree() {
        return (tree ??= makeTree());
      },
      get blocks() {
        return (blocks ??= makeBlocks(this.tree));
      },
      text: seedBlocks.map((block) => block.text).join('\n'),
      seedText,
    };
  };
  const bodyKey = checked ? articleBodyKey(file.path, article, split.body, seedText) : undefined;
  if (bodyKey !== undefined && checked?.has(bodyKey)) {
    return entry(() => {
      const tree = parseMdx(split.body, file.path);
      if (isContentError(tree)) throw new Error(`${file.path}: ${tree.message}, though an earlier build parsed the same text`);
      return tree;
    }, textBlocks);
  }

  const tree = parseMdx(split.body, file.path);
  if (isContentError(tree)) return void errors.push(tree);
  const code = findCode(tree, file.path);
  if (code.length > 0) return void errors.push(...code);
  const structure = [...checkDirectiveStructure(tree, file.path), ...checkBodyLinks(tree, file.path)];
  if (structure.length > 0) return void errors.push(...structure);
  const blocks = textBlocks(tree);
  const fidelity = checkFidelity({ file: file.path, seedFile: seedFile.path, seedText, article, blocks, locate: source.locate });
  if (fidelity.length > 0) return void errors.push(...fidelity);
  if (bodyKey !== undefined) checked?.add(bodyKey);
  return entry(() => tree, () => blocks);
}

function loadChapters(files: SourceFile[], errors: ContentError[]): Map<string, ChapterEntry> {
  const chapters = new Map<string, ChapterEntry>();
  const orders = new Map<number, string>();
  for (const file of files) {
    if (file.refused) continue;
    const id = entryId(file, ['.mdx'], chapters, errors);
    if (id === undefined) continue;
    const text = decodeText(file.bytes, file.path);
    if (isContentError(text)) {
      errors.push(text);
      continue;
    }
    const split = splitFrontmatter(text, file.path);
    if (isContentError(split)) {
      errors.push(split);
      continue;
    }
    const source = parseYamlSource(split.yaml, file.path, split.yamlLineOffset);
    const result = validateEntry(ChapterSchema, source, file.path);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    const tree = parseMdx(split.body, file.path);
    if (isContentError(tree)) {
      errors.push(tree);
      continue;
    }
    const code = findCode(tree, file.path);
    if (code.length > 0) {
      errors.push(...code);
      continue;
    }
    const structure = [...checkDirectiveStructure(tree, file.path), ...checkBodyLinks(tree, file.path), ...checkChapterText(tree, file.path)];
    if (structure.length > 0) {
      errors.push(...structure);
      continue;
    }
    const other = orders.get(result.data.order);
    if (other) {
      errors.push({ file: file.path, ...source.locate(['order']), message: `Unexpected order ${result.data.order}, already the order of ${other}`, fix: 'give each chapter its own position' });
    }
    orders.set(result.data.order, file.path);
    chapters.set(id, { id, file: file.path, data: result.data, locate: source.locate, tree, minutes: readingMinutes(tree), citations: chapterCitations(tree) });
  }
  return chapters;
}
