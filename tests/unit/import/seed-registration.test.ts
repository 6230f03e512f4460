import { describe, expect, it } from 'vitest';
import { groupProjectFiles, type ProjectFiles } from '../../../src/lib/content/content-files';
import { formatContentError } from '../../../src/lib/content/content-error';
import { seedHash } from '../../../src/lib/seed/seed-manifest';
import { registerSeed } from '../../../src/lib/import/seed-registration';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = utf8('Homs se vide\nLes habitants fuient la ville.\n');
const other = utf8('Autre titre\nUn autre texte.\n');

function project(files: Record<string, string | Uint8Array>): ProjectFiles {
  return groupProjectFiles(Object.entries(files).map(([path, bytes]) => ({ path, bytes: typeof bytes === 'string' ? utf8(bytes) : bytes })));
}

describe('registerSeed', () => {
  it('copies a new seed and adds its line to the manifest, kept sorted', () => {
    const files = project({ 'seeds/zz.txt': other, 'seeds/SHA256SUMS': `${seedHash(other)}  zz.txt\n` });
    expect(registerSeed('homs.txt', text, files)).toEqual({
      path: 'seeds/homs.txt',
      alreadyPresent: false,
      manifestText: `${seedHash(text)}  homs.txt\n${seedHash(other)}  zz.txt\n`,
    });
  });

  it('starts the manifest when there is none', () => {
    expect(registerSeed('homs.txt', text, project({}))).toMatchObject({ manifestText: `${seedHash(text)}  homs.txt\n` });
  });

  it('accepts the same bytes again without copying them (importing twice is harmless)', () => {
    const files = project({ 'seeds/homs.txt': text, 'seeds/SHA256SUMS': `${seedHash(text)}  homs.txt\n` });
    expect(registerSeed('homs.txt', text, files)).toEqual({ path: 'seeds/homs.txt', alreadyPresent: true, manifestText: `${seedHash(text)}  homs.txt\n` });
  });

  it('replaces the seed’s line when the manifest lacks it or has another hash', () => {
    const files = project({ 'seeds/homs.txt': text, 'seeds/SHA256SUMS': `${'0'.repeat(64)}  homs.txt\n` });
    expect(registerSeed('homs.txt', text, files)).toMatchObject({ manifestText: `${seedHash(text)}  homs.txt\n` });
  });

  it('refuses to overwrite a different seed of the same name', () => {
    const files = project({ 'seeds/homs.txt': other, 'seeds/SHA256SUMS': `${seedHash(other)}  homs.txt\n` });
    const result = registerSeed('homs.txt', text, files);
    expect(Array.isArray(result) && result.map(formatContentError)).toEqual([
      'seeds/homs.txt:1:1  Refusing to overwrite seeds/homs.txt, which holds a different text; seeds are never replaced  (fix: rename the file (e.g. "homs-2.txt") and import it again)',
    ]);
  });

  it('refuses a seed that an article already uses', () => {
    const files = project({ 'seeds/homs.txt': text, 'content/articles/homs.mdx': '---\ntitle: Homs\nseed: homs.txt\n---\n' });
    const result = registerSeed('homs.txt', text, files);
    expect(Array.isArray(result) && result.map((error) => [error.file, error.message])).toEqual([
      ['content/articles/homs.mdx', 'Unexpected second import of seeds/homs.txt, already the seed of content/articles/homs.mdx'],
    ]);
  });

  it('refuses to rewrite a manifest with a bad line, which would drop it', () => {
    const result = registerSeed('homs.txt', text, project({ 'seeds/SHA256SUMS': 'pas une empreinte\n' }));
    expect(Array.isArray(result) && result.map((error) => [error.file, error.line])).toEqual([['seeds/SHA256SUMS', 1]]);
  });
});
