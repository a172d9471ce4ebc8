import type { Handlers } from '../handlers';
import { auditedSave, type ServiceContext } from '../context';
import { findOperator, listOperators, saveOperator } from '../../db/repos/operators';
import { required } from '../not-found';
import { AppError } from '../../../shared/errors';

type AppMethods = 'app.info' | 'operators.list' | 'operators.save' | 'session.setOperator' | 'session.current';

export function appHandlers(ctx: ServiceContext): Handlers<AppMethods> {
  return {
    'app.info': async () => {
      const now = ctx.now();
      return { version: ctx.appVersion, schemaVersion: ctx.schemaVersion, today: now.slice(0, 10), now };
    },
    'operators.list': async (input, db) => listOperators(db, input.includeArchived),
    'operators.save': async (input, tx) => auditedSave(ctx, tx, 'operator', input.id, findOperator, (tx) => saveOperator(tx, input)),
    'session.setOperator': async ({ operatorId }, tx) => {
      const op = required(await findOperator(tx, operatorId), 'operator', operatorId);
      if (op.archived) throw new AppError('validation', 'operator.archived', 'This operator is archived');
      ctx.operatorId = op.id;
      return op;
    },
    'session.current': async (_i, db) => (ctx.operatorId === null ? null : ((await findOperator(db, ctx.operatorId)) ?? null)),
  };
}
