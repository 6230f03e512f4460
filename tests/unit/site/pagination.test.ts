import { describe, expect, it } from 'vitest';
import { neighbourPages, pageLabel, pagePath, paginate, paginateByWeight } from '../../../src/lib/site/pagination';

describe('paginate', () => {
  it('cuts a list into pages of perPage items, the last one shorter', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((page) => [page.number, page.count, page.first])).toEqual([
      [1, 3, 1],
      [2, 3, 3],
      [3, 3, 5],
    ]);
  });

  it('gives an empty list one empty page, so the first page always exists', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, first: 1 }]);
  });

  it('refuses a page size that is not a whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/perPage/);
  });
});

describe('page paths', () => {
  it('keeps the first page at the list’s own URL and puts the others under page/<n>/', () => {
    expect(pagePath('/acteurs/hts/', 1)).toBe('/acteurs/hts/');
    expect(pagePath('/acteurs/hts/', 3)).toBe('/acteurs/hts/page/3/');
  });

  it('links each page to its neighbours, none before the first or after the last', () => {
    expect(neighbourPages('/x/', 1, 3)).toEqual({ next: '/x/page/2/' });
    expect(neighbourPages('/x/', 2, 3)).toEqual({ previous: '/x/', next: '/x/page/3/' });
    expect(neighbourPages('/x/', 3, 3)).toEqual({ previous: '/x/page/2/' });
  });

  it('labels a page in French', () => {
    expect(pageLabel(2, 5)).toBe('Page 2 sur 5');
  });
});

describe('paginateByWeight(items, weight, maxWeight, maxItems)', () => {
  it('fills each page as far as the weight allows, items kept in order', () => {
    const pages = paginateByWeight([3, 4, 2, 5, 1], (item) => item, 7);
    expect(pages.map((page) => page.items)).toEqual([[3, 4], [2, 5], [1]]);
    expect(pages.map((page) => [page.number, page.count, page.first])).toEqual([
      [1, 3, 1],
      [2, 3, 3],
      [3, 3, 5],
    ]);
  });

  it('gives an item heavier than maxWeight a page of its own, and stops at maxItems per page', () => {
    expect(paginateByWeight([1, 9, 1], (item) => item, 5).map((page) => page.items)).toEqual([[1], [9], [1]]);
    expect(paginateByWeight([1, 1, 1], (item) => item, 100, 2).map((page) => page.items)).toEqual([[1, 1], [1]]);
  });

  it('gives an empty list one empty page, and refuses a bound that is not positive', () => {
    expect(paginateByWeight([], () => 1, 5)).toEqual([{ items: [], number: 1, count: 1, first: 1 }]);
    expect(() => paginateByWeight([1], () => 1, 0)).toThrow(/maxWeight/);
  });
});
