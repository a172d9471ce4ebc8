/**
 * Moving a whole database: the list of tables a move copies must name every table of
 * the schema, so a table added later cannot be left behind. (The move itself, file to
 * server and back, is proved on a real server in tests/unit/server/transfer.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { TRANSFER_ORDER } from '../../electron/main/db/transfer';
import { testBackend } from '../helpers/backend';

describe('moving a database', () => {
  it('copies every table of the schema', async () => {
    const t = await testBackend();
    const tables = (t.conn.sqlite!.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]).filter(
      // The stamp is renewed by a move, not copied.
      (n) => n !== 'reference_stamp',
    );
    expect([...TRANSFER_ORDER].sort()).toEqual(tables);
    await t.close();
  });
});
