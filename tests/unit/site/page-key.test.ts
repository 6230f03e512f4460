import { describe, expect, it } from 'vitest';
import type { SiteProject } from '../../../src/lib/content/project';
import { citedArticles, pageKey, registryKey } from '../../../src/lib/site/page-key';

const project = (outlet: string, actorName = 'HTS'): SiteProject =>
  ({
    actors: new Map([['hts', { id: 'hts', file: 'content/actors/hts.yaml', data: { name: actorName } }]]),
    places: new Map(),
    glossary: new Map(),
    events: new Map(),
    chapters: new Map(),
    articles: new Map([['alep', { id: 'alep', file: 'content/articles/alep.mdx', data: { outlet, title: 'Alep' }, seedText: '' }]]),
  }) as unknown as SiteProject;

describe('pageKey(...inputs)', () => {
  it('is the same for the same inputs, and changes with any of them', () => {
    expect(pageKey('a', { b: [1, 2] })).toBe(pageKey('a', { b: [1, 2] }));
    expect(pageKey('a', { b: [1, 2] })).not.toBe(pageKey('a', { b: [1, 3] }));
    expect(pageKey('a', 'b')).not.toBe(pageKey('ab'));
  });
});

describe('registryKey(project)', () => {
  it('changes when an entry of the registry changes', () => {
    expect(registryKey(project('AFP'))).toBe(registryKey(project('Reuters')));
    expect(registryKey(project('AFP', 'HTS'))).not.toBe(registryKey(project('AFP', 'Hayat Tahrir al-Cham')));
  });
});

describe('citedArticles(project, ids)', () => {
  it('gives the data of each cited article once, in a fixed order, and null for an unknown one', () => {
    expect(citedArticles(project('AFP'), ['alep', 'inconnu', 'alep'])).toEqual([
      ['alep', { outlet: 'AFP', title: 'Alep' }],
      ['inconnu', null],
    ]);
    expect(pageKey(citedArticles(project('AFP'), ['alep']))).not.toBe(pageKey(citedArticles(project('Reuters'), ['alep'])));
  });
});
