import { createHash } from 'node:crypto';
import type { ContentError } from '../content/content-error';

/** SHA-256 of a seed's bytes, lower-case hex, as `sha256sum` prints it. */
export function seedHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface SeedManifest {
  hashes: Map<string, string>;
  errors: ContentError[];
}

/** Reads `seeds/SHA256SUMS` (the format of `sha256sum`: `<hash>  <file>` per line). */
export function parseSeedManifest(text: string, file: string): SeedManifest {
  const hashes = new Map<string, string>();
  const errors: ContentError[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) {
      errors.push({ file, line: index + 1, column: 1, message: `Unexpected line ${JSON.stringify(line.slice(0, 40))}, expected "<sha256>  <file name>"`, fix: 'regenerate the line with `sha256sum <file>` run inside seeds/' });
      return;
    }
    hashes.set(match[2]!, match[1]!);
  });
  return { hashes, errors };
}

/** Adds or replaces a seed's line, keeping the manifest sorted by file name. */
export function formatSeedManifest(hashes: ReadonlyMap<string, string>): string {
  return [...hashes].sort(([a], [b]) => a.localeCompare(b)).map(([name, hash]) => `${hash}  ${name}\n`).join('');
}
