import { analyzeBlocks } from '../annotate/analyze';
import type { ProjectAnnotations } from '../annotate/annotate-project';
import { buildGazetteer } from '../annotate/gazetteer';
import { compileMentionMatcher } from '../annotate/mentions';
import type { Entry, Project } from '../content/project';
import type { Actor } from '../schemas/actor';
import type { Place } from '../schemas/place';
import type { CorpusEntities, CorpusItem } from './corpus';
import type { Gold } from './gold';
import { scoreText, total, type Score, type Scored, type TextScores } from './score';

export type Part = 'seeds' | 'dev' | 'test';
export const parts: readonly Part[] = ['seeds', 'dev', 'test'];

/** The figures issue #13 asks of the engine, on strict scores. */
export const targets: Record<Part, { statements: { precision: number; recall: number }; dates: { precision: number; recall: number }; mentions: { precision: number; recall: number } }> = {
  seeds: { statements: { precision: 0.95, recall: 0.95 }, dates: { precision: 0.95, recall: 0.95 }, mentions: { precision: 0.95, recall: 0.95 } },
  dev: { statements: { precision: 0.9, recall: 0.85 }, dates: { precision: 0.95, recall: 0.95 }, mentions: { precision: 0.95, recall: 0.95 } },
  test: { statements: { precision: 0.9, recall: 0.85 }, dates: { precision: 0.95, recall: 0.95 }, mentions: { precision: 0.95, recall: 0.95 } },
};

export interface PartEvaluation {
  part: Part;
  texts: number;
  totals: { mentions: Scored; dates: Scored; statements: Scored; statementDates: Score; warnings: Score };
  meetsTargets: boolean;
}

/** Scores the seeds' annotation (as the build computed it) against their gold files. */
export function evaluateSeeds(annotations: ProjectAnnotations, gold: readonly Gold[]): PartEvaluation {
  const scores = gold.map((file) => {
    const annotation = annotations.articles.get(file.article);
    if (!annotation) throw new Error(`tests/gold/${file.article}.json: no article "${file.article}" in content/articles/`);
    return scoreText({ where: file.article, blocks: annotation.blocks.map((block) => block.text), ...file }, annotation.blocks.map((block) => block.analysis));
  });
  return summariseParts('seeds', scores);
}

/**
 * Runs the engine on each corpus item, as it would on a new article of that day, with the project's
 * registry plus the entities the corpus declares, and scores it.
 */
export function evaluateCorpus(part: Exclude<Part, 'seeds'>, project: Pick<Project, 'actors' | 'places' | 'glossary'>, entities: CorpusEntities, items: readonly { file: string; item: CorpusItem }[]): PartEvaluation {
  const gazetteer = buildGazetteer(corpusRegistry(project, entities));
  const matcher = compileMentionMatcher(gazetteer);
  const scores = items.map(({ file, item }) => {
    const analyses = analyzeBlocks(
      item.blocks.map((text) => ({ text, fixed: [], plain: [] })),
      { published: item.published, gazetteer, matcher },
    );
    return scoreText({ where: `${file}#${item.id}`, ...item }, analyses);
  });
  return summariseParts(part, scores);
}

/** The project's registry plus the corpus's own actors and places. */
export function corpusRegistry(project: Pick<Project, 'actors' | 'places' | 'glossary'>, entities: CorpusEntities): Pick<Project, 'actors' | 'places' | 'glossary'> {
  const file = 'tests/eval/entities.yaml';
  const locate = () => ({ line: 1, column: 1 });
  const actors = new Map(project.actors);
  for (const { id, name, kind, gender, aliases, affiliation } of entities.actors) {
    actors.set(id, { id, file, locate, data: { name, kind, aliases, description: '', ...(gender ? { gender } : {}), ...(affiliation ? { affiliation } : {}) } as unknown as Actor } satisfies Entry<Actor>);
  }
  const places = new Map(project.places);
  for (const { id, name, aliases } of entities.places) {
    places.set(id, { id, file, locate, data: { name, aliases } as unknown as Place } satisfies Entry<Place>);
  }
  return { actors, places, glossary: project.glossary };
}

function summariseParts(part: Part, scores: readonly TextScores[]): PartEvaluation {
  const scored = (pick: (score: TextScores) => Scored): Scored => ({ strict: total(scores.map((s) => pick(s).strict)), lenient: total(scores.map((s) => pick(s).lenient)) });
  const totals = {
    mentions: scored((s) => s.mentions),
    dates: scored((s) => s.dates),
    statements: scored((s) => s.statements),
    statementDates: total(scores.map((s) => s.statementDates)),
    warnings: total(scores.map((s) => s.warnings)),
  };
  const target = targets[part];
  const meetsTargets = (['mentions', 'dates', 'statements'] as const).every((kind) => totals[kind].strict.precision >= target[kind].precision && totals[kind].strict.recall >= target[kind].recall);
  return { part, texts: scores.length, totals, meetsTargets };
}
