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
