/**
 * Open a booking in the booking dialog from anywhere: the header's search, a contact's
 * record. One dialog, mounted once in the shell (BookingDialogHost), so no screen needs
 * its own copy to show a booking it lists.
 */
import { useSyncExternalStore } from 'react';

let opened: number | null = null;
const listeners = new Set<() => void>();

function set(id: number | null): void {
  opened = id;
  listeners.forEach((l) => l());
}

export function openBooking(id: number): void {
  set(id);
}

export function closeOpenedBooking(): void {
  set(null);
}

/** The booking asked to be shown, or null. */
export function useOpenedBooking(): number | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => opened,
  );
}
