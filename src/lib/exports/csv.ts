/**
 * Neutralises a cell that a spreadsheet would read as a formula (CSV injection, OWASP): a cell that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote, so that
 * Excel, LibreOffice and Google Sheets show it as text. A plain decimal number ("-35.5", a longitude
 * west of Greenwich) runs nothing and stays a number for typed readers (Table Schema `number`).
 */
export function neutraliseFormula(text: string): string {
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break; every cell neutralised against formula injection first (see `neutraliseFormula`).
 */
export function toCsv<Row extends Record<string, string | null>>(rows: readonly Row[], header: readonly (keyof Row & string)[]): string {
  const field = (value: string | null) => {
    const text = neutraliseFormula(value ?? '');
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header.join(','), ...rows.map((row) => header.map((column) => field(row[column] ?? '')).join(','))].join('\r\n') + '\r\n';
}
