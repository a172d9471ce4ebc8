import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { findOperator, listOperators } from '../../db/repos/operators';
import { PinLockout } from './lockout';
import { retireStaff, saveStaff, setStaffPin, switchOperator } from './staff';

type StaffMethods = 'operators.list' | 'operators.save' | 'operators.setArchived' | 'operators.setPin' | 'session.setOperator' | 'session.current';

/** Staff and who is at the desk. Which of these only a coordinator may call is in shared/staff.ts. */
export function staffHandlers(ctx: ServiceContext, lockout = new PinLockout()): Handlers<StaffMethods> {
  return {
    'operators.list': async (input, db) => listOperators(db, input.includeArchived),
    'operators.save': async (input, tx) => saveStaff(ctx, tx, input),
    'operators.setArchived': async (input, tx) => retireStaff(ctx, tx, input),
    'operators.setPin': async (input, tx) => setStaffPin(ctx, tx, input),
    'session.setOperator': async (input, tx) => switchOperator(ctx, tx, lockout, input),
    'session.current': async (_i, db) => (ctx.operatorId === null ? null : ((await findOperator(db, ctx.operatorId)) ?? null)),
  };
}
