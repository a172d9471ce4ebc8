/**
 * What an import accepts before it reads a single row. A real office's contact list is
 * a few thousand lines and a few hundred kilobytes; these limits leave room for ten
 * times that and refuse what can only be a mistake or an attack.
 */
import { AppError, type ErrorParams } from '../../../../shared/errors';

/** Rows of data in one file (header and blank lines not counted). */
export const MAX_ROWS = 50_000;
/** Entries in an .xlsx (a real workbook has 10–40: sheets, styles, themes). */
export const MAX_ZIP_ENTRIES = 2_000;
/** What all entries of an .xlsx may unpack to together. */
export const MAX_UNPACKED_BYTES = 300 * 1024 * 1024;
/** How much an entry may grow when unpacked; spreadsheet XML packs 5–30 times, a zip bomb thousands of times. */
export const MAX_RATIO = 200;
/** Entries smaller than this are not held to the ratio (tiny files pack oddly). */
export const RATIO_FREE_BYTES = 1024 * 1024;

/** A file refused as a whole: nothing was read from it, nothing written. */
export function refused(code: string, message: string, params: ErrorParams = {}): AppError {
  return new AppError('validation', `import.${code}`, message, { params });
}
