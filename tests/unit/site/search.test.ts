import { describe, expect, it } from 'vitest';
import { searchAttributes, searchKindOf } from '../../../src/lib/site/search';

describe('searchKindOf(pathname, base)', () => {
  it.each([
    ['/sources/hts-entre-dans-homs/', 'source'],
    ['/sources/', 'overview'],
    ['/chapitres/bataille-de-hama/', 'chapter'],
    ['/chronologie/2024-12-05/', 'day'],
    ['/chronologie/', 'overview'],
    ['/chronologie/types/capture/', 'overview'],
    ['/acteurs/hts/', 'actor'],
    ['/lieux/rastan/', 'place'],
    ['/glossaire/', 'glossary'],
    ['/graphiques/', 'overview'],
    ['/', 'overview'],
  ])('%s is a page of kind %s', (pathname, kind) => {
    expect(searchKindOf(pathname, '/')).toBe(kind);
    expect(searchKindOf(`/chronique${pathname}`, '/chronique/')).toBe(kind);
  });
});

describe('searchAttributes(pathname, base, searchable)', () => {
  it('indexes a page under its kind, the label shown in the results; a source also as a filter', () => {
    expect(searchAttributes('/sources/x/', '/', true)).toEqual({ 'data-pagefind-body': '', 'data-pagefind-filter': 'genre:source', 'data-pagefind-meta': 'genre:Source' });
    expect(searchAttributes('/lieux/rastan/', '/', true)).toEqual({ 'data-pagefind-body': '', 'data-pagefind-meta': 'genre:Lieu' });
  });

  it('leaves a page that is not searchable out of the index', () => {
    expect(searchAttributes('/chronologie/types/capture/', '/', false)).toEqual({});
  });
});
