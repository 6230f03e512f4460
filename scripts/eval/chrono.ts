/**
 * `npm run eval:chrono`: how chrono-node's French parser (`chrono.fr`, with `chrono.en` for embedded
 * English posts) would date the corpus, beside Chronique's own resolver, on the same labels: the
 * measurement behind the choice of resolver. For each kind of date label, how many of them each
 * parser finds (an expression overlapping the label's words) with the labelled value: chrono's values
 * are read at the label's precision (a day, a month, a year), since chrono has no notion of nights,
 * ranges read as a start, weeks or month parts.
 */
import * as chrono from 'chrono-node';
import { analyzeBlocks } from '../../src/lib/annotate/analyze';
import { buildGazetteer } from '../../src/lib/annotate/gazetteer';
import { compileMentionMatcher } from '../../src/lib/annotate/mentions';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { corpusRegistry } from '../../src/lib/eval/evaluate';
import { nthIndexOf } from '../../src/lib/eval/gold';
import type { DateLabel } from '../../src/lib/eval/labels';
import { loadCheckedSplit } from '../../src/lib/eval/load-labels';

const root = process.cwd();
const { project } = loadProject(readProjectFiles(root));
const tally = new Map<string, { total: number; chrono: number; ours: number }>();

function chronoValue(label: DateLabel, found: chrono.ParsedResult): string | null {
  const iso = found.start.date().toISOString();
  if (label.precision === 'month') return iso.slice(0, 7);
  if (label.precision === 'year') return iso.slice(0, 4);
  return iso.slice(0, 10);
}

for (const split of ['dev', 'test'] as const) {
  const corpus = loadCheckedSplit(root, split, project);
  const gazetteer = buildGazetteer(corpusRegistry(project, corpus.entities));
  const matcher = compileMentionMatcher(gazetteer);
  for (const { item } of corpus.items) {
    const analyses = analyzeBlocks(item.blocks.map((text) => ({ text, fixed: [], plain: [] })), { published: item.published, gazetteer, matcher });
    const instant = new Date(`${item.published}T12:00:00Z`);
    item.blocks.forEach((text, block) => {
      const found = [...chrono.fr.parse(text, { instant, timezone: 0 }), ...chrono.en.parse(text, { instant, timezone: 0 })];
      for (const label of item.dates.filter((date) => date.block === block)) {
        const start = nthIndexOf(text, label.text, label.occurrence);
        const end = start + label.text.length;
        const key = `${split} ${label.precision}`;
        const row = tally.get(key) ?? { total: 0, chrono: 0, ours: 0 };
        row.total++;
        const theirs = found.find((result) => result.index < end && result.index + result.text.length > start);
        if (theirs && label.value !== null && chronoValue(label, theirs) === label.value) row.chrono++;
        const mine = analyses[block]!.dates.find((date) => date.start < end && date.end > start);
        if (label.value === null ? !mine || mine.value === null : mine?.value === label.value) row.ours++;
        tally.set(key, row);
      }
    });
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0).padStart(3)} %`;
console.log('partie et précision      étiquettes   chrono-node   Chronique');
for (const [key, row] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(26)}${String(row.total).padStart(6)}   ${percent(row.chrono, row.total).padStart(11)}   ${percent(row.ours, row.total).padStart(9)}`);
}
const sum = (pick: (row: { total: number; chrono: number; ours: number }) => number) => [...tally.values()].reduce((acc, row) => acc + pick(row), 0);
console.log(`${'total'.padEnd(26)}${String(sum((row) => row.total)).padStart(6)}   ${percent(sum((row) => row.chrono), sum((row) => row.total)).padStart(11)}   ${percent(sum((row) => row.ours), sum((row) => row.total)).padStart(9)}`);
