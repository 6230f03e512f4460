import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** An editor's file as read from disk: its path relative to the project root and its bytes. */
export interface SourceFile {
  /** Forward-slash path relative to the project root, as error messages print it. */
  path: string;
  bytes: Uint8Array;
}

export const collectionFolders = {
  actors: 'content/actors',
  places: 'content/places',
  glossary: 'content/glossary',
  events: 'content/events',
  articles: 'content/articles',
} as const;

export type CollectionName = keyof typeof collectionFolders;

export interface ProjectFiles {
  collections: Record<CollectionName, SourceFile[]>;
  /** Seeds by file name. */
  seeds: Map<string, SourceFile>;
}

/** Reads every editor-owned file under `root`, sorted by name so that reports and output are stable. */
export function readProjectFiles(root: string): ProjectFiles {
  const collections = Object.fromEntries(
    Object.entries(collectionFolders).map(([name, folder]) => [name, readFolder(root, folder)]),
  ) as Record<CollectionName, SourceFile[]>;
  const seeds = new Map(readFolder(root, 'seeds').map((file) => [file.path.slice('seeds/'.length), file]));
  return { collections, seeds };
}

function readFolder(root: string, folder: string): SourceFile[] {
  const directory = join(root, folder);
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.') && statSync(join(directory, name)).isFile())
    .sort()
    .map((name) => ({ path: relative(root, join(directory, name)).split('\\').join('/'), bytes: readFileSync(join(directory, name)) }));
}
