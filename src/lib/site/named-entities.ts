import type { SiteAnnotation } from '../annotate/annotate-article';
import type { Entity, EntityKind } from '../annotate/gazetteer';

export interface NamedEntity {
  entity: Entity;
  /** How many times the text names it. */
  count: number;
}

const kinds: readonly EntityKind[] = ['actor', 'place', 'term'];

/**
 * What a source names, by kind (actors, places, terms), each entity once, in French alphabetical
 * order: the way a keyboard user reaches the pages that the names in the text link to, without a
 * tab stop per name.
 */
export function namedEntities(annotation: SiteAnnotation): { kind: EntityKind; entities: NamedEntity[] }[] {
  const byKey = new Map<string, NamedEntity>();
  for (const block of annotation.blocks) {
    for (const { entity } of block.analysis.mentions) {
      const key = `${entity.kind}:${entity.id}`;
      const named = byKey.get(key);
      if (named) named.count += 1;
      else byKey.set(key, { entity, count: 1 });
    }
  }
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return kinds
    .map((kind) => ({ kind, entities: [...byKey.values()].filter((named) => named.entity.kind === kind).sort((a, b) => collator.compare(a.entity.name, b.entity.name)) }))
    .filter((group) => group.entities.length > 0);
}
