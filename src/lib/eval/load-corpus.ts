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

/** Reads tests/eval/<split>/: every `*.json` file of items and the split's `entities*.yaml` files. */
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
  const entities: CorpusEntities = { actors: [], places: [] };
  for (const name of readdirSync(folder).filter((entry) => /^entities.*\.ya?ml$/.test(entry)).sort()) {
    const file = `tests/eval/${split}/${name}`;
    const parsed = CorpusEntitiesSchema.safeParse(parse(readFileSync(join(folder, name), 'utf8')) ?? {});
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`));
      continue;
    }
    mergeEntities(entities.actors, parsed.data.actors, file, problems);
    mergeEntities(entities.places, parsed.data.places, file, problems);
  }
  const seen = new Set<string>();
  for (const { file, item } of items) {
    if (seen.has(item.id)) problems.push(`${file}: item id "${item.id}" used twice in the ${split} split`);
    seen.add(item.id);
  }
  return { split, items, entities, problems };
}

/** Several files may declare the same entity: same name and kind, aliases joined. */
function mergeEntities<Entity extends { id: string; name: string; aliases: string[]; kind?: string }>(into: Entity[], from: Entity[], file: string, problems: string[]): void {
  for (const entity of from) {
    const existing = into.find((candidate) => candidate.id === entity.id);
    if (!existing) {
      into.push({ ...entity, aliases: [...entity.aliases] });
      continue;
    }
    if (existing.name !== entity.name || existing.kind !== entity.kind) problems.push(`${file}: "${entity.id}" is declared elsewhere as ${existing.name} (${existing.kind ?? 'place'})`);
    for (const alias of entity.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
  }
}
