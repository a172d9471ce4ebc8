/**
 * Many rows of one table in a statement per few hundred, without the query builder.
 * Saving a two-year series writes a hundred bookings and as many audit rows; the query
 * builder parses and compiles every value of every row first, which cost more than the
 * insert itself. The statement's text depends only on the table, its column list (both
 * constants of the calling repository, never input) and the number of rows, so it is
 * built once per row count and its prepared statement is reused; every value is bound.
 */
import { CompiledQuery, type Kysely } from 'kysely';
import type { DB } from '../schema';
import { onServer } from '../dialect';

const texts = new Map<string, string>();

function insertText(table: string, columns: readonly string[], rows: number, numbered: boolean): string {
  const key = `${table}|${columns.join(',')}|${rows}|${numbered}`;
  let text = texts.get(key);
  if (!text) {
    // SQLite binds `?` in order; PostgreSQL numbers its parameters ($1, $2, ...).
    let n = 0;
    const values = Array.from({ length: rows }, () => `(${columns.map(() => (numbered ? `$${++n}` : '?')).join(', ')})`);
    text = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`;
    texts.set(key, text);
  }
  return text;
}

/** Rows per statement: far below SQLite's limit of 32,766 bound values (and PostgreSQL's 65,535) for the widest table. */
const ROWS_PER_STATEMENT = 200;

/** Insert rows given as value lists in the order of `columns`. */
export async function insertRows(db: Kysely<DB>, table: keyof DB, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  const numbered = onServer(db);
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await db.executeQuery(CompiledQuery.raw(insertText(table, columns, chunk.length, numbered), chunk.flat()));
  }
}
