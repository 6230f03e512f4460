import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { evaluateCorpus, evaluateSeeds, targets, type Part, type PartEvaluation } from '../../src/lib/eval/evaluate';
import { loadCheckedSplit, loadSeedGold } from '../../src/lib/eval/load-labels';
import { projectRoot } from '../helpers/project';

type Kind = 'mentions' | 'dates' | 'statements';

/**
 * The strict figures the engine must keep: issue #13's targets, all met since 2026-12-02 (`npm run
 * eval`). A floor only ever rises; the labels never move.
 */
const floors: Record<Part, Record<Kind, { precision: number; recall: number }>> = {
  seeds: { mentions: { precision: 0.95, recall: 0.95 }, dates: { precision: 0.95, recall: 0.95 }, statements: { precision: 0.95, recall: 0.95 } },
  dev: { mentions: { precision: 0.95, recall: 0.95 }, dates: { precision: 0.95, recall: 0.95 }, statements: { precision: 0.9, recall: 0.85 } },
  test: { mentions: { precision: 0.95, recall: 0.95 }, dates: { precision: 0.95, recall: 0.95 }, statements: { precision: 0.9, recall: 0.85 } },
};

describe('the annotation engine, measured strictly against labels written from the text', () => {
  const checked = checkProject(readProjectFiles(projectRoot));
  const evaluations = new Map<Part, PartEvaluation>([
    ['seeds', evaluateSeeds(checked.annotations, loadSeedGold(projectRoot, checked.project).gold)],
    ...(['dev', 'test'] as const).map((split): [Part, PartEvaluation] => {
      const corpus = loadCheckedSplit(projectRoot, split, checked.project);
      return [split, evaluateCorpus(split, checked.project, corpus.entities, corpus.items)];
    }),
  ]);

  it('has floors no lower than needed and no higher than the targets', () => {
    for (const [part, kinds] of Object.entries(floors) as [Part, Record<Kind, { precision: number; recall: number }>][]) {
      for (const [kind, floor] of Object.entries(kinds) as [Kind, { precision: number; recall: number }][]) {
        expect(floor.precision).toBeLessThanOrEqual(targets[part][kind].precision);
        expect(floor.recall).toBeLessThanOrEqual(targets[part][kind].recall);
      }
    }
  });

  it.each((['seeds', 'dev', 'test'] as const).flatMap((part) => (['mentions', 'dates', 'statements'] as const).map((kind) => [part, kind] as const)))('keeps %s %s at or above its floor', (part, kind) => {
    const { strict } = evaluations.get(part)!.totals[kind];
    const floor = floors[part][kind];
    expect({ precision: strict.precision >= floor.precision, recall: strict.recall >= floor.recall, figures: [strict.precision, strict.recall] }).toMatchObject({ precision: true, recall: true });
  });
});
