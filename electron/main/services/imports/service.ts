/**
 * An import from the bytes of a file: read it (refusing hostile or broken files before
 * a row is looked at), find its columns, and check and write every row in the caller's
 * transaction. The preview runs this in a transaction that is rolled back, so it sees
 * exactly what the import would do; the import itself refuses the whole file if any row
 * has a problem, and nothing is written.
 */
import type { Kysely } from 'kysely';
import { MAX_IMPORT_BYTES, type ImportKind, type ImportResult } from '../../../shared/contract/imports';
import { AppError } from '../../../shared/errors';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';
import { readCsv, type TextEncoding } from './read/csv';
import { MAX_ROWS, refused } from './read/limits';
import { formatOf, type FileFormat } from './read/sniff';
import { readTable, type Table } from './read/table';
import { readWorkbook } from './read/workbook';
import { bookingsKind, importBookings } from './kinds/bookings';
import { contactsKind, importContacts } from './kinds/contacts';
import { importOrganisations, organisationsKind } from './kinds/organisations';
import { importSpaces, spacesKind } from './kinds/spaces';
import type { Choices, ImportKindSpec, RowCheck } from './rows';

export const KINDS: Record<ImportKind, ImportKindSpec> = {
  contacts: contactsKind,
  organisations: organisationsKind,
  spaces: spacesKind,
  bookings: bookingsKind,
};

export interface ImportFile {
  kind: ImportKind;
  fileName: string;
  data: string;
}

export interface ReadFile {
  kind: ImportKind;
  format: FileFormat;
  encoding: TextEncoding | null;
  table: Table;
}

/** The file's rows under its columns; throws a refusal in words for a file that cannot be trusted or read. */
export async function readImportFile(file: ImportFile): Promise<ReadFile> {
  const bytes = Buffer.from(file.data, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw refused('file_too_big', 'The file is too big', { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  const format = formatOf(file.fileName, bytes);
  const csv = format === 'csv' ? readCsv(bytes) : null;
  const grid = csv ?? (await readWorkbook(bytes));
  const spec = KINDS[file.kind];
  const table = readTable(grid, spec.columns, { ...spec.example['zh-CN'] });
  // The English template's example row too.
  const enExample = spec.example.en;
  table.rows = table.rows.filter((r) => {
    const isExample = Object.entries(enExample).every(([k, v]) => !(k in r.cells) || String(r.cells[k] ?? '').trim() === v);
    if (isExample) table.skipped.push({ line: r.line, reason: 'example' });
    return !isExample;
  });
  if (table.rows.length > MAX_ROWS) throw refused('too_many_rows', `More than ${MAX_ROWS} rows`, { max: MAX_ROWS, found: table.rows.length });
  return { kind: file.kind, format, encoding: csv?.encoding ?? null, table };
}

async function checkRows(ctx: ServiceContext, tx: Kysely<DB>, file: ReadFile, choices: Choices): Promise<RowCheck[]> {
  const rows = file.table.rows;
  switch (file.kind) {
    case 'contacts':
      return importContacts(ctx, tx, rows, choices);
    case 'organisations':
      return importOrganisations(ctx, tx, rows, choices);
    case 'spaces':
      return importSpaces(ctx, tx, rows, choices);
    case 'bookings':
      return importBookings(ctx, tx, rows);
  }
}

/** Check (and write, in `tx`) every row of a file already read. */
export async function runImport(ctx: ServiceContext, tx: Kysely<DB>, file: ReadFile, choices: Choices): Promise<ImportResult> {
  const checks = file.table.missing.length ? [] : await checkRows(ctx, tx, file, choices);
  const rows = checks.map((c) => c.result());
  const count = (a: string) => rows.filter((r) => r.action === a).length;
  return {
    kind: file.kind,
    format: file.format,
    encoding: file.encoding,
    columns: file.table.found,
    missingColumns: file.table.missing,
    skippedLines: file.table.skipped.sort((a, b) => a.line - b.line),
    rows,
    counts: { rows: rows.length, create: count('create'), update: count('update'), skip: count('skip'), error: count('error') },
  };
}

/** The import would leave something out or break a rule: it is refused as a whole. */
export function refuseIfProblems(result: ImportResult): void {
  if (result.missingColumns.length) {
    throw new AppError('validation', 'import.missing_columns', 'Required columns are missing', { params: { count: result.missingColumns.length } });
  }
  const bad = result.rows.filter((r) => r.action === 'error');
  if (bad.length) {
    throw new AppError('validation', 'import.has_problems', `${bad.length} rows have problems; nothing was imported`, {
      params: { count: bad.length, line: bad[0].line },
    });
  }
  if (result.rows.length === 0) throw new AppError('validation', 'import.no_rows', 'The file has no rows to import');
}
