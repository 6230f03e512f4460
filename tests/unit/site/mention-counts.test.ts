import { describe, expect, it } from 'vitest';
import type { SiteAnnotations } from '../../../src/lib/annotate/annotate-project';
import { countMentions, mentionsByOutlet } from '../../../src/lib/site/mention-counts';

const mention = (kind: 'actor' | 'place', id: string) => ({ start: 0, end: 1, entity: { kind, id, name: id } });
const block = (...mentions: ReturnType<typeof mention>[]) => ({ text: 'x', line: 1, anchor: 'p', analysis: { mentions, dates: [], statements: [], unresolvedDates: [], ambiguousMentions: [] }, statementAnchors: [] });
const annotations = {
  articles: new Map([
    ['a1', { blocks: [block(mention('actor', 'hts'), mention('place', 'alep')), block(mention('actor', 'hts'), mention('actor', 'osdh'))] }],
    ['a2', { blocks: [block(mention('actor', 'hts'))] }],
    ['a3', { blocks: [block(mention('actor', 'osdh'))] }],
  ]),
} as unknown as SiteAnnotations;

describe('countMentions', () => {
  it('counts each entity of one kind by article, other kinds left out', () => {
    const counts = countMentions(annotations, 'actor');
    expect(Object.fromEntries([...counts].map(([id, byArticle]) => [id, Object.fromEntries(byArticle)]))).toEqual({ hts: { a1: 2, a2: 1 }, osdh: { a1: 1, a3: 1 } });
    expect([...countMentions(annotations, 'place').keys()]).toEqual(['alep']);
  });
});

describe('mentionsByOutlet', () => {
  it('sums an entity’s mentions by outlet, the outlet that names it most first', () => {
    const outlet = (slug: string) => (slug === 'a3' ? 'SANA' : 'AFP');
    expect(mentionsByOutlet(new Map([['a1', 2], ['a2', 1], ['a3', 1]]), outlet)).toEqual([
      { outlet: 'AFP', articles: 2, mentions: 3 },
      { outlet: 'SANA', articles: 1, mentions: 1 },
    ]);
    expect(mentionsByOutlet(undefined, outlet)).toEqual([]);
  });
});
