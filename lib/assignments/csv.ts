// CSV as Dutch Excel opens it on a double click: semicolons between fields (the comma is the
// decimal sign there), a byte order mark so Excel reads UTF-8, and CRLF line ends.

/** A cell; `{ literal }` is text Excel must show exactly as typed (a student number like 00123456 or 1e5). */
export type Cell = string | number | null | { literal: string };

/** A number with a decimal comma and at most two decimals: 7.5 → "7,5". */
export function dutchNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function cell(value: Cell): string {
  if (value === null) return '';
  // ="00123456" is how a CSV tells Excel "this is text": no lost zeros, no 1e5 turned into 100000.
  // Only digits, letters and hyphens reach it (the join form allows no more), so no formula hides in it.
  if (typeof value === 'object') {
    return /^[0-9A-Za-z-]*$/.test(value.literal) ? `"=""${value.literal}"""` : cell(value.literal);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? dutchNumber(value) : '';
  // A name like "=HYPERLINK(…)" must stay text, not become a formula (CSV injection).
  const text = /^[=+\-@|\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as a CSV file for Dutch Excel: BOM, `;` separator, decimal comma, CRLF. */
export function toDutchCsv(rows: Cell[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
