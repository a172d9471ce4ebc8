/**
 * Errors cross IPC as data, never as thrown strings. The set of kinds is closed:
 * the renderer switches on `kind` and shows `t('errors.' + code, params)`.
 */
export const ERROR_KINDS = [
  'validation',
  'conflict',
  'not_found',
  'outside_window',
  'closed',
  'holiday',
  'permission',
  'internal',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Values a message may interpolate; kept flat so they survive structured clone. */
export type ErrorParams = Record<string, string | number | boolean | null>;

export interface ErrorDetails {
  /** i18n key under `errors.` in the renderer, e.g. `booking.overlap`. */
  code: string;
  params?: ErrorParams;
  /** Field-level problems of a validation error: path -> i18n code. */
  fields?: { path: string; code: string; params?: ErrorParams }[];
  /** The bookings (or other rows) that caused a conflict, for the UI to name them. */
  conflicts?: ConflictRef[];
}

export interface ConflictRef {
  bookingId: number;
  title: string;
  spaceName: string;
  start: string;
  end: string;
}

export interface AppErrorData {
  kind: ErrorKind;
  /** English fallback text; the UI prefers the translated `details.code`. */
  message: string;
  details: ErrorDetails;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly details: ErrorDetails;
  constructor(kind: ErrorKind, code: string, message: string, extra: Omit<ErrorDetails, 'code'> = {}) {
    super(message);
    this.kind = kind;
    this.details = { code, ...extra };
  }
  toData(): AppErrorData {
    return { kind: this.kind, message: this.message, details: this.details };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
