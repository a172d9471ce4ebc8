/**
 * Named staff: add, rename, change role, retire and bring back, and a coordinator's PIN.
 * A retired person leaves the switcher but keeps their row, so the audit log still names
 * them; the office always keeps one active coordinator.
 */
import type { Kysely } from 'kysely';
import type { Operator } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import {
  countActiveCoordinators,
  findActiveByName,
  findOperator,
  readPinHash,
  saveOperator,
  setOperatorArchived,
  setPinHash,
} from '../../db/repos/operators';
import type { DB } from '../../db/schema';
import { auditedArchive, auditedSave, auditedWrite, type ServiceContext } from '../context';
import { required } from '../not-found';
import type { PinLockout } from './lockout';
import { hashPin, pinMatches } from './pin';

async function requireUniqueName(tx: Kysely<DB>, name: string, except?: number): Promise<void> {
  const other = await findActiveByName(tx, name, except);
  if (other) {
    throw new AppError('validation', 'operator.name_taken', `${name} is already on the staff`, {
      params: { name },
      fields: [{ path: 'name', code: 'name_taken' }],
    });
  }
}

/** The last active coordinator may not stop being one: nobody could manage the staff afterwards. */
async function keepOneCoordinator(tx: Kysely<DB>, op: Operator): Promise<void> {
  if (op.role === 'coordinator' && !op.archived && (await countActiveCoordinators(tx, op.id)) === 0) {
    throw new AppError('validation', 'operator.last_coordinator', 'The last coordinator cannot be retired or made desk staff', {
      params: { name: op.name },
    });
  }
}

export async function saveStaff(ctx: ServiceContext, tx: Kysely<DB>, input: { id?: number; name: string; role: Operator['role'] }): Promise<Operator> {
  const before = input.id === undefined ? undefined : required(await findOperator(tx, input.id), 'operator', input.id);
  if (!before?.archived) await requireUniqueName(tx, input.name, input.id);
  if (before && input.role !== 'coordinator') await keepOneCoordinator(tx, before);
  return auditedSave(ctx, tx, 'operator', input.id, findOperator, async (tx) => {
    const id = await saveOperator(tx, input);
    // A PIN guards the coordinator role; desk staff have none.
    if (input.role === 'desk') await setPinHash(tx, id, null);
    return id;
  });
}

export async function retireStaff(ctx: ServiceContext, tx: Kysely<DB>, input: { id: number; archived: boolean }): Promise<Operator> {
  const op = required(await findOperator(tx, input.id), 'operator', input.id);
  if (input.archived) {
    if (ctx.operatorId === op.id) {
      throw new AppError('validation', 'operator.retire_self', 'Switch to someone else before retiring yourself', { params: { name: op.name } });
    }
    await keepOneCoordinator(tx, op);
  } else {
    await requireUniqueName(tx, op.name, op.id);
  }
  return auditedArchive(ctx, tx, 'operator', input, findOperator, setOperatorArchived);
}

export async function setStaffPin(ctx: ServiceContext, tx: Kysely<DB>, input: { id: number; pin: string | null }): Promise<Operator> {
  const op = required(await findOperator(tx, input.id), 'operator', input.id);
  if (input.pin !== null && op.role !== 'coordinator') {
    throw new AppError('validation', 'operator.pin_desk', 'Only a coordinator has a PIN', { params: { name: op.name } });
  }
  // The audit row shows hasPin before and after, never the hash.
  return auditedWrite(ctx, tx, 'operator', input.pin === null ? 'clear_pin' : 'set_pin', op.id, findOperator, async (tx) => {
    await setPinHash(tx, op.id, input.pin === null ? null : hashPin(input.pin));
    return op.id;
  });
}

/** Who is at the desk now. A coordinator with a PIN needs it; wrong tries in a row lock them a while. */
export async function switchOperator(ctx: ServiceContext, tx: Kysely<DB>, lockout: PinLockout, input: { operatorId: number; pin?: string }): Promise<Operator> {
  const op = required(await findOperator(tx, input.operatorId), 'operator', input.operatorId);
  if (op.archived) throw new AppError('validation', 'operator.archived', 'This operator is archived');
  const hash = op.role === 'coordinator' ? await readPinHash(tx, op.id) : null;
  if (hash !== null) {
    lockout.check(op.id);
    if (input.pin === undefined) throw new AppError('permission', 'operator.pin_required', 'This coordinator needs a PIN', { params: { name: op.name } });
    if (!pinMatches(input.pin, hash)) lockout.wrong(op.id);
    lockout.right(op.id);
  }
  ctx.operatorId = op.id;
  return op;
}
