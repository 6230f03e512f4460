/**
 * `tsx scripts/eval/check-labels.ts [seeds|dev|test]…`: checks the hand-written labels of the
 * seeds' gold files and of the evaluation corpus (schema, words present in their block, known ids),
 * without running the annotation engine. Exit code 1 when a label is wrong.
 */
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { loadCheckedSplit, loadSeedGold } from '../../src/lib/eval/load-labels';

const root = process.cwd();
const wanted = process.argv.slice(2);
const parts = wanted.length > 0 ? wanted : ['seeds', 'dev', 'test'];
const { project } = loadProject(readProjectFiles(root));

const problems: string[] = [];
let count = 0;
for (const part of parts) {
  if (part === 'seeds') {
    const seeds = loadSeedGold(root, project);
    problems.push(...seeds.problems);
    count += seeds.gold.length;
  } else if (part === 'dev' || part === 'test') {
    const corpus = loadCheckedSplit(root, part, project);
    problems.push(...corpus.problems);
    count += corpus.items.length;
  } else {
    throw new Error(`unknown part "${part}": use seeds, dev or test`);
  }
}
for (const problem of problems) console.log(problem);
console.log(`${count} labelled texts, ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
