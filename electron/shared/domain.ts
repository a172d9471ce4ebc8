/**
 * Domain schemas shared by main and renderer. The zod schemas are the source of
 * truth; the TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { canonicalAmenity } from './amenities';
import { DATE_RE, DATETIME_RE, HHMM_RE, MAX_YEAR, MIN_YEAR, inYearRange, isRealDate } from './time';

export const id = z.number().int().positive();

/**
 * A day or a moment on the wall clock, checked in one place for every method of the
 * contract, nested fields included: the exact shape (no seconds, no zone; string order
 * is time order only then), a day that exists, and a year within the range.
 */
function calendarString(re: RegExp, shape: 'date' | 'datetime') {
  return z.string().superRefine((s, ctx) => {
    if (!re.test(s)) ctx.addIssue({ code: 'custom', message: shape });
    else if (!isRealDate(s)) ctx.addIssue({ code: 'custom', message: 'date_invalid' });
    else if (!inYearRange(s)) ctx.addIssue({ code: 'custom', message: 'date_out_of_range', params: { min: MIN_YEAR, max: MAX_YEAR } });
  });
}
export const dateString = calendarString(DATE_RE, 'date');
export const dateTimeString = calendarString(DATETIME_RE, 'datetime');
export const hhmmString = z.string().regex(HHMM_RE, 'time');
/** The version of a row as the user last saw it; a write from an older one is refused. */
export const version = z.number().int().min(1);
/** A save with an id edits a row, and so carries the version it was made from. */
export const editCarriesVersion = (r: { id?: number; version?: number }) => r.id === undefined || r.version !== undefined;
export const versionRequired = { message: 'required', path: ['version'] };
export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour');
const name = z.string().trim().min(1, 'required').max(80, 'too_long');
const optionalText = (max: number) => z.string().trim().max(max, 'too_long').default('');

export const SPACE_KINDS = ['parlour', 'station', 'court', 'hall', 'kitchen', 'reading_room', 'room'] as const;
export const SPACE_MODES = ['exclusive', 'shared'] as const;
export const BOOKING_STATUSES = ['requested', 'confirmed', 'cancelled', 'checked_in', 'no_show'] as const;
/** Statuses that hold the room; cancelled and no-show bookings free it. */
export const ACTIVE_STATUSES = ['requested', 'confirmed', 'checked_in'] as const;
/**
 * No booking is longer than a day (a space's longest booking is at most 24 h), which
 * bounds every search for overlapping bookings to the day before.
 */
export const MAX_BOOKING_SPAN_MINUTES = 24 * 60;
export const ORGANISATION_KINDS = [
  'school',
  'university',
  'research',
  'company',
  'volunteer',
  'sports',
  'community',
  'other',
] as const;
export const OPERATOR_ROLES = ['desk', 'coordinator'] as const;

/** What a site does on a statutory holiday: close, or run one weekday's plan. */
export interface HolidayPolicy {
  siteId: number;
  mode: 'closed' | 'weekday_plan';
  weekday: number;
}
/** Until a coordinator decides otherwise, a site stays open on holidays and runs its Sunday plan, as on a weekend. */
export const DEFAULT_HOLIDAY_POLICY: Omit<HolidayPolicy, 'siteId'> = { mode: 'weekday_plan', weekday: 7 };

export const siteInput = z.object({
  id: id.optional(),
  name,
  nameEn: optionalText(120),
  address: optionalText(200),
  addressEn: optionalText(300),
  phone: optionalText(40),
});
export const site = siteInput.extend({ id, archived: z.boolean() });
export type Site = z.infer<typeof site>;

export const openingHours = z
  .object({ weekday: z.number().int().min(1).max(7), open: hhmmString, close: hhmmString })
  .refine((h) => h.open < h.close, { message: 'open_before_close', path: ['close'] });
export type OpeningHours = z.infer<typeof openingHours>;

export const spaceInput = z
  .object({
    id: id.optional(),
    version: version.optional(),
    siteId: id,
    parentId: id.nullable().default(null),
    name,
    nameEn: optionalText(120),
    kind: z.enum(SPACE_KINDS),
    capacity: z.number().int().min(1, 'min').max(2000, 'max'),
    // A known amenity typed in English is stored under its Chinese name (shared/amenities.ts).
    amenities: z.array(z.string().trim().min(1).max(40)).max(30).default([]).transform((list) => [...new Set(list.map(canonicalAmenity))]),
    openingHours: z.array(openingHours).max(7).default([]),
    slotMinutes: z.union([z.literal(15), z.literal(30), z.literal(60)]).default(30),
    minBookingMinutes: z.number().int().min(15).max(MAX_BOOKING_SPAN_MINUTES).default(30),
    maxBookingMinutes: z.number().int().min(15).max(MAX_BOOKING_SPAN_MINUTES).default(240),
    bufferMinutes: z.number().int().min(0).max(240).default(0),
    needsApproval: z.boolean().default(false),
    mode: z.enum(SPACE_MODES).default('exclusive'),
    color: colour.default('#4e79a7'),
  })
  .refine((s) => s.minBookingMinutes <= s.maxBookingMinutes, {
    message: 'min_le_max',
    path: ['maxBookingMinutes'],
  })
  .refine((s) => new Set(s.openingHours.map((h) => h.weekday)).size === s.openingHours.length, {
    message: 'weekday_twice',
    path: ['openingHours'],
  })
  .refine(editCarriesVersion, versionRequired);
export type SpaceInput = z.input<typeof spaceInput>;
export const space = z.object({
  id,
  siteId: id,
  parentId: id.nullable(),
  name: z.string(),
  nameEn: z.string(),
  kind: z.enum(SPACE_KINDS),
  capacity: z.number().int(),
  amenities: z.array(z.string()),
  openingHours: z.array(z.object({ weekday: z.number(), open: z.string(), close: z.string() })),
  slotMinutes: z.number().int(),
  minBookingMinutes: z.number().int(),
  maxBookingMinutes: z.number().int(),
  bufferMinutes: z.number().int(),
  needsApproval: z.boolean(),
  mode: z.enum(SPACE_MODES),
  color: z.string(),
  archived: z.boolean(),
  version: z.number().int(),
});
export type Space = z.infer<typeof space>;

export const audienceInput = z.object({
  id: id.optional(),
  name,
  nameEn: optionalText(120),
  color: colour,
  sortOrder: z.number().int().default(0),
});
export const audience = audienceInput.extend({ id, archived: z.boolean(), sortOrder: z.number().int() });
export type Audience = z.infer<typeof audience>;

export const organisationInput = z.object({
  id: id.optional(),
  name,
  nameEn: optionalText(120),
  kind: z.enum(ORGANISATION_KINDS).default('other'),
  note: optionalText(500),
});
export const organisation = organisationInput.extend({ id, archived: z.boolean() });
export type Organisation = z.infer<typeof organisation>;

/**
 * Mainland mobile (1 + 10 digits) or landline (optional area code 0xx/0xxx, 7-8 digits,
 * optional extension). Spaces and dashes are allowed on input and removed on save.
 */
export const PHONE_RE = /^(1[3-9]\d{9}|(0\d{2,3})?[2-9]\d{6,7}(-\d{1,6})?)$/;
export const phone = z
  .string()
  .trim()
  .transform((p) => p.replace(/[\s()]/g, '').replace(/^(\+?86)/, ''))
  .refine((p) => p === '' || PHONE_RE.test(p.replace(/^(0\d{2,3})-/, '$1')), 'phone');

export const contactInput = z
  .object({
    id: id.optional(),
    version: version.optional(),
    name,
    phone: phone.default(''),
    organisationId: id.nullable().default(null),
    note: optionalText(500),
  })
  .refine(editCarriesVersion, versionRequired);
export const contact = z.object({
  id,
  name: z.string(),
  phone: z.string(),
  organisationId: id.nullable(),
  note: z.string(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contact>;

export const operatorInput = z.object({ id: id.optional(), name, role: z.enum(OPERATOR_ROLES) });
/** A coordinator's PIN: 4 to 8 digits. Only its salted hash is stored, and it never comes back. */
export const pin = z.string().regex(/^[0-9]{4,8}$/, 'pin');
/** `hasPin` says whether switching to this person asks for a PIN; the PIN itself never leaves the main process. */
export const operator = z.object({ id, name: z.string(), role: z.enum(OPERATOR_ROLES), archived: z.boolean(), hasPin: z.boolean() });
export type Operator = z.infer<typeof operator>;

export const bookingInput = z
  .object({
    spaceId: id,
    start: dateTimeString,
    end: dateTimeString,
    title: name,
    contactId: id.nullable().default(null),
    organisationId: id.nullable().default(null),
    audienceId: id.nullable().default(null),
    headCount: z.number().int().min(1, 'min').max(2000, 'max').default(1),
    note: optionalText(1000),
    /** Book outside the audience's window on purpose; the reason is recorded. */
    overrideReason: z.string().trim().max(200).nullable().default(null),
  })
  .refine((b) => b.start < b.end, { message: 'start_before_end', path: ['end'] });
export type BookingInput = z.input<typeof bookingInput>;

export const booking = z.object({
  id,
  spaceId: id,
  start: z.string(),
  end: z.string(),
  title: z.string(),
  contactId: id.nullable(),
  organisationId: id.nullable(),
  audienceId: id.nullable(),
  headCount: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
  note: z.string(),
  seriesId: id.nullable(),
  overrideReason: z.string().nullable(),
  createdBy: id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Booking = z.infer<typeof booking>;
export type BookingStatus = Booking['status'];

/** A booking joined with the names the calendar shows. */
export const bookingView = booking.extend({
  spaceName: z.string(),
  siteId: id,
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  organisationName: z.string().nullable(),
  audienceName: z.string().nullable(),
  audienceColor: z.string().nullable(),
});
export type BookingView = z.infer<typeof bookingView>;

/**
 * How a booking of another space holds this one's ground (see shared/family.ts): 'whole'
 * when a space it is part of is booked (the whole court: 全场占用), 'part' when one of
 * its parts is booked (a half: 半场占用).
 */
export const FAMILY_RELATIONS = ['whole', 'part'] as const;

/**
 * A booking of another space of the family, as it occupies the space shown (`spaceId`).
 * Every view of a space on its own (calendar, today board, posters, desk sheet) shows
 * these beside its own bookings, marked, so a half never looks free while the whole
 * court is booked.
 */
export const familyHold = z.object({
  /** The space whose ground is held. */
  spaceId: id,
  relation: z.enum(FAMILY_RELATIONS),
  bookingId: id,
  bookedSpaceId: id,
  bookedSpaceName: z.string(),
  bookedSpaceNameEn: z.string(),
  start: z.string(),
  end: z.string(),
  title: z.string(),
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  audienceId: id.nullable(),
  status: z.enum(BOOKING_STATUSES),
});
export type FamilyHold = z.infer<typeof familyHold>;
