// CSV as Dutch Excel opens it on a double click: semicolons between fields (the comma is the
// decimal sign there), a byte order mark so Excel reads UTF-8, and CRLF line ends.

export type Cell = string | number | null;

/** A number with a decimal comma and at most two decimals: 7.5 → "7,5". */
export function dutchNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? dutchNumber(value) : '';
  // A name like "=HYPERLINK(…)" must stay text, not become a formula (CSV injection).
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV file for Dutch Excel: BOM, `;` separator, decimal comma, CRLF. */
export function toDutchCsv(rows: Cell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
