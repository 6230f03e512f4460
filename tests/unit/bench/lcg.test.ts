import { describe, expect, it } from 'vitest';
import { createRng } from '../../../scripts/bench/lcg';

describe('createRng', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('is the Numerical Recipes LCG: state = 1664525 × state + 1013904223 mod 2^32', () => {
    const rng = createRng(0);
    expect(rng.next()).toBe(1_013_904_223 / 2 ** 32);
    expect(rng.next()).toBe(((1_664_525 * 1_013_904_223 + 1_013_904_223) % 2 ** 32) / 2 ** 32);
  });

  it('keeps int() within its bounds and reaches both ends', () => {
    const rng = createRng(7);
    const values = Array.from({ length: 500 }, () => rng.int(6, 20));
    expect(Math.min(...values)).toBe(6);
    expect(Math.max(...values)).toBe(20);
    expect(values.every(Number.isInteger)).toBe(true);
  });

  it('samples distinct items and picks from the list', () => {
    const rng = createRng(1);
    const sample = rng.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample(['a'], 5)).toEqual(['a']);
    expect(['x', 'y']).toContain(rng.pick(['x', 'y']));
    expect(() => rng.pick([])).toThrow(/empty list/);
  });
});
