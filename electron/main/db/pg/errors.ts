/**
 * What PostgreSQL and the network say, in the app's words. Everything the server or
 * the driver can throw at a desk passes here once, so the renderer sees the same error
 * codes on a server as on a file: a lost race is a conflict, a dead network is
 * "unreachable", and nothing reaches the user as an exception text.
 */
import { AppError } from '../../../shared/errors';

interface PgLikeError {
  code?: string;
  message?: string;
  detail?: string;
  constraint?: string;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const NETWORK_TEXTS = [/Connection terminated/i, /timeout exceeded when trying to connect/i, /Query read timeout/i, /Client has encountered a connection error/i, /connect ETIMEDOUT/i];

export function isConnectionLost(e: unknown): boolean {
  const err = e as PgLikeError | null;
  if (!err || typeof err !== 'object') return false;
  const code = err.code ?? '';
  // 57P01-03: the server shut down or is starting; class 08: connection exceptions.
  if (NETWORK_CODES.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
  return NETWORK_TEXTS.some((re) => re.test(err.message ?? ''));
}

export function unreachable(): AppError {
  return new AppError('conflict', 'db.unreachable', 'The shared server cannot be reached; nothing was saved. Stagger reconnects by itself.');
}

/** The error as the user should read it, or undefined when it is not the database's to explain. */
export function explainPgError(e: unknown): AppError | undefined {
  if (e instanceof AppError) return e;
  const err = e as PgLikeError | null;
  if (!err || typeof err !== 'object') return undefined;
  if (isConnectionLost(e)) return unreachable();
  switch (err.code) {
    // A deadlock, a serialisation failure or a lock held past lock_timeout: another desk was saving.
    case '40P01':
    case '40001':
    case '55P03':
      return new AppError('conflict', 'db.busy', 'Another desk is saving a change; try again in a moment. Nothing was saved.');
    // The statement ran past statement_timeout.
    case '57014':
      return new AppError('conflict', 'db.busy', 'The server took too long; nothing was saved.');
    default:
      return undefined;
  }
}

/**
 * The two spans of an exclusion violation (23P01), from the server's detail text:
 * `Key (space_id, guard_span)=(3, ["2026-11-24 09:00:00","2026-11-24 10:00:00")) conflicts
 * with existing key (space_id, guard_span)=(3, [...))`. The existing booking is then
 * looked up, so the refusal names it like the rule engine's own.
 */
export function exclusionConflict(e: unknown): { spaceId: number; from: string; to: string } | undefined {
  const err = e as PgLikeError | null;
  if (!err || err.code !== '23P01' || !err.detail) return undefined;
  const m = /existing key \(space_id, guard_span\)=\((\d+), \["([^"]+)","([^"]+)"\)\)/.exec(err.detail);
  if (!m) return { spaceId: 0, from: '', to: '' };
  const wall = (s: string) => s.slice(0, 16).replace(' ', 'T');
  return { spaceId: Number(m[1]), from: wall(m[2]), to: wall(m[3]) };
}
