import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/lib/content/content-error';
import { isContentError } from '../../../src/lib/content/frontmatter';
import { parseImportArguments } from '../../../src/lib/import/arguments';

const message = (argv: string[]) => {
  const result = parseImportArguments(argv);
  return isContentError(result) ? formatContentError(result) : undefined;
};

describe('parseImportArguments', () => {
  it('reads the path and an optional slug, in any order', () => {
    expect(parseImportArguments(['texte.txt'])).toEqual({ path: 'texte.txt' });
    expect(parseImportArguments(['--slug', 'hama-tombe', 'texte.txt'])).toEqual({ path: 'texte.txt', slug: 'hama-tombe' });
    expect(parseImportArguments(['texte.txt', '--slug=hama-tombe'])).toEqual({ path: 'texte.txt', slug: 'hama-tombe' });
  });

  it('reads --accept with the slug and optional proposal ids', () => {
    expect(parseImportArguments(['--accept', 'hama-tombe'])).toEqual({ accept: { slug: 'hama-tombe', ids: undefined } });
    expect(parseImportArguments(['--accept=hama-tombe:c1,e2'])).toEqual({ accept: { slug: 'hama-tombe', ids: ['c1', 'e2'] } });
    expect(message(['--accept'])).toContain('Missing or unexpected value after --accept');
    expect(message(['--accept', 'hama:x1'])).toContain('Missing or unexpected value after --accept');
    expect(message(['a.txt', '--accept', 'hama'])).toContain('Unexpected arguments besides --accept');
  });

  it('reports mistakes against the command line', () => {
    expect(message([])).toMatch(/^command line:1:1 {2}Missing the path of the \.txt article to import {2}\(fix: npm run new:article -- /);
    expect(message(['a.txt', 'b.txt'])).toContain('Unexpected 2 files');
    expect(message(['a.txt', '--slug'])).toContain('Missing value after --slug');
    expect(message(['a.txt', '--force'])).toContain('Unexpected option "--force"');
  });
});
