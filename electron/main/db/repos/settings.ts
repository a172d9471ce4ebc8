import type { Kysely } from 'kysely';
import type { DB } from '../schema';

/** One stored setting, parsed from JSON; undefined when never saved. */
export async function readSetting(db: Kysely<DB>, key: string): Promise<unknown> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r === undefined ? undefined : (JSON.parse(r.value) as unknown);
}

export async function writeSetting(db: Kysely<DB>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}
