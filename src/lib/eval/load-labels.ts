import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Project } from '../content/project';
import { checkLabels, type KnownIds } from './check-labels';
import type { Split } from './corpus';
import { GoldSchema, type Gold } from './gold';
import { loadCorpusSplit, type CorpusSplit } from './load-corpus';

/** The ids the project's registry gives mentions and speakers. */
export function registryIds(project: Pick<Project, 'actors' | 'places' | 'glossary'>): { actor: Set<string>; place: Set<string>; term: Set<string> } {
  return {
    actor: new Set(project.actors.keys()),
    place: new Set(project.places.keys()),
    term: new Set([...project.glossary.values()].filter((entry) => !entry.data.actor && !entry.data.place).map((entry) => entry.id)),
  };
}

/** The seeds' gold files (tests/gold/*.json), checked against the articles' blocks. */
export function loadSeedGold(root: string, project: Project): { gold: Gold[]; problems: string[] } {
  const problems: string[] = [];
  const gold: Gold[] = [];
  const ids = registryIds(project);
  for (const name of readdirSync(join(root, 'tests/gold')).filter((entry) => entry.endsWith('.json')).sort()) {
    const where = `tests/gold/${name}`;
    const parsed = GoldSchema.safeParse(JSON.parse(readFileSync(join(root, where), 'utf8')));
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.')}: ${issue.message}`));
      continue;
    }
    const article = project.articles.get(parsed.data.article);
    if (!article) {
      problems.push(`${where}: no article "${parsed.data.article}" in content/articles/`);
      continue;
    }
    problems.push(...checkLabels({ where, blocks: article.blocks.map((block) => block.text), ...parsed.data }, ids));
    gold.push(parsed.data);
  }
  return { gold, problems };
}

/** A corpus split with its labels checked against the registry plus the split's own entities. */
export function loadCheckedSplit(root: string, split: Split, project: Pick<Project, 'actors' | 'places' | 'glossary'>): CorpusSplit {
  const corpus = loadCorpusSplit(root, split);
  const ids: KnownIds & { actor: Set<string>; place: Set<string> } = registryIds(project);
  for (const actor of corpus.entities.actors) {
    if (ids.actor.has(actor.id)) corpus.problems.push(`tests/eval/${split}: actor "${actor.id}" is already in content/actors/`);
    ids.actor.add(actor.id);
  }
  for (const place of corpus.entities.places) {
    if (ids.place.has(place.id)) corpus.problems.push(`tests/eval/${split}: place "${place.id}" is already in content/places/`);
    ids.place.add(place.id);
  }
  for (const { file, item } of corpus.items) corpus.problems.push(...checkLabels({ where: `${file}#${item.id}`, ...item }, ids));
  return corpus;
}
