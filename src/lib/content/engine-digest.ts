import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The code an article's annotation and HTML are made by: change one of these files and every article is redone. */
export const engineFolders = ['src/lib/annotate', 'src/lib/render', 'src/lib/article', 'src/lib/text'] as const;

/**
 * A digest of the annotation engine's own source and of the lexicon it reads, so that a stored
 * article is reused only if the code that would annotate it again is the same: no version number to
 * remember to bump.
 */
export function engineDigest(root: string): string {
  const hash = createHash('sha256');
  for (const folder of engineFolders) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts')).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(`${folder}/${name}\n`).update(readFileSync(join(root, folder, name)));
  }
  hash.update(lexiconVersion(root));
  return hash.digest('hex').slice(0, 16);
}

/** The version of the conjugation tables the lexicon is built from, as package.json asks for it. */
function lexiconVersion(root: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; dependencies?: Record<string, string> };
    return { ...manifest.dependencies, ...manifest.devDependencies }['french-verbs-lefff'] ?? '';
  } catch {
    return '';
  }
}
