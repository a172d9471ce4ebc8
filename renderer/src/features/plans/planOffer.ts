/**
 * An idle window the off-peak view hands to the plan editor, to be offered to another
 * audience: which space, which weekday and times, whose it is now and how little it was used.
 */
export interface IdleWindowOffer {
  spaceId: number;
  weekday: number;
  start: string;
  end: string;
  audienceId: number;
  /** Share of the window used in the period looked at, 0–100. */
  usedPercent: number;
}
