/**
 * Lost updates are refused, not made: an edit carries the version of the row it was
 * made from, and if another desk wrote the row since, the edit is refused in words that
 * name who changed it and when (from the audit log), so the user can reload and redo it.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../shared/errors';
import { lastChange } from '../db/repos/audit-log';
import type { DB } from '../db/schema';

export type VersionedEntity = 'booking' | 'series' | 'space' | 'plan' | 'contact';

export async function checkVersion(tx: Kysely<DB>, entity: VersionedEntity, id: number, current: number, given: number): Promise<void> {
  if (current === given) return;
  const last = await lastChange(tx, entity, id);
  const at = last?.at.replace('T', ' ') ?? '';
  const params = { entity, by: last?.operatorName ?? '', at, current, given };
  throw last?.operatorName
    ? new AppError('conflict', 'edit.stale', `Changed by ${last.operatorName} at ${at}; reload and try again`, { params })
    : new AppError('conflict', 'edit.stale_anonymous', `Changed by someone else at ${at}; reload and try again`, { params });
}
