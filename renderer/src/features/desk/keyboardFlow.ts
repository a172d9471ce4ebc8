/**
 * What the desk's slot finder, quick booking and waitlist share: the keyboard flow from
 * field to field, and the shape of a search. Kept apart so none of them imports another
 * just for these.
 */
import type { FindSlotsInput } from '../../../../electron/shared/contract/desk';

/** The first field of the need: the site picker hands the keyboard on to it. */
export const DAY_FIELD = 'desk-find-day';

/** Keyboard flow: choosing with Enter moves on to the next field of the need. */
export function focusField(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** A search as the finder asked it (the waitlist keeps the same need). */
export type SlotSearch = Omit<FindSlotsInput, 'limit'>;
