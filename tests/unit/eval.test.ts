import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/lib/check-project';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { evaluate, targets } from '../../src/lib/eval/evaluate';
import { projectRoot } from '../helpers/project';

const goldDir = join(projectRoot, 'tests/gold');
const gold = new Map(readdirSync(goldDir).filter((name) => name.endsWith('.json')).map((name) => [name.slice(0, -5), JSON.parse(readFileSync(join(goldDir, name), 'utf8'))]));

describe('the annotation engine on the hand-labelled gold set', () => {
  const { annotations } = checkProject(readProjectFiles(projectRoot));
  const result = evaluate(annotations, gold);

  it('has a gold file for every article', () => {
    expect([...gold.keys()].sort()).toEqual([...annotations.articles.keys()].sort());
  });

  it('has gold labels that all point at real text', () => {
    expect(result.articles.flatMap((article) => article.scores.goldErrors)).toEqual([]);
  });

  it.each(['mentions', 'dates', 'statements'] as const)(`meets the targets for %s (precision ≥ ${targets.precision}, recall ≥ ${targets.recall})`, (kind) => {
    const score = result.totals[kind];
    expect({ precision: score.precision >= targets.precision, recall: score.recall >= targets.recall, missed: score.missed, spurious: score.spurious }).toMatchObject({ precision: true, recall: true });
  });
});
