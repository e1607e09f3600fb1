/**
 * RFC 4180 CSV: every cell quoted, quotes doubled, CRLF between rows. A cell that a spreadsheet
 * would read as a formula (starting with = + - @, or a tab or carriage return before one) gets a
 * leading apostrophe, so opening an export never runs what someone typed into a note (OWASP "CSV
 * injection"). Numbers are written as numbers: a negative value stays a number, not text.
 */
export type CsvCell = string | number | null;

const formula = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '""';
  if (typeof cell === 'number') return `"${String(cell)}"`;
  const safe = formula.test(cell) ? `'${cell}` : cell;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: CsvCell[][]): string {
  // A byte-order mark, so spreadsheet programs read the accents right.
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
