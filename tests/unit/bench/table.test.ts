import { describe, expect, it } from 'vitest';
import { formatBytes, formatMiB, formatRatio, formatTable, formatTarget } from '../../../scripts/bench/table';

describe('formatTable', () => {
  it('pads columns to the widest cell: first column left, others right', () => {
    expect(formatTable(['build', 'time'], [['cold', '30.4 s'], ['baseline', '7.8 s']])).toBe(
      ['build       time', '--------  ------', 'cold      30.4 s', 'baseline   7.8 s'].join('\n'),
    );
  });

  it('counts accented letters and symbols as one column', () => {
    expect(formatTable(['a', 'b'], [['été', '1.5×']], ['left', 'left'])).toBe(['a    b', '---  ----', 'été  1.5×'].join('\n'));
  });

  it('fills missing cells', () => {
    expect(formatTable(['a', 'b'], [['x']])).toBe(['a  b', '-  -', 'x'].join('\n'));
  });
});

describe('formatTarget', () => {
  it('marks a met target ✓, a missed one ✗, an unmeasured one ?', () => {
    expect(formatTarget({ label: 'peak ≤ 1.5 GiB', actual: '900 MiB', met: true })).toBe('✓ peak ≤ 1.5 GiB — 900 MiB');
    expect(formatTarget({ label: 'x', actual: 'y', met: false })).toBe('✗ x — y');
    expect(formatTarget({ label: 'x', actual: 'not measured', met: undefined })).toBe('? x — not measured');
  });
});

describe('units', () => {
  it('prints MiB, KB (1,000 bytes) and ratios', () => {
    expect(formatMiB(1_572_864)).toBe('1.5');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(40_960)).toBe('41.0 KB');
    expect(formatRatio(1.234)).toBe('1.23×');
  });
});
