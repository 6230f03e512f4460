import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CorpusEntitiesSchema, CorpusFileSchema, type CorpusEntities, type CorpusItem, type Split } from './corpus';

export interface CorpusSplit {
  split: Split;
  /** Items with the file they come from, in file then item order. */
  items: { file: string; item: CorpusItem }[];
  entities: CorpusEntities;
  /** Files that do not parse or do not follow the corpus schema. */
  problems: string[];
}

/** Reads tests/eval/<split>/: every `*.json` file of items and the split's `entities.yaml`. */
export function loadCorpusSplit(root: string, split: Split): CorpusSplit {
  const folder = join(root, 'tests/eval', split);
  const problems: string[] = [];
  const items: CorpusSplit['items'] = [];
  for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.json')).sort()) {
    const file = `tests/eval/${split}/${name}`;
    const result = CorpusFileSchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    if (!result.success) {
      problems.push(...result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`));
      continue;
    }
    if (result.data.split !== split) problems.push(`${file}: says split "${result.data.split}" but lives in tests/eval/${split}/`);
    for (const item of result.data.items) items.push({ file, item });
  }
  let entities: CorpusEntities = { actors: [], places: [] };
  try {
    const parsed = CorpusEntitiesSchema.safeParse(parse(readFileSync(join(folder, 'entities.yaml'), 'utf8')) ?? {});
    if (parsed.success) entities = parsed.data;
    else problems.push(...parsed.error.issues.map((issue) => `tests/eval/${split}/entities.yaml: ${issue.path.join('.')}: ${issue.message}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const seen = new Set<string>();
  for (const { file, item } of items) {
    if (seen.has(item.id)) problems.push(`${file}: item id "${item.id}" used twice in the ${split} split`);
    seen.add(item.id);
  }
  return { split, items, entities, problems };
}
