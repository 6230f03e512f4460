import type { Link, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { citationNotes } from '../../../src/lib/annotate/citation-notes';
import type { Project } from '../../../src/lib/content/project';

const link = (url: string, kind: 'event' | 'source', words: string): Link => ({ type: 'link', url, title: null, children: [{ type: 'text', value: words }], data: { hProperties: { className: ['citation', `citation-${kind}`] } } });

describe('citationNotes(tree, project)', () => {
  it('numbers a chapter’s citations in reading order, with what they cite and their path', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'Le ' }, link('/chronologie/2024-12-05/#prise-de-hama', 'event', 'prise de Hama'), { type: 'text', value: ', puis ' }, link('/sources/a/#p-1', 'source', '« hier »')] },
        { type: 'paragraph', children: [{ type: 'link', url: 'https://exemple.org/', title: null, children: [{ type: 'text', value: 'un lien' }] }] },
      ],
    };
    const project = {
      events: new Map([['prise-de-hama', { data: { title: 'HTS prend Hama', date: '2024-12-05', datePrecision: 'day' } }]]),
      articles: new Map([['a', { data: { outlet: 'Anadolu', title: 'Homs' } }]]),
    } as unknown as Pick<Project, 'events' | 'articles'>;
    expect(citationNotes(tree, project)).toEqual([
      { number: 1, words: '«\u00a0prise de Hama\u00a0»', quotesSource: false, label: 'Chronologie, jeudi 5 décembre 2024\u00a0: HTS prend Hama', path: '/chronologie/2024-12-05/#prise-de-hama' },
      { number: 2, words: '« hier »', quotesSource: true, label: 'Anadolu, «\u00a0Homs\u00a0», passage cité', path: '/sources/a/#p-1' },
    ]);
  });
});
