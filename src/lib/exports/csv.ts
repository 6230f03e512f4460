/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv<Row extends Record<string, string | null>>(rows: readonly Row[], header: readonly (keyof Row & string)[]): string {
  const field = (value: string | null) => {
    const text = value ?? '';
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header.join(','), ...rows.map((row) => header.map((column) => field(row[column] ?? '')).join(','))].join('\r\n') + '\r\n';
}
