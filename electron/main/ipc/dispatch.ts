/**
 * Pure dispatch: validate the input against the contract, call the handler, and wrap
 * the result in an envelope. Nothing here knows about Electron, so the same function
 * serves ipcMain in the app and the Playwright bridge in end-to-end tests.
 */
import type { z } from 'zod';
import { contract, isMethod } from '../../shared/contract';
import { AppError, type Envelope } from '../../shared/errors';
import type { HandlerMap } from '../services/handlers';
import type { Store } from '../services/store';

export type Dispatch = (method: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Check outputs against the contract too (tests); costs time on big results. */
  checkOutput?: boolean;
  log?: (message: string, error: unknown) => void;
}

/** zod messages we set ourselves are short codes (`required`, `phone`); others fall back to the issue code. */
function fieldCode(issue: z.core.$ZodIssue): string {
  return /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code;
}

function validationError(error: z.ZodError): AppError {
  const fields = error.issues.map((i) => {
    const params: Record<string, number | string> = {};
    // Our own checks (a date that does not exist, a year out of range) carry their numbers here.
    if (i.code === 'custom' && i.params) {
      for (const [k, v] of Object.entries(i.params)) if (typeof v === 'number' || typeof v === 'string') params[k] = v;
    }
    if ('minimum' in i && (typeof i.minimum === 'number' || typeof i.minimum === 'bigint')) params.min = Number(i.minimum);
    if ('maximum' in i && (typeof i.maximum === 'number' || typeof i.maximum === 'bigint')) params.max = Number(i.maximum);
    return { path: i.path.join('.'), code: fieldCode(i), params };
  });
  const first = fields[0];
  return new AppError('validation', 'validation.invalid_input', `Invalid input at ${first?.path || '(root)'}: ${first?.code}`, {
    fields,
    params: { field: first?.path ?? '', code: first?.code ?? '' },
  });
}

export function createDispatch(handlers: HandlerMap, store: Store, opts: DispatchOptions = {}): Dispatch {
  return async (method, input) => {
    if (!isMethod(method)) {
      return { ok: false, error: new AppError('validation', 'validation.unknown_method', 'Unknown method').toData() };
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(input ?? undefined);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toData() };
    try {
      const handler = handlers[method] as (i: unknown, db: Store['db']) => Promise<unknown>;
      // Every write is one transaction, opened here and nowhere in the services.
      const value = spec.kind === 'write' ? await store.write((tx) => handler(parsed.data, tx)) : await handler(parsed.data, store.db);
      // (An 'operation' manages its own transactions, in the db layer.)
      if (opts.checkOutput) spec.output.parse(value);
      return { ok: true, value };
    } catch (e) {
      // A database error the user can act on (another desk busy, the server unreachable) is said in words.
      const known = e instanceof AppError ? e : store.explain(e);
      if (known) return { ok: false, error: known.toData() };
      opts.log?.(`IPC ${method} failed`, e);
      // Never leak an exception text to the renderer: it is not in the user's language.
      return {
        ok: false,
        error: new AppError('internal', 'internal', 'Something went wrong; the change was not saved').toData(),
      };
    }
  };
}
