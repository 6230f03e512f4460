/**
 * `tsx scripts/eval/check-labels.ts [dev|test|seeds]…`: checks the hand-written labels of the
 * evaluation corpus and of the seeds' gold files (schema, words present in their block, known ids),
 * without running the annotation engine. Exit code 1 when a label is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { checkLabels, type KnownIds } from '../../src/lib/eval/check-labels';
import { GoldSchema } from '../../src/lib/eval/gold';
import { loadCorpusSplit } from '../../src/lib/eval/load-corpus';

const root = process.cwd();
const wanted = process.argv.slice(2);
const parts = wanted.length > 0 ? wanted : ['seeds', 'dev', 'test'];
const { project } = loadProject(readProjectFiles(root));

const projectIds = (): { actor: Set<string>; place: Set<string>; term: Set<string> } => ({
  actor: new Set(project.actors.keys()),
  place: new Set(project.places.keys()),
  term: new Set([...project.glossary.values()].filter((entry) => !entry.data.actor && !entry.data.place).map((entry) => entry.id)),
});

const problems: string[] = [];
let count = 0;
for (const part of parts) {
  if (part === 'seeds') {
    const ids = projectIds();
    for (const name of readdirSync(join(root, 'tests/gold')).filter((entry) => entry.endsWith('.json'))) {
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
      count++;
      problems.push(...checkLabels({ where, blocks: article.blocks.map((block) => block.text), ...parsed.data }, ids));
    }
    continue;
  }
  if (part !== 'dev' && part !== 'test') throw new Error(`unknown part "${part}": use seeds, dev or test`);
  const corpus = loadCorpusSplit(root, part);
  problems.push(...corpus.problems);
  const ids: KnownIds = (() => {
    const known = projectIds();
    for (const actor of corpus.entities.actors) {
      if (known.actor.has(actor.id)) problems.push(`tests/eval/${part}/entities.yaml: actor "${actor.id}" is already in content/actors/`);
      known.actor.add(actor.id);
    }
    for (const place of corpus.entities.places) {
      if (known.place.has(place.id)) problems.push(`tests/eval/${part}/entities.yaml: place "${place.id}" is already in content/places/`);
      known.place.add(place.id);
    }
    return known;
  })();
  for (const { file, item } of corpus.items) {
    count++;
    problems.push(...checkLabels({ where: `${file}#${item.id}`, ...item }, ids));
  }
}
for (const problem of problems) console.log(problem);
console.log(`${count} labelled texts, ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
