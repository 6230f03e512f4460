import type { ProjectAnnotations } from '../annotate/annotate-project';
import { GoldSchema } from './gold';
import { scoreArticle, total, type ArticleScores, type Score } from './score';

export const targets = { precision: 0.95, recall: 0.9 } as const;

export interface Evaluation {
  articles: { slug: string; scores: ArticleScores }[];
  totals: Record<'mentions' | 'dates' | 'statements', Score>;
  meetsTargets: boolean;
}

/** Scores the engine against gold files (parsed JSON by article slug). */
export function evaluate(annotations: ProjectAnnotations, goldFiles: ReadonlyMap<string, unknown>): Evaluation {
  const articles = [...goldFiles].map(([slug, json]) => {
    const gold = GoldSchema.parse(json);
    const annotation = annotations.articles.get(slug);
    if (!annotation) throw new Error(`tests/gold/${slug}.json: no article "${slug}" in content/articles/`);
    return { slug, scores: scoreArticle(annotation.blocks, gold) };
  });
  const totals = {
    mentions: total(articles.map((article) => article.scores.mentions)),
    dates: total(articles.map((article) => article.scores.dates)),
    statements: total(articles.map((article) => article.scores.statements)),
  };
  const meetsTargets = Object.values(totals).every((score) => score.precision >= targets.precision && score.recall >= targets.recall);
  return { articles, totals, meetsTargets };
}
