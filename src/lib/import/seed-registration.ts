import type { ContentError } from '../content/content-error';
import { seedFolder, seedManifestPath, type ProjectFiles } from '../content/content-files';
import { decodeText } from '../content/decode-text';
import { isContentError } from '../content/frontmatter';
import { formatSeedManifest, parseSeedManifest, seedHash } from '../seed/seed-manifest';

/** How the imported file becomes a seed: copied into seeds/ (unless already there) and listed with its hash. */
export interface SeedRegistration {
  /** `seeds/<name>`. */
  path: string;
  /** The same bytes are already in seeds/: nothing to copy (importing twice is harmless). */
  alreadyPresent: boolean;
  manifestText: string;
}

/**
 * Checks that the file can become `seeds/<name>` without losing anything: a different seed of the
 * same name is never overwritten, nor is a seed that an article already uses imported again.
 */
export function registerSeed(name: string, bytes: Uint8Array, files: ProjectFiles): SeedRegistration | ContentError[] {
  const path = `${seedFolder}/${name}`;
  const hash = seedHash(bytes);
  const errors: ContentError[] = [];
  const existing = files.seeds.get(name);
  const alreadyPresent = existing !== undefined && seedHash(existing.bytes) === hash;
  if (existing && !alreadyPresent) {
    errors.push({
      file: path,
      line: 1,
      column: 1,
      message: `Refusing to overwrite ${path}, which holds a different text; seeds are never replaced`,
      fix: `rename the file (e.g. "${name.replace(/\.txt$/, '-2.txt')}") and import it again`,
    });
  }
  // A different text of the same name is a new seed to rename, not a second import.
  const owner = existing && !alreadyPresent ? undefined : articleUsingSeed(name, files);
  if (owner) {
    errors.push({ file: owner, line: 1, column: 1, message: `Unexpected second import of ${path}, already the seed of ${owner}`, fix: `edit ${owner}, or delete it first to import the text again` });
  }

  let hashes = new Map<string, string>();
  if (files.seedManifest) {
    const text = decodeText(files.seedManifest.bytes, files.seedManifest.path);
    if (isContentError(text)) return [...errors, text];
    const manifest = parseSeedManifest(text, seedManifestPath);
    // Rewriting a manifest with a bad line would drop that line: the editor must repair it first.
    if (manifest.errors.length > 0) return [...errors, ...manifest.errors];
    hashes = manifest.hashes;
  }
  if (errors.length > 0) return errors;
  hashes.set(name, hash);
  return { path, alreadyPresent, manifestText: formatSeedManifest(hashes) };
}

/** The article whose frontmatter names this seed, read from its raw text so an invalid article counts too. */
function articleUsingSeed(name: string, files: ProjectFiles): string | undefined {
  const field = /^seed:[ \t]*["']?([^"'\s#]+)["']?[ \t]*(?:#.*)?$/m;
  return files.collections.articles.find((file) => {
    const text = decodeText(file.bytes, file.path);
    return !isContentError(text) && field.exec(text)?.[1] === name;
  })?.path;
}
