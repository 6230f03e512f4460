/** Plain-text tables and target lines for the benchmark reports. */

export type Align = 'left' | 'right';

/** Display width of a string: one column per code point (the reports use no wide characters). */
const width = (text: string) => [...text].length;

/** A table with a header row and a rule, columns padded to their widest cell. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((header, column) => Math.max(width(header), ...rows.map((row) => width(row[column] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat(widths[column]! - width(cell));
        return (align[column] ?? (column === 0 ? 'left' : 'right')) === 'left' ? cell + padding : padding + cell;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((size) => '-'.repeat(size)).join('  '), ...rows.map((row) => line(headers.map((_, column) => row[column] ?? '')))].join('\n');
}

export interface Target {
  label: string;
  /** The measured value, as it should be printed. */
  actual: string;
  /** Undefined when it could not be measured. */
  met: boolean | undefined;
}

export function formatTarget(target: Target): string {
  const mark = target.met === undefined ? '?' : target.met ? '✓' : '✗';
  return `${mark} ${target.label} — ${target.actual}`;
}

export const mib = (bytes: number) => bytes / 1_048_576;
export const formatMiB = (bytes: number, digits = 1) => mib(bytes).toFixed(digits);
export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const formatMs = (ms: number) => `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
export const formatRatio = (value: number) => `${value.toFixed(2)}×`;

/** Bytes as the page-weight report prints them: "12.3 KB" (1 KB = 1,000 bytes) or "850 B". */
export function formatBytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} KB`;
}
