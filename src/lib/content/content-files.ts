import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ContentError } from './content-error';

/** An editor's file as read from disk: its path relative to the project root and its bytes. */
export interface SourceFile {
  /** Forward-slash path relative to the project root, as error messages print it. */
  path: string;
  bytes: Uint8Array;
  /**
   * Why the file was not read (a link, a device, too large, gone before it could be read): it is
   * reported once, and entries that point to it are not reported again. Its bytes are then empty.
   */
  refused?: ContentError;
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

/**
 * The largest file read, in bytes: a long article and its seed are under 100 KB. A larger file is
 * refused without being read, so a mistaken copy (a 10 MB dump) cannot exhaust memory.
 */
export const largestFile = 512 * 1024;

export interface ProjectFiles {
  collections: Record<CollectionName, SourceFile[]>;
  /** Seeds (`seeds/*.txt`) by file name. */
  seeds: Map<string, SourceFile>;
  /** `seeds/SHA256SUMS`: the hash of each seed when it was imported, so an edit is caught. */
  seedManifest: SourceFile | undefined;
  /** Files in the content folders that are not content (an editor's backup copy): listed, ignored. */
  ignored: ContentError[];
  /** Why each file or folder that was not read was refused (see SourceFile.refused): one error each. */
  refused: ContentError[];
}

/**
 * Reads every editor-owned file under `root`. Only regular files inside the project's own folders
 * are read: a symbolic link, a device or a folder that leads elsewhere is refused without being
 * opened, so no error can ever show a line of a file that is not content.
 */
export function readProjectFiles(root: string): ProjectFiles {
  return groupProjectFiles([...Object.values(collectionFolders), seedFolder].flatMap((folder) => readFolder(root, folder)));
}

/** Sorts files into collections by folder, by name within each, so reports and output are stable. */
export function groupProjectFiles(files: readonly SourceFile[]): ProjectFiles {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const inFolder = (folder: string) => sorted.filter((file) => file.path.startsWith(`${folder}/`) && !file.path.slice(folder.length + 1).includes('/'));
  const ignored: ContentError[] = [];
  const content = (file: SourceFile): boolean => {
    const backup = backupOf(file.path);
    if (backup === undefined) return true;
    ignored.push({ file: file.path, line: 1, column: 1, message: `Ignored editor's backup copy of ${backup}`, fix: 'delete it once the original is saved; it is never read' });
    return false;
  };
  const collections = Object.fromEntries(
    Object.entries(collectionFolders).map(([name, folder]) => [name, inFolder(folder).filter(content)]),
  ) as Record<CollectionName, SourceFile[]>;
  const seedFiles = inFolder(seedFolder).filter(content);
  return {
    collections,
    seeds: new Map(seedFiles.filter((file) => file.path.endsWith('.txt')).map((file) => [file.path.slice(seedFolder.length + 1), file])),
    seedManifest: seedFiles.find((file) => file.path === seedManifestPath),
    ignored,
    refused: sorted.flatMap((file) => (file.refused ? [file.refused] : [])),
  };
}

/** The file an editor's backup copy keeps (`alep.yaml~`, `alep.yaml.bak`, `#alep.yaml#`), or undefined for any other file. */
function backupOf(path: string): string | undefined {
  const name = path.split('/').at(-1)!;
  const original = /^#(.+)#$/.exec(name)?.[1] ?? /^(.+?)(?:~|\.bak|\.orig|\.swp)$/.exec(name)?.[1];
  return original === undefined ? undefined : path.slice(0, -name.length) + original;
}

function readFolder(root: string, folder: string): SourceFile[] {
  // The folder itself, and every folder above it in the project, must be a real folder: a link
  // would lead the check out of the project.
  const parts = folder.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const path = parts.slice(0, depth).join('/');
    const stats = lstatOrUndefined(join(root, path));
    if (!stats) return [];
    if (!stats.isDirectory()) return [{ path, bytes: new Uint8Array(), refused: refusal(path, stats) }];
  }
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    return [];
  }
  return names.filter((name) => !name.startsWith('.')).flatMap((name) => readContentFile(root, `${folder}/${name}`));
}

/** One file, read only if it is a regular file of reasonable size; subfolders are not content and are skipped. */
function readContentFile(root: string, path: string): SourceFile[] {
  const stats = lstatOrUndefined(join(root, path));
  if (!stats) return [{ path, bytes: new Uint8Array(), refused: vanished(path) }];
  if (stats.isDirectory()) return [];
  if (!stats.isFile()) return [{ path, bytes: new Uint8Array(), refused: refusal(path, stats) }];
  if (stats.size > largestFile) return [{ path, bytes: new Uint8Array(), refused: tooLarge(path, stats.size) }];
  let descriptor: number;
  try {
    // O_NOFOLLOW: if the file was replaced by a link since lstat, opening fails instead of following it.
    descriptor = openSync(join(root, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return [{ path, bytes: new Uint8Array(), refused: (error as NodeJS.ErrnoException).code === 'ELOOP' ? refusal(path, { isSymbolicLink: () => true } as Stats) : vanished(path) }];
  }
  try {
    const opened = fstatSync(descriptor);
    if (!opened.isFile()) return [{ path, bytes: new Uint8Array(), refused: refusal(path, opened) }];
    if (opened.size > largestFile) return [{ path, bytes: new Uint8Array(), refused: tooLarge(path, opened.size) }];
    const bytes = new Uint8Array(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return [{ path, bytes: bytes.subarray(0, read) }];
  } catch {
    return [{ path, bytes: new Uint8Array(), refused: vanished(path) }];
  } finally {
    closeSync(descriptor);
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function refusal(path: string, stats: Pick<Stats, 'isSymbolicLink'> & Partial<Stats>): ContentError {
  const what = stats.isSymbolicLink() ? 'symbolic link' : stats.isFile?.() ? 'file' : 'special file (device, socket or pipe)';
  return {
    file: path,
    line: 1,
    column: 1,
    message: `Unexpected ${what}, expected a plain file inside the project (it was not read)`,
    fix: 'put the file itself here, not a link to a file elsewhere: copy it in, or import a source with `npm run new:article -- <file>`',
  };
}

function vanished(path: string): ContentError {
  return { file: path, line: 1, column: 1, message: 'Unexpected file that could not be read (removed, renamed or locked while the content was checked)', fix: 'save the file again, or run the check again once every file is written' };
}

/** A file over `largestFile` bytes, refused before it is read. */
export function tooLarge(path: string, size: number): ContentError {
  return {
    file: path,
    line: 1,
    column: 1,
    message: `Unexpected file of ${Math.ceil(size / 1024).toLocaleString('en')} KB, expected at most ${largestFile / 1024} KB (it was not read)`,
    fix: 'check that the right file was saved here; split a very long source into several articles',
  };
}
