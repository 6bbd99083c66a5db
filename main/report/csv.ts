/**
 * CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields quoted when they hold a
 * quote, comma or line break, quotes doubled), UTF-8 with a byte-order mark so that spreadsheet
 * programs read French accents right, and guarded against formula injection: a text cell that
 * starts with = + - @ (or a tab or carriage return, which some programs skip before one) gets a
 * leading apostrophe, so a card reading "=HYPERLINK(…)" stays text.
 */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const raw = typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
