import type { BookingStatus } from '../../../electron/shared/domain';

/** The tag colour of a booking's status, the same on the desk's board and in a contact's record. */
export const BOOKING_STATUS_COLOURS: Record<BookingStatus, string> = {
  requested: 'orange',
  confirmed: 'blue',
  checked_in: 'green',
  no_show: 'red',
  cancelled: 'default',
};
