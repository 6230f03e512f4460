/**
 * Static pagination of the lists that grow with the corpus (an actor's statements, a day's
 * statements, a place's events): the first page keeps the page's own URL, so links and anchors to
 * it never break; the following ones live under `page/<n>/` below it.
 */

/** One page of a list, numbered from 1. */
export interface ListPage<Item> {
  items: Item[];
  number: number;
  /** How many pages the list has (at least one, even for an empty list). */
  count: number;
  /** Position in the whole list of the page's first item, from 1 (for `<ol start>`). */
  first: number;
}

/** The pages of `items`, `perPage` each; an empty list has one empty page. */
export function paginate<Item>(items: readonly Item[], perPage: number): ListPage<Item>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`paginate: perPage must be a whole number ≥ 1, got ${perPage}`);
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, index) => ({ items: items.slice(index * perPage, (index + 1) * perPage), number: index + 1, count, first: index * perPage + 1 }));
}

/**
 * The pages of `items` in their order, each as full as it can be without its items weighing more
 * than `maxWeight` together (what a page's weight grows with: marks drawn, rows shown…), nor
 * numbering more than `maxItems`. An item heavier than `maxWeight` gets a page of its own; an
 * empty list has one empty page.
 */
export function paginateByWeight<Item>(items: readonly Item[], weight: (item: Item) => number, maxWeight: number, maxItems = Number.POSITIVE_INFINITY): ListPage<Item>[] {
  if (!(maxWeight > 0) || !(maxItems >= 1)) throw new Error(`paginateByWeight: maxWeight and maxItems must be positive, got ${maxWeight} and ${maxItems}`);
  const groups: Item[][] = [];
  let current: Item[] = [];
  let total = 0;
  for (const item of items) {
    const itemWeight = weight(item);
    if (current.length > 0 && (total + itemWeight > maxWeight || current.length >= maxItems)) {
      groups.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += itemWeight;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  let first = 1;
  return groups.map((group, index) => {
    const page = { items: group, number: index + 1, count: groups.length, first };
    first += group.length;
    return page;
  });
}

/** The site path of page `number` of the list whose first page is `firstPage` ("/acteurs/x/"). */
export function pagePath(firstPage: string, number: number): string {
  return number <= 1 ? firstPage : `${firstPage}page/${number}/`;
}

/** "Page 2 sur 5". */
export function pageLabel(number: number, count: number): string {
  return `Page ${number} sur ${count}`;
}

/** Site paths of the pages before and after page `number` (for rel="prev"/"next"). */
export function neighbourPages(firstPage: string, number: number, count: number): { previous?: string; next?: string } {
  return {
    ...(number > 1 ? { previous: pagePath(firstPage, number - 1) } : {}),
    ...(number < count ? { next: pagePath(firstPage, number + 1) } : {}),
  };
}
