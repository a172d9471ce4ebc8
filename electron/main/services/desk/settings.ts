import type { Kysely } from 'kysely';
import { deskSettings, type DeskSettings } from '../../../shared/contract/desk';
import { readSetting, writeSetting } from '../../db/repos/settings';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';

const KEY = 'desk';
export const DEFAULT_DESK_SETTINGS: DeskSettings = { noShowGraceMinutes: 15 };

/** The stored settings over the defaults; a value that no longer validates falls back to its default. */
export async function readDeskSettings(db: Kysely<DB>): Promise<DeskSettings> {
  const parsed = deskSettings.partial().safeParse(await readSetting(db, KEY));
  return { ...DEFAULT_DESK_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function saveDeskSettings(ctx: ServiceContext, tx: Kysely<DB>, next: DeskSettings): Promise<DeskSettings> {
  const before = await readDeskSettings(tx);
  await writeSetting(tx, KEY, next);
  const after = await readDeskSettings(tx);
  await audit(ctx, tx, 'update', 'settings', null, before, after);
  return after;
}
