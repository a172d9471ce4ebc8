/**
 * One row under check: its values as read, its problems and notices, and what it will
 * do. Problems are codes under `errors.` with their parameters, so the renderer words
 * them in the user's language: 第 12 行「电话」：不是有效的手机号或座机号.
 */
import type { z } from 'zod';
import type { CellProblem, ImportRow } from '../../../shared/contract/imports';
import { AppError } from '../../../shared/errors';
import type { Cell } from './read/grid';
import type { ColumnSpec, TableRow } from './read/table';
import { textOf, type Parsed } from './read/values';

export type DuplicateChoice = 'skip' | 'update';

export interface Choices {
  duplicates: DuplicateChoice;
  rowChoices: { line: number; action: DuplicateChoice }[];
}

export class RowCheck {
  readonly line: number;
  readonly cells: Record<string, Cell>;
  readonly values: Record<string, string> = {};
  readonly problems: CellProblem[] = [];
  readonly notices: CellProblem[] = [];
  duplicate: ImportRow['duplicate'] = null;
  action: ImportRow['action'] = 'create';

  constructor(row: TableRow) {
    this.line = row.line;
    this.cells = row.cells;
    for (const [k, c] of Object.entries(row.cells)) this.values[k] = textOf(c);
  }

  text(column: string): string {
    return this.values[column] ?? '';
  }

  problem(column: string | null, code: string, params: Record<string, string | number> = {}): void {
    this.problems.push({ column, code, params });
  }

  notice(column: string | null, code: string, params: Record<string, string | number> = {}): void {
    this.notices.push({ column, code, params });
  }

  /** The parsed value, or undefined after recording why it could not be read. */
  take<T>(column: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.problem(column, parsed.code, parsed.params);
    return undefined;
  }

  get ok(): boolean {
    return this.problems.length === 0;
  }

  /** skip or update for a duplicate: the row's own choice, else the file's. */
  decide(choices: Choices): void {
    const own = choices.rowChoices.find((c) => c.line === this.line);
    this.action = own?.action ?? choices.duplicates;
  }

  result(): ImportRow {
    return {
      line: this.line,
      values: this.values,
      action: this.ok ? this.action : 'error',
      duplicate: this.duplicate,
      problems: this.problems,
      notices: this.notices,
    };
  }
}

/** zod's problems with a domain schema, on the columns they concern (the same rules as the forms). */
export function zodProblems(row: RowCheck, error: z.ZodError, columnOf: Record<string, string>): void {
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    const column = columnOf[field] ?? null;
    // A cell that could not be read is said once, not again by the schema.
    if (column !== null && row.problems.some((p) => p.column === column)) continue;
    const code = /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code;
    const params: Record<string, string | number> = {};
    if ('minimum' in issue && issue.minimum !== undefined) params.min = Number(issue.minimum);
    if ('maximum' in issue && issue.maximum !== undefined) params.max = Number(issue.maximum);
    row.problem(column, code === 'phone' ? 'import.phone' : `fields.${code}`, params);
  }
}

/** A rule's refusal (a clash, a closed day) as a problem of the row, naming what it clashes with. */
export function errorProblem(row: RowCheck, column: string | null, e: unknown): void {
  if (!(e instanceof AppError)) throw e;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(e.details.params ?? {})) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
  if (e.details.code === 'validation.invalid_input' && e.details.fields?.length) {
    row.problem(column, `fields.${e.details.fields[0].code}`, params);
    return;
  }
  row.problem(column, e.details.code, params);
}

/** Names compared as people type them: case, spaces and full-width forms do not matter. */
export function nameKey(s: string): string {
  // NFKC only where it changes something (full-width letters, digits, spaces): it is slow.
  return (/[\uFF01-\uFF5E\u3000]/.test(s) ? s.normalize('NFKC') : s).replace(/\s+/g, '').toLowerCase();
}

/** A lookup of choices (类型、使用方式) by any of their words. */
export function choiceOf<T extends string>(words: Record<T, string[]>, text: string): T | undefined {
  const k = nameKey(text);
  for (const [value, list] of Object.entries(words) as [T, string[]][]) {
    if (nameKey(value) === k || list.some((w) => nameKey(w) === k)) return value;
  }
  return undefined;
}

export interface ImportKindSpec {
  columns: ColumnSpec[];
  /** The template's example row in each language; left untouched in a file, it is skipped. */
  example: { 'zh-CN': Record<string, string>; en: Record<string, string> };
  /** The note line under the template's header. */
  note: { 'zh-CN': string; en: string };
}
