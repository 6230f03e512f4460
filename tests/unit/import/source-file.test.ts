import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/lib/content/content-error';
import { readSourceText } from '../../../src/lib/import/source-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = [0xef, 0xbb, 0xbf];

describe('readSourceText', () => {
  it('accepts UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = new Uint8Array([...bom, ...utf8('Alep tombe\r\n\r\nLes rebelles entrent à Alep.\r\n')]);
    expect(readSourceText('in/alep.txt', bytes)).toEqual({ name: 'alep.txt', text: 'Alep tombe\n\nLes rebelles entrent à Alep.\n' });
  });

  it('accepts old Mac line ends (CR alone)', () => {
    expect(readSourceText('alep.txt', utf8('Alep tombe\rLes rebelles entrent.'))).toEqual({ name: 'alep.txt', text: 'Alep tombe\nLes rebelles entrent.' });
  });

  it('refuses an empty file, or one with only white space', () => {
    for (const bytes of [new Uint8Array(), utf8(' \n\t\r\n\u00a0\n'), new Uint8Array(bom)]) {
      const error = readSourceText('vide.txt', bytes);
      expect(formatContentError(error as never)).toBe('vide.txt:1:1  Unexpected empty file, expected the text of an article  (fix: check that you picked the right file and that it was saved)');
    }
  });

  it('refuses a file that is not UTF-8, naming the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...utf8('Titre\nPremière ligne.\n'), 0x65, 0x74, 0xe9, 0x2e, 0x0a]);
    expect(readSourceText('in/latin1.txt', latin1)).toMatchObject({ file: 'in/latin1.txt', line: 3, message: expect.stringContaining('not UTF-8') });
  });

  it('refuses a file that is not .txt', () => {
    expect(readSourceText('notes/article.md', utf8('Titre\nTexte.'))).toMatchObject({ file: 'notes/article.md', message: 'Unexpected file "article.md", expected a .txt file' });
  });

  it('refuses a name the seed field would not accept, and suggests one', () => {
    expect(readSourceText('Été à Homs.txt', utf8('Titre\nTexte.'))).toMatchObject({ fix: 'rename the file "Ete-a-Homs.txt"' });
  });
});
