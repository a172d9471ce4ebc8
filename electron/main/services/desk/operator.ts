import type { Kysely } from 'kysely';
import { AppError } from '../../../shared/errors';
import { findOperator } from '../../db/repos/operators';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';

/** Approving, declining, the audit log and the settings are the coordinator's. */
export async function requireCoordinator(ctx: ServiceContext, db: Kysely<DB>): Promise<void> {
  if (ctx.operatorId === null) {
    throw new AppError('permission', 'operator.required', 'Choose who is at the desk first');
  }
  const op = await findOperator(db, ctx.operatorId);
  if (!op || op.role !== 'coordinator') {
    throw new AppError('permission', 'operator.coordinator_only', 'Only a coordinator may do this', {
      params: { operator: op?.name ?? '' },
    });
  }
}
