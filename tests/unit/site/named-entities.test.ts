import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../../src/lib/annotate/annotate-article';
import { parseMdx } from '../../../src/lib/article/parse-mdx';
import { namedEntities } from '../../../src/lib/site/named-entities';
import { matcher, testGazetteer } from '../annotate/helpers';

describe('namedEntities(annotation)', () => {
  it('lists each entity a text names once, with its count, actors then places then terms, alphabetically', () => {
    const mdx = "Selon l'OSDH, l'Armée nationale syrienne a pris Hama.\n\nLes alaouites de Hama ont fui, dit l'OSDH.";
    const annotation = annotateArticle(parseMdx(mdx, 'a.mdx') as Root, { file: 'a.mdx', published: '2024-12-14', gazetteer: testGazetteer(), matcher });
    const groups = namedEntities(annotation).map((group) => [group.kind, group.entities.map((named) => [named.entity.id, named.count])]);
    expect(groups).toEqual([
      ['actor', [['ans', 1], ['osdh', 2]]],
      ['place', [['hama', 2]]],
      ['term', [['alaouites', 1]]],
    ]);
  });
});
