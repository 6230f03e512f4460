/**
 * `npm run eval [-- seeds|dev|test …] [--brief]`: the annotation engine measured against labels written
 * by hand from the text: the five seed articles (tests/gold/), the corpus's dev part (tuned on) and its
 * held-out test part (tests/eval/). Prints strict and lenient precision and recall for each part, then
 * every miss and false positive with its text (unless --brief). Exit code 1 when a part misses its targets.
 */
import { checkProject } from '../src/lib/check-project';
import { readProjectFiles } from '../src/lib/content/content-files';
import { formatContentError } from '../src/lib/content/content-error';
import { evaluateCorpus, evaluateSeeds, parts, targets, type Part, type PartEvaluation } from '../src/lib/eval/evaluate';
import { loadCheckedSplit, loadSeedGold } from '../src/lib/eval/load-labels';
import type { Score } from '../src/lib/eval/score';

const root = process.cwd();
const args = process.argv.slice(2);
const brief = args.includes('--brief');
const chosen = args.filter((arg) => !arg.startsWith('--'));
for (const name of chosen) if (!parts.includes(name as Part)) throw new Error(`unknown part "${name}": use ${parts.join(', ')}`);
const wanted = chosen.length > 0 ? (chosen as Part[]) : [...parts];

const checked = checkProject(readProjectFiles(root));
if (checked.errors.length > 0) {
  console.error(checked.errors.map(formatContentError).join('\n'));
  process.exit(1);
}

const evaluations: PartEvaluation[] = [];
const labelProblems: string[] = [];
for (const part of wanted) {
  if (part === 'seeds') {
    const { gold, problems } = loadSeedGold(root, checked.project);
    labelProblems.push(...problems);
    evaluations.push(evaluateSeeds(checked.annotations, gold));
  } else {
    const corpus = loadCheckedSplit(root, part, checked.project);
    labelProblems.push(...corpus.problems);
    evaluations.push(evaluateCorpus(part, checked.project, corpus.entities, corpus.items));
  }
}
if (labelProblems.length > 0) {
  console.error(`Labels to fix before scoring (${labelProblems.length}):\n${labelProblems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}

const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)} %`;
const figures = (score: Score) => `P ${percent(score.precision)}  R ${percent(score.recall)}  (${score.truePositives} justes / ${score.predicted} trouvés / ${score.expected} attendus)`;

for (const evaluation of evaluations) {
  const target = targets[evaluation.part];
  console.log(`\n== ${evaluation.part} (${evaluation.texts} textes) ==`);
  for (const kind of ['mentions', 'dates', 'statements'] as const) {
    const { strict, lenient } = evaluation.totals[kind];
    console.log(`  ${kind.padEnd(11)} strict  ${figures(strict)}   objectif P ≥ ${target[kind].precision}, R ≥ ${target[kind].recall}`);
    console.log(`  ${''.padEnd(11)} souple  ${figures(lenient)}`);
  }
  console.log(`  ${'dates de parole'.padEnd(11)} ${figures(evaluation.totals.statementDates)}`);
  console.log(`  ${'avertissements'.padEnd(11)} R ${percent(evaluation.totals.warnings.recall)} (${evaluation.totals.warnings.truePositives} / ${evaluation.totals.warnings.expected})`);
  console.log(evaluation.meetsTargets ? '  objectifs atteints' : '  objectifs non atteints');
}

if (!brief) {
  for (const evaluation of evaluations) {
    for (const kind of ['mentions', 'dates', 'statements'] as const) {
      const { strict } = evaluation.totals[kind];
      for (const label of strict.missed) console.log(`${evaluation.part} manqué  ${kind} ${label}`);
      for (const label of strict.spurious) console.log(`${evaluation.part} en trop ${kind} ${label}`);
    }
    for (const label of evaluation.totals.statementDates.missed) console.log(`${evaluation.part} date de parole ${label}`);
    for (const label of evaluation.totals.warnings.missed) console.log(`${evaluation.part} avertissement manqué ${label}`);
  }
}
process.exitCode = evaluations.every((evaluation) => evaluation.meetsTargets) ? 0 : 1;
