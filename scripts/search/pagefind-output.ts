/**
 * Pagefind's output folder, reused from one build to the next. Pagefind names its index files by
 * their content's hash and does not write (nor compress, at gzip's best level) a file whose name is
 * already there: run into the previous build's output, it only writes what changed. It never removes
 * anything, though, so the files the new index no longer names are pruned here.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';

/** The folders of hash-named files: the pages' fragments, the word index chunks, the filters. */
const hashedFolders = ['fragment', 'index', 'filter'] as const;

/** What precedes the CBOR of every compressed Pagefind file once it is gunzipped. */
const signature = 'pagefind_dcd';

interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/**
 * Every hash the index in `outputDir` names: its metadata files (one per language, named by
 * pagefind-entry.json) list the fragments, index chunks and filters they use.
 */
export function liveHashes(outputDir: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(outputDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const hashes = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    hashes.add(hash);
    const raw = gunzipSync(readFileSync(join(outputDir, `pagefind.${hash}.pf_meta`)));
    if (raw.subarray(0, signature.length).toString() !== signature) throw new Error(`Unexpected Pagefind metadata in pagefind.${hash}.pf_meta, expected it to start with "${signature}" (a Pagefind version with another format?)`);
    collectStrings(decode(raw.subarray(signature.length), { useMaps: true }), hashes);
  }
  return hashes;
}

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, into);
  else if (value instanceof Map) for (const item of value.values()) collectStrings(item, into);
}

/**
 * Removes the hash-named files of `outputDir` that its index does not name: what an earlier
 * build left there. Returns how many were removed.
 */
export function pruneStaleFiles(outputDir: string): number {
  const live = liveHashes(outputDir);
  let removed = 0;
  const remove = (path: string) => {
    rmSync(path);
    removed += 1;
  };
  for (const folder of hashedFolders) {
    const path = join(outputDir, folder);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) if (!live.has(name.replace(/\.pf_\w+$/, ''))) remove(join(path, name));
  }
  for (const name of readdirSync(outputDir)) {
    const meta = /^pagefind\.(.+)\.pf_meta$/.exec(name);
    if (meta && !live.has(meta[1]!)) remove(join(outputDir, name));
  }
  return removed;
}

/** Puts a copy of the kept output in place before Pagefind runs (nothing if there is none yet). */
export function restoreOutput(keptDir: string, outputDir: string): void {
  if (existsSync(keptDir)) cpSync(keptDir, outputDir, { recursive: true });
}

/** Keeps a copy of this build's output for the next one, in place of the previous copy. */
export function keepOutput(outputDir: string, keptDir: string): void {
  rmSync(keptDir, { recursive: true, force: true });
  cpSync(outputDir, keptDir, { recursive: true });
}
