import { describe, expect, it } from 'vitest';
import { frenchCount, frenchCountCapitalised } from '../../../src/lib/text/french-number';

describe('frenchCount', () => {
  it('writes small counts in words and large ones in figures, French style', () => {
    expect(frenchCount(5)).toBe('cinq');
    expect(frenchCount(1, true)).toBe('une');
    expect(frenchCount(16)).toBe('seize');
    expect(frenchCount(17)).toBe('17');
    expect(frenchCount(1000)).toBe('1\u202f000');
    expect(frenchCountCapitalised(6)).toBe('Six');
    expect(frenchCountCapitalised(40)).toBe('40');
  });
});
