/**
 * The front desk: find a free slot and book it, today's overview, approvals,
 * check-in and no-shows, the waitlist, the audit log and the desk's settings.
 */
import { z } from 'zod';
import { BOOKING_STATUSES, FAMILY_RELATIONS, booking, bookingView, contact, dateString, familyHold, hhmmString, id } from '../domain';
import { diffMinutes } from '../time';

/** The longest range the slot finder searches in one question (a month). */
export const MAX_SLOT_SEARCH_DAYS = 31;

export const findSlotsInput = z
  .object({
    siteId: id,
    from: dateString,
    /** Exclusive. */
    to: dateString,
    durationMinutes: z.number().int().min(15, 'min').max(24 * 60, 'max'),
    headCount: z.number().int().min(1, 'min').max(2000, 'max'),
    /** The slot starts at or after this time of day. */
    earliest: hhmmString.optional(),
    /** The slot ends at or before this time of day. */
    latest: hhmmString.optional(),
    amenities: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
    /** Only slots inside this audience's plan windows (on days the space has a plan). */
    audienceId: id.optional(),
    /** A partner group may use the windows standing for it. */
    organisationId: id.optional(),
    spaceIds: z.array(id).max(500).optional(),
    limit: z.number().int().min(1).max(500).default(50),
  })
  .refine((i) => i.from < i.to, { message: 'start_before_end', path: ['to'] })
  .refine((i) => diffMinutes(`${i.from}T00:00`, `${i.to}T00:00`) <= MAX_SLOT_SEARCH_DAYS * 1440, {
    message: 'range_too_long',
    path: ['to'],
  })
  .refine((i) => !i.earliest || !i.latest || i.earliest < i.latest, { message: 'start_before_end', path: ['latest'] });
export type FindSlotsInput = z.output<typeof findSlotsInput>;

export const freeSlot = z.object({
  spaceId: id,
  spaceName: z.string(),
  spaceNameEn: z.string(),
  start: z.string(),
  end: z.string(),
  capacity: z.number().int(),
  mode: z.enum(['exclusive', 'shared']),
  /** Places still free in the slot (the capacity minus the peak of groups already there). */
  freePlaces: z.number().int(),
  /** Booking it creates a request that a coordinator approves. */
  needsApproval: z.boolean(),
  /** The plan window the slot lies in, if any. */
  windowAudienceId: id.nullable(),
  /** No holiday data for that year: the desk should double-check the day. */
  unknownYear: z.boolean(),
});
export type FreeSlot = z.infer<typeof freeSlot>;

/**
 * A search's free slots laid out like a room finder: per space, per day of the search, the
 * day's opening hours, what is booked there (its own bookings and its family's: 全场占用 /
 * 半场占用), and the free stretches: runs of the slots the rules accept, each slot listed,
 * so the desk books exactly what the finder offered.
 */
const boardSlot = z.object({
  start: z.string(),
  end: z.string(),
  freePlaces: z.number().int(),
  windowAudienceId: id.nullable(),
});
export const boardStretch = z.object({
  /** From the first slot's start to the last one's end. */
  start: z.string(),
  end: z.string(),
  /** Every slot of the stretch, by start (one per step of the space's slot grid). */
  slots: z.array(boardSlot).min(1),
});
export type BoardStretch = z.infer<typeof boardStretch>;
const boardBusy = z.object({
  start: z.string(),
  end: z.string(),
  title: z.string(),
  /** `own`: the space's own booking; otherwise its family's (see familyHold). */
  hold: z.enum(['own', ...FAMILY_RELATIONS]),
});
const boardDay = z.object({
  date: z.string(),
  /** Opening hours that weekday; null when the space does not open. */
  open: z.string().nullable(),
  close: z.string().nullable(),
  closed: z.object({ kind: z.enum(['closure', 'holiday']), reason: z.string() }).nullable(),
  unknownYear: z.boolean(),
  busy: z.array(boardBusy),
  stretches: z.array(boardStretch),
});
export type BoardDay = z.infer<typeof boardDay>;
const boardSpace = z.object({
  spaceId: id,
  spaceName: z.string(),
  spaceNameEn: z.string(),
  capacity: z.number().int(),
  mode: z.enum(['exclusive', 'shared']),
  needsApproval: z.boolean(),
  /** Every day of the search, in order. */
  days: z.array(boardDay),
});
export type BoardSpace = z.infer<typeof boardSpace>;

const todaySpace = z.object({
  spaceId: id,
  spaceName: z.string(),
  spaceNameEn: z.string(),
  color: z.string(),
  /** Today's opening hours, null when closed on this weekday. */
  open: z.string().nullable(),
  close: z.string().nullable(),
  closed: z.object({ kind: z.enum(['closure', 'holiday']), reason: z.string() }).nullable(),
  bookings: z.array(bookingView),
  /** Bookings of the whole it is part of, or of its parts, that occupy it today (全场占用 / 半场占用). */
  held: z.array(familyHold),
  /** Running now. */
  current: z.array(bookingView),
  /** The next booking to start today. */
  next: bookingView.nullable(),
  /** Started, not checked in yet, still within the booking. */
  late: z.array(bookingView),
});

const approvalItem = bookingView.extend({ siteName: z.string(), createdByName: z.string().nullable() });

const historyItem = z.object({
  id,
  spaceName: z.string(),
  siteName: z.string(),
  start: z.string(),
  end: z.string(),
  title: z.string(),
  headCount: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
  cancelReason: z.string().nullable(),
});

export const waitlistInput = z
  .object({
    siteId: id,
    spaceId: id.nullable().default(null),
    contactId: id,
    from: dateString,
    to: dateString,
    earliest: hhmmString.default('00:00'),
    latest: hhmmString.default('24:00'),
    durationMinutes: z.number().int().min(15, 'min').max(24 * 60, 'max'),
    headCount: z.number().int().min(1, 'min').max(2000, 'max'),
    amenities: z.array(z.string().trim().min(1).max(40)).max(30).default([]),
    audienceId: id.nullable().default(null),
    note: z.string().trim().max(500, 'too_long').default(''),
  })
  .refine((i) => i.from < i.to, { message: 'start_before_end', path: ['to'] })
  .refine((i) => i.earliest < i.latest, { message: 'start_before_end', path: ['latest'] });
export type WaitlistInput = z.output<typeof waitlistInput>;

export const WAITLIST_STATUSES = ['waiting', 'booked', 'withdrawn'] as const;

export const waitlistEntry = z.object({
  id,
  siteId: id,
  spaceId: id.nullable(),
  contactId: id,
  contactName: z.string(),
  contactPhone: z.string(),
  from: z.string(),
  to: z.string(),
  earliest: z.string(),
  latest: z.string(),
  durationMinutes: z.number().int(),
  headCount: z.number().int(),
  amenities: z.array(z.string()),
  audienceId: id.nullable(),
  note: z.string(),
  status: z.enum(WAITLIST_STATUSES),
  createdAt: z.string(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntry>;

export const waitlistOffer = z.object({
  id,
  entry: waitlistEntry,
  /** The cancelled booking that freed the slot. */
  freedBookingId: id,
  spaceId: id,
  spaceName: z.string(),
  start: z.string(),
  end: z.string(),
  createdAt: z.string(),
});
export type WaitlistOffer = z.infer<typeof waitlistOffer>;

export const deskSettings = z.object({
  /** Minutes after the start a confirmed booking waits for check-in before it is a no-show. */
  noShowGraceMinutes: z.number().int().min(5, 'min').max(240, 'max'),
});
export type DeskSettings = z.infer<typeof deskSettings>;

const auditRow = z.object({
  id,
  at: z.string(),
  operatorId: id.nullable(),
  operatorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const deskContract = {
  /** Free slots across the spaces of a site that fit the need, best first. */
  'desk.findSlots': { kind: 'read', input: findSlotsInput, output: z.array(freeSlot) },
  /**
   * The same search as desk.findSlots, every day of it, per space (the space with the best
   * slot first): for the desk's room finder. Spaces with nothing free are left out.
   */
  'desk.slotBoard': { kind: 'read', input: findSlotsInput, output: z.object({ spaces: z.array(boardSpace) }) },
  /** The site's day at a glance: per space what runs now, what is next, who is late. */
  'desk.today': {
    kind: 'read',
    input: z.object({ siteId: id, date: dateString.optional() }),
    output: z.object({ date: z.string(), now: z.string(), graceMinutes: z.number().int(), spaces: z.array(todaySpace) }),
  },
  /** Confirmed bookings not checked in within the grace period become no-shows. */
  'desk.markNoShows': {
    kind: 'write',
    input: z.object({ siteId: id.optional() }).default({}),
    output: z.object({ marked: z.array(id) }),
  },
  'approvals.list': { kind: 'read', input: z.object({ siteId: id.optional() }).default({}), output: z.array(approvalItem) },
  'bookings.approve': { kind: 'write', input: z.object({ id }), output: booking },
  'bookings.decline': { kind: 'write', input: z.object({ id, reason: z.string().trim().min(1, 'required').max(200, 'too_long') }), output: booking },
  'bookings.checkIn': { kind: 'write', input: z.object({ id }), output: booking },
  'bookings.undoCheckIn': { kind: 'write', input: z.object({ id }), output: booking },
  /** A contact's bookings, newest first, with how often they did not come. */
  'contacts.history': {
    kind: 'read',
    input: z.object({ contactId: id, limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({
      contact,
      bookings: z.array(historyItem),
      counts: z.object({ total: z.number().int(), checkedIn: z.number().int(), noShow: z.number().int(), cancelled: z.number().int() }),
    }),
  },
  'waitlist.add': { kind: 'write', input: waitlistInput, output: waitlistEntry },
  'waitlist.list': {
    kind: 'read',
    input: z.object({ siteId: id.optional(), includeClosed: z.boolean().default(false) }).default({ includeClosed: false }),
    output: z.array(waitlistEntry),
  },
  /** Close an entry: the person was booked, or no longer waits. */
  'waitlist.remove': {
    kind: 'write',
    input: z.object({ id, outcome: z.enum(['booked', 'withdrawn']).default('withdrawn') }),
    output: waitlistEntry,
  },
  /** Slots freed by cancellations that match someone waiting, still in the future. */
  'waitlist.offers': { kind: 'read', input: z.object({ siteId: id.optional() }).default({}), output: z.array(waitlistOffer) },
  /** The audit log, newest first; coordinators only. */
  'audit.list': {
    kind: 'read',
    input: z
      .object({
        operatorId: id.optional(),
        entity: z.string().trim().max(40).optional(),
        entityId: id.optional(),
        action: z.string().trim().max(40).optional(),
        from: dateString.optional(),
        /** Exclusive. */
        to: dateString.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .default({ offset: 0, limit: 50 }),
    output: z.object({ total: z.number().int(), rows: z.array(auditRow) }),
  },
  'settings.get': { kind: 'read', input: z.object({}).default({}), output: deskSettings },
  'settings.save': { kind: 'write', input: deskSettings, output: deskSettings },
} as const;
