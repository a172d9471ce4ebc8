import { stringify } from 'csv-stringify/sync';

/**
 * Text going into a spreadsheet cell: a value starting with = + - @ (or a tab or a
 * carriage return) would be run as a formula by Excel, WPS or LibreOffice when the file
 * is opened (CSV injection). Such text is written with a leading apostrophe, which
 * spreadsheets show as plain text.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvRow = readonly (string | number | null)[];

/**
 * A whole CSV as Excel opens it correctly: UTF-8 with a byte-order mark, CRLF lines,
 * quoted where RFC 4180 needs it (csv-stringify), every text cell inert against formulas.
 */
export function csvFile(rows: readonly CsvRow[]): string {
  return stringify(rows as CsvRow[], {
    bom: true,
    record_delimiter: 'windows',
    // A line break inside a cell is quoted whichever kind it is (CRLF alone would be by default).
    quoted_match: /[\r\n]/,
    cast: { string: inertText },
  });
}
