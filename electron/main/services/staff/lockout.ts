/**
 * Wrong PINs in a row lock that coordinator for a short while, so a PIN cannot be found
 * by trying at the desk. Kept in memory: a restart of the app clears it, which costs a
 * guesser a restart per few tries.
 */
import { AppError } from '../../../shared/errors';

export const PIN_TRIES = 3;
export const PIN_LOCK_SECONDS = 30;

interface Tries {
  wrong: number;
  lockedUntil: number;
}

export class PinLockout {
  private readonly tries = new Map<number, Tries>();

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /** Refuses while the operator is locked, saying for how many more seconds. */
  check(operatorId: number): void {
    const t = this.tries.get(operatorId);
    const left = t ? Math.ceil((t.lockedUntil - this.clock()) / 1000) : 0;
    if (left > 0) {
      throw new AppError('permission', 'operator.pin_locked', 'Too many wrong PINs; try again shortly', { params: { seconds: left } });
    }
  }

  /** A wrong PIN: counts it, locks after PIN_TRIES in a row, and says how many tries are left. */
  wrong(operatorId: number): never {
    const t = this.tries.get(operatorId) ?? { wrong: 0, lockedUntil: 0 };
    t.wrong += 1;
    if (t.wrong >= PIN_TRIES) {
      this.tries.set(operatorId, { wrong: 0, lockedUntil: this.clock() + PIN_LOCK_SECONDS * 1000 });
      throw new AppError('permission', 'operator.pin_locked', 'Too many wrong PINs; try again shortly', { params: { seconds: PIN_LOCK_SECONDS } });
    }
    this.tries.set(operatorId, t);
    throw new AppError('permission', 'operator.pin_wrong', 'Wrong PIN', { params: { left: PIN_TRIES - t.wrong } });
  }

  right(operatorId: number): void {
    this.tries.delete(operatorId);
  }
}
