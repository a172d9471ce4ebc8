/**
 * Text going into a spreadsheet cell: a value starting with = + - @ (or a tab or a
 * carriage return) would be run as a formula by Excel, WPS or LibreOffice when the file
 * is opened (CSV injection). Such text is written with a leading apostrophe, which
 * spreadsheets show as plain text.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV line (RFC 4180): quoted where needed, inert against formulas. */
export function csvLine(values: readonly (string | number | null)[]): string {
  return values
    .map((v) => {
      if (v === null) return '';
      const s = typeof v === 'number' ? String(v) : inertText(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

/** A whole CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF lines. */
export function csvFile(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
