import type { SiteEntry } from '../content/project';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Entries in French alphabetical order of a label ("État islamique" sorts with the E). */
export function sortByLabel<E extends SiteEntry<unknown>>(entries: Iterable<E>, label: (data: E['data']) => string): E[] {
  return [...entries].sort((a, b) => collator.compare(label(a.data), label(b.data)) || a.id.localeCompare(b.id));
}

/** Articles oldest first, then by slug: the order the story was told in. */
export function sortByPublication<E extends SiteEntry<{ published: string }>>(entries: Iterable<E>): E[] {
  return [...entries].sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
}

/** Entries grouped by kind, in the order of `kinds`; kinds without entries are left out. */
export function groupByKind<Kind extends string, Data extends { kind: Kind }>(entries: readonly SiteEntry<Data>[], kinds: readonly Kind[]): { kind: Kind; entries: SiteEntry<Data>[] }[] {
  return kinds.map((kind) => ({ kind, entries: entries.filter((entry) => entry.data.kind === kind) })).filter((group) => group.entries.length > 0);
}

/** Chapters in reading order (their `order` field). */
export function sortByOrder<E extends SiteEntry<{ order: number }>>(entries: Iterable<E>): E[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}
