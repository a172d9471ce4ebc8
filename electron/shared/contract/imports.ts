/**
 * Import from Excel and CSV (导入): a template per kind, a preview of every row with its
 * problems in words and its duplicates, and the import itself, all rows in one
 * transaction or none. The renderer reads the file the user picked or dropped and
 * sends its bytes; the main process never opens a path the renderer names.
 */
import { z } from 'zod';
import { id } from '../domain';

export const IMPORT_KINDS = ['contacts', 'organisations', 'spaces', 'bookings'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const LANGUAGES = ['zh-CN', 'en'] as const;

/** The largest file accepted: a 50,000-row sheet is about 3 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

export const importFile = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().trim().min(1, 'required').max(255, 'too_long'),
  /** The file's bytes, base64; at most MAX_IMPORT_BYTES. */
  data: z.string().max(MAX_BASE64, 'file_too_big').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});

const params = z.record(z.string(), z.union([z.string(), z.number()]));
/** One problem or remark about a row, in a column (null: the row as a whole); `code` is an i18n key under errors. */
export const cellProblem = z.object({ column: z.string().nullable(), code: z.string(), params });
export type CellProblem = z.infer<typeof cellProblem>;

export const DUPLICATE_ACTIONS = ['skip', 'update'] as const;
export const ROW_ACTIONS = ['create', 'update', 'skip', 'error'] as const;

export const importRow = z.object({
  line: z.number().int(),
  /** The row's values as read, by column key, for the preview table. */
  values: z.record(z.string(), z.string()),
  action: z.enum(ROW_ACTIONS),
  /** An existing record this row repeats: why it counts as the same, and which one. */
  duplicate: z.object({ reason: z.enum(['phone', 'name_organisation', 'name']), id, label: z.string() }).nullable(),
  problems: z.array(cellProblem),
  /** Not errors: what the import will do besides the row (a new organisation, a holiday skipped). */
  notices: z.array(cellProblem),
});
export type ImportRow = z.infer<typeof importRow>;

const counts = z.object({ rows: z.number().int(), create: z.number().int(), update: z.number().int(), skip: z.number().int(), error: z.number().int() });

export const importResult = z.object({
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(['xlsx', 'csv']),
  /** For a CSV: the encoding it was read in (found without asking). */
  encoding: z.enum(['utf-8', 'gb18030']).nullable(),
  columns: z.array(z.string()),
  missingColumns: z.array(z.string()),
  skippedLines: z.array(z.object({ line: z.number().int(), reason: z.enum(['note', 'example']) })),
  rows: z.array(importRow),
  counts,
});
export type ImportResult = z.infer<typeof importResult>;

const choices = {
  /** What to do with a row that repeats an existing record, unless the row says otherwise. */
  duplicates: z.enum(DUPLICATE_ACTIONS).default('skip'),
  /** Per-row choices for duplicates, by line number. */
  rowChoices: z.array(z.object({ line: z.number().int().min(1), action: z.enum(DUPLICATE_ACTIONS) })).max(50_000).default([]),
};

export const importsContract = {
  /**
   * Read the file and check every row exactly as the import would (inside a transaction
   * that is rolled back), so the preview names every problem and nothing is written.
   */
  'imports.preview': { kind: 'read', input: importFile.extend(choices), output: importResult },
  /** Import every row as previewed, in one transaction; refused as a whole if any row has a problem. */
  'imports.apply': { kind: 'write', input: importFile.extend(choices), output: importResult },
  /** Save the template of a kind (headers, a note line, one example row) where the user chooses. */
  'imports.template': {
    kind: 'read',
    input: z.object({ kind: z.enum(IMPORT_KINDS), language: z.enum(LANGUAGES).default('zh-CN') }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;
