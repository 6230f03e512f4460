import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
  chapters: 'content/chapters',
} as const;

export type CollectionName = keyof typeof collectionFolders;

export const seedFolder = 'seeds';
export const seedManifestPath = 'seeds/SHA256SUMS';

export interface ProjectFiles {
  collections: Record<CollectionName, SourceFile[]>;
  /** Seeds (`seeds/*.txt`) by file name. */
  seeds: Map<string, SourceFile>;
  /** `seeds/SHA256SUMS`: the hash of each seed when it was imported, so an edit is caught. */
  seedManifest: SourceFile | undefined;
}

/** Reads every editor-owned file under `root`. */
export function readProjectFiles(root: string): ProjectFiles {
  return groupProjectFiles([...Object.values(collectionFolders), seedFolder].flatMap((folder) => readFolder(root, folder)));
}

/** Sorts files into collections by folder, by name within each, so reports and output are stable. */
export function groupProjectFiles(files: readonly SourceFile[]): ProjectFiles {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const inFolder = (folder: string) => sorted.filter((file) => file.path.startsWith(`${folder}/`) && !file.path.slice(folder.length + 1).includes('/'));
  const collections = Object.fromEntries(
    Object.entries(collectionFolders).map(([name, folder]) => [name, inFolder(folder)]),
  ) as Record<CollectionName, SourceFile[]>;
  const seedFiles = inFolder(seedFolder);
  return {
    collections,
    seeds: new Map(seedFiles.filter((file) => file.path.endsWith('.txt')).map((file) => [file.path.slice(seedFolder.length + 1), file])),
    seedManifest: seedFiles.find((file) => file.path === seedManifestPath),
  };
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
    .map((name) => ({ path: `${folder}/${name}`, bytes: readFileSync(join(directory, name)) }));
}
