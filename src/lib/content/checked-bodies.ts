import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckedBodies } from './load-project';

/** CheckedBodies kept in a file from one build to the next. */
export interface KeptCheckedBodies extends CheckedBodies {
  /** Writes the bodies checked or found in this build, and no others: a body no longer in the content is forgotten. */
  save(): void;
}

interface KeptFile {
  engine: string;
  keys: string[];
}

/**
 * The article bodies checked by earlier builds, read from `file`; the list made by other code
 * (another `engine` digest, which covers the checks' own code) is ignored, as is a damaged file.
 */
export function keptCheckedBodies(file: string, engine: string): KeptCheckedBodies {
  const previous = readKept(file, engine);
  const current = new Set<string>();
  return {
    has(key) {
      if (!previous.has(key)) return false;
      current.add(key);
      return true;
    },
    add(key) {
      current.add(key);
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      const kept: KeptFile = { engine, keys: [...current].sort() };
      writeFileSync(`${file}.partial`, JSON.stringify(kept));
      renameSync(`${file}.partial`, file);
    },
  };
}

function readKept(file: string, engine: string): Set<string> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptFile>;
    return kept.engine === engine && Array.isArray(kept.keys) ? new Set(kept.keys.filter((key) => typeof key === 'string')) : new Set();
  } catch {
    return new Set();
  }
}
