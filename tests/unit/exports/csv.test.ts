import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsv } from '../../../src/lib/exports/csv';

describe('neutraliseFormula(text)', () => {
  it.each(['=1+1', '+33 6 12', '-2+3', '-A1', '+1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x","y")'])('prefixes %j with a single quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['', 'Alep', '2024-12-05', ' =not first', "'déjà", '36.2000', '-35.5000', '-2'])('leaves %j unchanged', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('toCsv(rows, header)', () => {
  it('writes a header and CRLF rows, quoting commas, quotes and line breaks', () => {
    expect(toCsv([{ a: 'x, y', b: 'dit "non"' }, { a: 'z', b: null }], ['a', 'b'])).toBe('a,b\r\n"x, y","dit ""non"""\r\nz,\r\n');
  });

  it('neutralises formula cells, then quotes them when they need it', () => {
    expect(toCsv([{ a: '=1+2', b: '-3,5' }, { a: '@x', b: '\tTab' }], ['a', 'b'])).toBe(`a,b\r\n'=1+2,"'-3,5"\r\n'@x,'\tTab\r\n`);
    expect(toCsv([{ a: '\rligne' }], ['a'])).toBe(`a\r\n"'\rligne"\r\n`);
  });
});
