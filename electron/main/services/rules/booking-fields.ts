import type { Booking } from '../../../shared/domain';

/** A booking as the rules see it: where, when, for whom, how many, and any override. */
export interface BookingFields {
  spaceId: number;
  start: string;
  end: string;
  title: string;
  contactId: number | null;
  organisationId: number | null;
  audienceId: number | null;
  headCount: number;
  note: string;
  /** Outside the audience's window on purpose; skips the window, head-count cap and quota rules. */
  overrideReason: string | null;
}

/**
 * An active booking as the rules read it: where and when it holds the space, its head
 * count and group (for shared capacity and quotas), and its title to name it in a clash.
 */
export type HeldBooking = Pick<Booking, 'id' | 'spaceId' | 'start' | 'end' | 'headCount' | 'organisationId' | 'audienceId' | 'title'>;
