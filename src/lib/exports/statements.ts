import type { SiteAnnotations } from '../annotate/annotate-project';
import { statementText } from '../annotate/annotate-article';
import type { SiteProject } from '../content/project';
import { sortByPublication } from '../site/sort';
import { toCsv } from './csv';

export interface StatementRecord {
  id: string;
  article: string;
  speaker: string | null;
  speakerOrg: string | null;
  date: string | null;
  datePrecision: 'day' | 'part-of-day' | 'by-publication';
  kind: 'direct' | 'reported';
  quote: string;
  /** URL of the passage on its source page. */
  anchor: string;
  /** Anchor of the paragraph that holds it. */
  paragraph: string;
}

/**
 * Every statement the annotator found, articles oldest first, in reading order. A statement the
 * sentence does not date takes its article's publication day, with precision `by-publication`.
 */
export function statementRecords(project: SiteProject, annotations: SiteAnnotations, passageUrl: (slug: string, anchor: string) => string): StatementRecord[] {
  const records: StatementRecord[] = [];
  for (const article of sortByPublication(project.articles.values())) {
    const annotation = annotations.articles.get(article.id);
    if (!annotation) continue;
    for (const block of annotation.blocks) {
      block.analysis.statements.forEach((statement, index) => {
        const anchor = block.statementAnchors[index]!;
        records.push({
          id: `${article.id}/${anchor}`,
          article: article.id,
          speaker: statement.speaker,
          speakerOrg: statement.speaker ? organisationOf(project, statement.speaker) : null,
          date: statement.date?.value ?? article.data.published,
          datePrecision: statement.date ? (statement.date.precision === 'part-of-day' ? 'part-of-day' : 'day') : 'by-publication',
          kind: statement.kind,
          quote: statementText(block, statement),
          anchor: passageUrl(article.id, anchor),
          paragraph: block.anchor,
        });
      });
    }
  }
  return records;
}

/** The organisation a speaker speaks for: a person's affiliation, or the organisation itself. */
export function organisationOf(project: SiteProject, actorId: string): string | null {
  const actor = project.actors.get(actorId);
  if (!actor) return null;
  if (actor.data.kind !== 'person') return actorId;
  return actor.data.affiliation ?? null;
}

export const statementCsvColumns = ['id', 'article', 'speaker', 'speakerOrg', 'date', 'datePrecision', 'kind', 'quote', 'anchor'] as const;

/** `/data/statements.csv`: the same records, one per row. */
export function statementsCsv(records: readonly StatementRecord[]): string {
  return toCsv(records as unknown as Record<string, string | null>[], statementCsvColumns);
}
