/**
 * The one place where a method is refused to anyone but a coordinator. Which methods
 * are the coordinator's is said in shared/staff.ts; createHandlers wraps each of them
 * here, so no feature checks roles on its own.
 */
import type { Kysely } from 'kysely';
import type { Method } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { isCoordinatorOnly } from '../../../shared/staff';
import { countActiveCoordinators, findOperator } from '../../db/repos/operators';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';
import type { HandlerMap } from '../handlers';

export async function requireCoordinator(ctx: ServiceContext, db: Kysely<DB>): Promise<void> {
  const op = ctx.operatorId === null ? undefined : await findOperator(db, ctx.operatorId);
  if (op && op.role === 'coordinator' && !op.archived) return;
  // A database without any coordinator (before its staff are set up) has nobody to keep
  // these for; its first coordinator is added through them.
  if ((await countActiveCoordinators(db)) === 0) return;
  if (!op) throw new AppError('permission', 'operator.required', 'Choose who is at the desk first');
  throw new AppError('permission', 'operator.coordinator_only', 'Only a coordinator may do this', { params: { operator: op.name } });
}

/** The handler map with every coordinator-only method checking who is at the desk first. */
export function guardCoordinatorOnly(ctx: ServiceContext, handlers: HandlerMap): HandlerMap {
  const guarded: Record<string, unknown> = { ...handlers };
  for (const method of Object.keys(handlers) as Method[]) {
    if (!isCoordinatorOnly(method)) continue;
    const handler = handlers[method] as (input: unknown, db: Kysely<DB>) => Promise<unknown>;
    guarded[method] = async (input: unknown, db: Kysely<DB>) => {
      await requireCoordinator(ctx, db);
      return handler(input, db);
    };
  }
  return guarded as HandlerMap;
}
