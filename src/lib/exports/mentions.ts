import type { SiteAnnotations } from '../annotate/annotate-project';
import type { EntityKind } from '../annotate/gazetteer';
import type { SiteProject } from '../content/project';
import { sortByPublication } from '../site/sort';

export interface MentionTally {
  count: number;
  /** URLs of the paragraphs that mention the entity, in reading order, each once. */
  anchors: string[];
}

export type ArticleMentions = Record<'actors' | 'places' | 'terms', Record<string, MentionTally>>;

const groupOf: Record<EntityKind, keyof ArticleMentions> = { actor: 'actors', place: 'places', term: 'terms' };

/** For each article, how often each actor, place and term is mentioned, and where. */
export function mentionTallies(project: SiteProject, annotations: SiteAnnotations, paragraphUrl: (slug: string, anchor: string) => string): Record<string, ArticleMentions> {
  const result: Record<string, ArticleMentions> = {};
  for (const article of sortByPublication(project.articles.values())) {
    const tally: ArticleMentions = { actors: {}, places: {}, terms: {} };
    for (const block of annotations.articles.get(article.id)?.blocks ?? []) {
      const url = paragraphUrl(article.id, block.anchor);
      for (const mention of block.analysis.mentions) {
        const group = tally[groupOf[mention.entity.kind]];
        const entry = (group[mention.entity.id] ??= { count: 0, anchors: [] });
        entry.count += 1;
        if (!entry.anchors.includes(url)) entry.anchors.push(url);
      }
    }
    for (const group of Object.values(tally)) {
      const sorted = Object.entries(group).sort(([a], [b]) => a.localeCompare(b));
      for (const key of Object.keys(group)) delete group[key];
      for (const [key, value] of sorted) group[key] = value;
    }
    result[article.id] = tally;
  }
  return result;
}
