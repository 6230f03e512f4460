import { describe, expect, it } from 'vitest';
import type { BlockAnalysis } from '../../src/lib/annotate/analyze';
import type { Entity } from '../../src/lib/annotate/gazetteer';
import { readProjectFiles } from '../../src/lib/content/content-files';
import { loadProject } from '../../src/lib/content/load-project';
import { loadCheckedSplit, loadSeedGold } from '../../src/lib/eval/load-labels';
import { scoreText } from '../../src/lib/eval/score';
import { projectRoot } from '../helpers/project';

const osdh: Entity = { kind: 'actor', id: 'osdh', name: 'OSDH' };
const text = 'Samedi, l’OSDH a affirmé que Hama était tombée jeudi.';
const labels = {
  where: 'example',
  blocks: [text],
  mentions: [{ block: 0, text: 'OSDH', occurrence: 1, kind: 'actor' as const, id: 'osdh' }],
  dates: [{ block: 0, text: 'jeudi', occurrence: 1, value: '2024-12-05', precision: 'day' as const }],
  statements: [{ block: 0, quote: 'Hama était tombée jeudi', occurrence: 1, speaker: 'osdh', kind: 'reported' as const, date: '2024-12-07' }],
  warnings: [],
};
const analysis = (overrides: Partial<BlockAnalysis>): BlockAnalysis[] => [{ mentions: [], dates: [], statements: [], unresolvedDates: [], ambiguousMentions: [], ...overrides }];
const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('scoreText(labels, analyses)', () => {
  it('counts a mention only on its exact span when strict, and on an overlap when lenient', () => {
    const scores = scoreText(labels, analysis({ mentions: [{ start: text.indexOf('l’OSDH'), end: at('OSDH').end, entity: osdh }] }));
    expect([scores.mentions.strict.truePositives, scores.mentions.lenient.truePositives]).toEqual([0, 1]);
  });

  it('asks a date for its value and its precision when strict', () => {
    const found = { ...at('jeudi'), text: 'jeudi', value: '2024-12-05', basis: 'publication' as const };
    expect(scoreText(labels, analysis({ dates: [{ ...found, precision: 'day' }] })).dates.strict.recall).toBe(1);
    const partOfDay = scoreText(labels, analysis({ dates: [{ ...found, precision: 'part-of-day', timeOfDay: 'soir' }] }));
    expect([partOfDay.dates.strict.recall, partOfDay.dates.lenient.recall]).toEqual([0, 1]);
  });

  it('asks a statement for its exact span, its speaker and its kind when strict', () => {
    const exact = { ...at('Hama était tombée jeudi'), kind: 'reported' as const, speaker: 'osdh', date: null };
    expect(scoreText(labels, analysis({ statements: [exact] })).statements.strict.recall).toBe(1);
    const withQue = { ...exact, start: text.indexOf('que Hama') };
    const scores = scoreText(labels, analysis({ statements: [withQue] }));
    expect([scores.statements.strict.recall, scores.statements.lenient.recall]).toEqual([0, 1]);
    expect(scoreText(labels, analysis({ statements: [{ ...exact, speaker: null }] })).statements.lenient.recall).toBe(0);
    expect(scoreText(labels, analysis({ statements: [{ ...exact, kind: 'direct' }] })).statements.strict.recall).toBe(0);
  });

  it('lists every miss and false positive with its text', () => {
    const scores = scoreText(labels, analysis({ mentions: [{ ...at('Hama'), entity: { kind: 'place', id: 'homs', name: 'Homs' } }] }));
    expect(scores.mentions.strict.missed).toEqual(['example [0] "OSDH" → actor:osdh']);
    expect(scores.mentions.strict.spurious).toEqual(['example [0] "Hama" → place:homs']);
  });
});

describe('the hand-written labels', () => {
  const { project } = loadProject(readProjectFiles(projectRoot));

  it('of the seeds point at real words and known ids, one gold file per article', () => {
    const { gold, problems } = loadSeedGold(projectRoot, project);
    expect(problems).toEqual([]);
    expect(gold.map((file) => file.article).sort()).toEqual([...project.articles.keys()].sort());
  });

  it.each(['dev', 'test'] as const)('of the %s corpus point at real words and known ids', (split) => {
    const corpus = loadCheckedSplit(projectRoot, split, project);
    expect(corpus.problems).toEqual([]);
    expect(corpus.items.length).toBeGreaterThanOrEqual(200);
  });
});
