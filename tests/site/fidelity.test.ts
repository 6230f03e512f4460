import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from '../../src/lib/article/blocks';
import { expectedBlocks } from '../../src/lib/seed/fidelity';
import { readerText, readPage, selectAll } from '../helpers/dist';
import { realProject } from '../helpers/project';

const articles = [...realProject().project.articles.values()];

describe('source pages show their seed, word for word', () => {
  it.each(articles.map((article) => [article.id, article] as const))('%s', (slug, article) => {
    const page = readPage(`/sources/${slug}/`);
    const shown = selectAll('.source-text > :is(p, h2)', page).map((block) => normalizeWhitespace(readerText(block)));
    const expected = expectedBlocks(article.seedText, article.data).map((block) => normalizeWhitespace(block.text));
    expect(shown).toEqual(expected);
  });
});
