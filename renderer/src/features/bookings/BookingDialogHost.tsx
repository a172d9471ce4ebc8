import { useMemo } from 'react';
import { BookingDialog } from './BookingDialog';
import { closeOpenedBooking, useOpenedBooking } from './openBooking';

/**
 * The shell's booking dialog, for bookings opened by openBooking (search results, a
 * contact's record). Above the search, drawers and the desk's dialogs it is opened from.
 */
const ABOVE_EVERYTHING = 1300;

export function BookingDialogHost() {
  const id = useOpenedBooking();
  const target = useMemo(() => (id === null ? null : { mode: 'edit' as const, bookingId: id }), [id]);
  return <BookingDialog target={target} onClose={closeOpenedBooking} zIndex={ABOVE_EVERYTHING} />;
}
