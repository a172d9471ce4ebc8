/**
 * Moving a whole database between a file and the server, in either direction: every
 * table copied in the order its references need, ids kept, into a target that holds
 * no data of its own, all in one transaction of the target (a failure leaves it as it
 * was), and the counts of every table compared at the end. The source is only read.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import type { Connection } from './connection';
import type { DB } from './schema';
import { insertRows } from './repos/many-rows';
import { onServer } from './dialect';
import { sql } from 'kysely';

/**
 * Every table, parents before children. tests/unit/transfer.test.ts fails when a table
 * of the schema is missing here, so a new table cannot be left behind by a move.
 */
export const TRANSFER_ORDER = [
  'sites',
  'spaces',
  'audiences',
  'organisations',
  'contacts',
  'operators',
  'plans',
  'plan_windows',
  'calendar_years',
  'calendar_days',
  'holiday_policies',
  'closures',
  'series',
  'bookings',
  'series_exceptions',
  'audit_log',
  'waitlist',
  'waitlist_offers',
  'settings',
] as const satisfies readonly (keyof DB)[];

/** Tables whose rows are the office's own data: the target must have none. */
const DATA_TABLES = ['sites', 'spaces', 'contacts', 'bookings', 'operators'] as const;

/** Columns a database computes itself (the server's guard span), never copied. */
const COMPUTED = new Set(['guard_span']);

const ROWS_PER_READ = 2000;

export interface TransferProgress {
  table: string;
  done: number;
  total: number;
}

export type TableCounts = Record<string, number>;

export async function tableCounts(db: Kysely<DB>): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of TRANSFER_ORDER) {
    const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(r.n);
  }
  return counts;
}

/** Refuses a target that already holds an office's data (sites, spaces, contacts, bookings, operators). */
export async function assertEmptyTarget(db: Kysely<DB>): Promise<void> {
  for (const table of DATA_TABLES) {
    const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(r.n) > 0) {
      const bookings = await db.selectFrom('bookings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      throw new AppError('validation', 'db.server_not_empty', 'The target database already holds data.', { params: { bookings: Number(bookings.n) } });
    }
  }
}

/** Spaces whose parent is copied first (a court before its halves), whatever their ids. */
function parentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  let left = rows;
  while (left.length > 0) {
    const next = left.filter((r) => r.parent_id !== null && !placed.has(r.parent_id));
    const ready = left.filter((r) => !next.includes(r));
    if (ready.length === 0) throw new Error('spaces form a cycle of parents');
    for (const r of ready) {
      placed.add(r.id);
      out.push(r);
    }
    left = next;
  }
  return out;
}

/**
 * Copies everything from `source` into `target` (both open and migrated to the same
 * version). The target is emptied of the rows its migrations wrote (the shipped
 * holidays) and receives the source's; its reference stamp is renewed so no desk's
 * cache mistakes it for another database. Returns the counts, equal on both sides.
 */
export async function copyDatabase(
  source: Connection,
  target: Connection,
  onProgress: (p: TransferProgress) => void = () => {},
): Promise<TableCounts> {
  if (source.migration.to !== target.migration.to) throw new Error('source and target are at different schema versions');
  const expected = await tableCounts(source.db);
  return target.transaction(async (tx) => {
    await assertEmptyTarget(tx);
    for (const table of [...TRANSFER_ORDER].reverse()) await tx.deleteFrom(table).execute();
    for (const table of TRANSFER_ORDER) {
      const total = expected[table];
      onProgress({ table, done: 0, total });
      let done = 0;
      // The whole table in memory only for spaces (a few hundred rows); others go by pages of ids.
      const ordered = table === 'spaces' || table === 'settings' || table === 'calendar_years' || table === 'calendar_days' || table === 'holiday_policies';
      if (ordered) {
        let rows = (await source.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
        if (table === 'spaces') rows = parentsFirst(rows);
        await writeRows(tx, table, rows);
        done = rows.length;
      } else {
        let after = 0;
        for (;;) {
          const rows = (await source.db
            .selectFrom(table as 'bookings')
            .selectAll()
            .where('id', '>', after)
            .orderBy('id')
            .limit(ROWS_PER_READ)
            .execute()) as Record<string, unknown>[];
          if (rows.length === 0) break;
          await writeRows(tx, table, rows);
          after = rows[rows.length - 1].id as number;
          done += rows.length;
          onProgress({ table, done, total });
        }
      }
      onProgress({ table, done, total });
    }
    if (onServer(tx)) await followIdentities(tx);
    await sql`UPDATE reference_stamp SET stamp = ${Math.floor(Math.random() * 9007199254740991)} WHERE id = 1`.execute(tx);
    const copied = await tableCounts(tx);
    const differing = TRANSFER_ORDER.filter((t) => copied[t] !== expected[t]);
    if (differing.length > 0) {
      throw new AppError('internal', 'internal', `Counts differ after the copy: ${differing.map((t) => `${t} ${expected[t]} -> ${copied[t]}`).join(', ')}`);
    }
    return copied;
  });
}

async function writeRows(tx: Kysely<DB>, table: keyof DB, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).filter((c) => !COMPUTED.has(c));
  await insertRows(tx, table, columns, rows.map((r) => columns.map((c) => r[c])));
}

/** After rows came with their ids, each identity continues after the largest. */
async function followIdentities(tx: Kysely<DB>): Promise<void> {
  for (const table of TRANSFER_ORDER) {
    if (table === 'calendar_years' || table === 'calendar_days' || table === 'holiday_policies' || table === 'settings') continue;
    // Table names come from the constant list above, never from input.
    await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(table)}), 0) + 1, false)`.execute(tx);
  }
}
