import type { z } from 'astro/zod';
import { textBlocks } from '../article/blocks';
import { parseMdx } from '../article/parse-mdx';
import { ActorSchema } from '../schemas/actor';
import { ArticleSchema } from '../schemas/article';
import { EventSchema } from '../schemas/event';
import { GlossaryTermSchema } from '../schemas/glossary-term';
import { PlaceSchema } from '../schemas/place';
import { IdSchema } from '../schemas/shared';
import { checkFidelity, expectedBlocks } from '../seed/fidelity';
import { checkReferences } from './check-references';
import type { ContentError } from './content-error';
import type { ProjectFiles, SourceFile } from './content-files';
import { decodeText } from './decode-text';
import { isContentError, splitFrontmatter } from './frontmatter';
import type { ArticleEntry, Entry, Project } from './project';
import { validateEntry } from './validate-entry';
import { parseYamlSource } from './yaml-source';

export interface LoadedProject {
  project: Project;
  errors: ContentError[];
}

/**
 * Validates every editor-owned file and every link between them. Never throws on bad content:
 * each mistake becomes a ContentError, and the entries that are valid are still returned.
 */
export function loadProject(files: ProjectFiles): LoadedProject {
  const errors: ContentError[] = [];
  const project: Project = {
    actors: loadYamlCollection(files.collections.actors, ActorSchema, errors),
    places: loadYamlCollection(files.collections.places, PlaceSchema, errors),
    glossary: loadYamlCollection(files.collections.glossary, GlossaryTermSchema, errors),
    events: loadYamlCollection(files.collections.events, EventSchema, errors),
    articles: loadArticles(files, errors),
  };
  errors.push(...checkReferences(project));
  return { project, errors };
}

function loadYamlCollection<Schema extends z.ZodType>(files: SourceFile[], schema: Schema, errors: ContentError[]): Map<string, Entry<z.output<Schema>>> {
  const entries = new Map<string, Entry<z.output<Schema>>>();
  for (const file of files) {
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

function loadArticles(files: ProjectFiles, errors: ContentError[]): Map<string, ArticleEntry> {
  const articles = new Map<string, ArticleEntry>();
  const seedOwners = new Map<string, string>();
  for (const file of files.collections.articles) {
    const id = entryId(file, ['.mdx'], articles, errors);
    if (id === undefined) continue;
    const entry = loadArticle(id, file, files, errors);
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

function loadArticle(id: string, file: SourceFile, files: ProjectFiles, errors: ContentError[]): ArticleEntry | undefined {
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
  const seedText = decodeText(seedFile.bytes, seedFile.path);
  if (isContentError(seedText)) return void errors.push(seedText);
  const seedBlocks = expectedBlocks(seedText, article);
  if (seedBlocks.length === 0) {
    return void errors.push({ file: file.path, ...source.locate(['seed']), message: `Unexpected empty article, expected ${seedFile.path} to contain text besides its title and boilerplate`, fix: 'check that the seed holds the article, and that boilerplate does not list every line' });
  }

  const tree = parseMdx(split.body, file.path);
  if (isContentError(tree)) return void errors.push(tree);
  const blocks = textBlocks(tree);
  const fidelity = checkFidelity({ file: file.path, seedFile: seedFile.path, seedText, article, blocks, locate: source.locate });
  if (fidelity.length > 0) return void errors.push(...fidelity);

  return {
    id,
    file: file.path,
    data: article,
    locate: source.locate,
    body: split.body,
    tree,
    blocks,
    text: seedBlocks.map((block) => block.text).join('\n'),
    seedText,
  };
}
