/**
 * `npm run eval [-- <slug>… | --verbose]`: precision and recall of the annotation engine against the
 * hand-labelled gold files in tests/gold/ (one per article; add one for a new article to measure it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../src/lib/check-project';
import { readProjectFiles } from '../src/lib/content/content-files';
import { formatContentError } from '../src/lib/content/content-error';
import { evaluate, targets } from '../src/lib/eval/evaluate';
import type { Score } from '../src/lib/eval/score';

const root = process.cwd();
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.filter((arg) => !arg.startsWith('--'));
const goldDir = join(root, 'tests/gold');
const slugs = readdirSync(goldDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .filter((slug) => only.length === 0 || only.includes(slug));

const checked = checkProject(readProjectFiles(root));
if (checked.errors.length > 0) {
  console.error(checked.errors.map(formatContentError).join('\n'));
  process.exit(1);
}
const result = evaluate(checked.annotations, new Map(slugs.map((slug) => [slug, JSON.parse(readFileSync(join(goldDir, `${slug}.json`), 'utf8'))])));

const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)} %`;
const line = (label: string, score: Score) =>
  `  ${label.padEnd(12)} précision ${percent(score.precision)}   rappel ${percent(score.recall)}   (${score.truePositives} justes / ${score.predicted} trouvés / ${score.expected} attendus)`;

for (const { slug, scores } of result.articles) {
  console.log(slug);
  console.log(line('mentions', scores.mentions));
  console.log(line('dates', scores.dates));
  console.log(line('déclarations', scores.statements));
  for (const error of scores.goldErrors) console.log(`  ! gold : ${error}`);
  if (verbose) {
    for (const [name, score] of Object.entries(scores) as [string, Score | string[]][]) {
      if (Array.isArray(score)) continue;
      for (const label of score.missed) console.log(`    manqué  ${name} ${label}`);
      for (const label of score.spurious) console.log(`    en trop ${name} ${label}`);
    }
  }
}
console.log(`\nTotal (${result.articles.length} articles) — objectifs : précision ≥ ${targets.precision}, rappel ≥ ${targets.recall}`);
console.log(line('mentions', result.totals.mentions));
console.log(line('dates', result.totals.dates));
console.log(line('déclarations', result.totals.statements));
console.log(result.meetsTargets ? '\nObjectifs atteints.' : '\nObjectifs non atteints.');
process.exitCode = result.meetsTargets ? 0 : 1;
