import type { BookingStatus } from '../../../electron/shared/domain';

/** The tag colour of a booking's status, the same on the desk's board and in a contact's record. */
export const BOOKING_STATUS_COLOURS: Record<BookingStatus, string> = {
  requested: 'orange',
  confirmed: 'blue',
  checked_in: 'green',
  no_show: 'red',
  cancelled: 'default',
};

/** Its time has come and not passed, and it was not cancelled (a no-show's time is still running). */
export function isRunning(b: { status: BookingStatus; start: string; end: string }, now: string): boolean {
  return b.status !== 'cancelled' && b.start <= now && now < b.end;
}
