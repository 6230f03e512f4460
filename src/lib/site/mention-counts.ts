import type { SiteAnnotations } from '../annotate/annotate-project';
import type { EntityKind } from '../annotate/gazetteer';

/** For each entity of one kind, how many times each article names it: entity id → article slug → count. */
export type MentionCounts = Map<string, Map<string, number>>;

/** Counts the mentions of every entity of `kind` in every article, in one pass over the annotations. */
export function countMentions(annotations: SiteAnnotations, kind: EntityKind): MentionCounts {
  const counts: MentionCounts = new Map();
  for (const [slug, annotation] of annotations.articles) {
    for (const block of annotation.blocks) {
      for (const { entity } of block.analysis.mentions) {
        if (entity.kind !== kind) continue;
        let byArticle = counts.get(entity.id);
        if (!byArticle) counts.set(entity.id, (byArticle = new Map()));
        byArticle.set(slug, (byArticle.get(slug) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Mentions of one entity summed by outlet: how many articles of each outlet name it, and how often. */
export interface OutletMentions {
  outlet: string;
  articles: number;
  mentions: number;
}

/** An entity's mentions by outlet, the outlets that name it most first (then by name). */
export function mentionsByOutlet(byArticle: ReadonlyMap<string, number> | undefined, outletOf: (slug: string) => string): OutletMentions[] {
  const byOutlet = new Map<string, OutletMentions>();
  for (const [slug, count] of byArticle ?? []) {
    const outlet = outletOf(slug);
    const entry = byOutlet.get(outlet) ?? { outlet, articles: 0, mentions: 0 };
    entry.articles += 1;
    entry.mentions += count;
    byOutlet.set(outlet, entry);
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return [...byOutlet.values()].sort((a, b) => b.mentions - a.mentions || collator.compare(a.outlet, b.outlet));
}
