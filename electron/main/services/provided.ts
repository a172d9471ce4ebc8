/**
 * What the app gives a backend from outside the services (a printer, a save dialog, the
 * backups, where data is kept), one per backend's context: the services must not import
 * Electron, so the app provides these and tests provide their own. Without one, a
 * method that needs it answers with `missing()` in words instead of failing silently.
 */
import type { AppError } from '../../shared/errors';
import type { ServiceContext } from './context';

export function providedPerContext<T>(missing: () => AppError): { provide(ctx: ServiceContext, value: T): void; of(ctx: ServiceContext): T } {
  const values = new WeakMap<ServiceContext, T>();
  return {
    provide: (ctx, value) => void values.set(ctx, value),
    of(ctx) {
      const value = values.get(ctx);
      if (value === undefined) throw missing();
      return value;
    },
  };
}
