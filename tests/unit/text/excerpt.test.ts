import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/text/excerpt';

describe('excerpt(text, length)', () => {
  it('cuts a longer text at `length` characters and marks the cut', () => {
    expect(excerpt('Les forces gouvernementales', 10)).toBe('Les forces…');
  });
  it('leaves a text of `length` characters or fewer unchanged', () => {
    expect(excerpt('Alep', 4)).toBe('Alep');
    expect(excerpt('', 4)).toBe('');
  });
});
