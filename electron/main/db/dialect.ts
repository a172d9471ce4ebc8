/**
 * The few statements that differ between SQLite and PostgreSQL ask this; the services
 * never do (they do not know which database they run on).
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DB } from './schema';

export function onServer(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
