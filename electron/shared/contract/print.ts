import { z } from 'zod';
import { BOOKING_STATUSES, FAMILY_RELATIONS, dateString, familyHold, id } from '../domain';
import { isoWeekday } from '../time';

/** A printed week always runs Monday to Sunday. */
const monday = dateString.refine((d) => isoWeekday(d) === 1, 'monday');

export const PAPER_SIZES = ['A4', 'A3'] as const;

const printSite = z.object({ id, name: z.string(), nameEn: z.string(), address: z.string(), addressEn: z.string(), phone: z.string() });

/**
 * A booking as the public may read it on the door: what, when, for whom and which
 * group. Deliberately no contact, phone, head count or note (personal data).
 */
export const publicBooking = z.object({
  id,
  start: z.string(),
  end: z.string(),
  title: z.string(),
  organisationName: z.string().nullable(),
  organisationNameEn: z.string().nullable(),
  audienceId: id.nullable(),
  status: z.enum(BOOKING_STATUSES),
});
export type PublicBooking = z.infer<typeof publicBooking>;

/**
 * A booking of another space of the family as the door shows it: the ground it holds
 * (全场占用 when the whole court is booked, 半场占用 when a half is), with the same public
 * fields as a booking and nothing personal.
 */
export const publicHold = z.object({
  id,
  relation: z.enum(FAMILY_RELATIONS),
  start: z.string(),
  end: z.string(),
  title: z.string(),
  bookedSpaceName: z.string(),
  bookedSpaceNameEn: z.string(),
  organisationName: z.string().nullable(),
  organisationNameEn: z.string().nullable(),
  audienceId: id.nullable(),
  status: z.enum(BOOKING_STATUSES),
});
export type PublicHold = z.infer<typeof publicHold>;

export const timetableDay = z.object({
  date: z.string(),
  /** Closed all day (holiday or closure), with the reason to print. */
  closed: z.object({ kind: z.enum(['closure', 'holiday']), reason: z.string() }).nullable(),
  /** The weekday whose plan applies; differs from the date's weekday on a 调休 make-up day. */
  planWeekday: z.number().int().min(1).max(7),
  windows: z.array(z.object({ start: z.string(), end: z.string(), audienceId: id, organisationId: id.nullable() })),
  /** No holiday data for the year: the sheet says so instead of pretending the day is ordinary. */
  unknownYear: z.boolean(),
  bookings: z.array(publicBooking),
  /** The family's bookings that occupy this space (a half while the whole court is booked, and the other way round). */
  held: z.array(publicHold),
});
export type TimetableDay = z.infer<typeof timetableDay>;

export const timetableSpace = z.object({
  id,
  name: z.string(),
  nameEn: z.string(),
  capacity: z.number().int(),
  mode: z.enum(['exclusive', 'shared']),
  openingHours: z.array(z.object({ weekday: z.number(), open: z.string(), close: z.string() })),
  site: printSite,
  days: z.array(timetableDay),
});
export type TimetableSpace = z.infer<typeof timetableSpace>;

const legendAudience = z.object({ id, name: z.string(), nameEn: z.string(), color: z.string(), sortOrder: z.number().int() });
export type LegendAudience = z.infer<typeof legendAudience>;

export const deskSheetRow = z.object({
  id,
  start: z.string(),
  end: z.string(),
  spaceName: z.string(),
  spaceNameEn: z.string(),
  title: z.string(),
  organisationName: z.string().nullable(),
  organisationNameEn: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  headCount: z.number().int(),
  status: z.enum(BOOKING_STATUSES),
  audienceId: id.nullable(),
  note: z.string(),
});
export type DeskSheetRow = z.infer<typeof deskSheetRow>;

/** A space of the site occupied by a booking of its family, with the name of the space held. */
export const deskSheetHold = familyHold.extend({ spaceName: z.string(), spaceNameEn: z.string() });
export type DeskSheetHold = z.infer<typeof deskSheetHold>;

const printJob = z.object({
  paper: z.enum(PAPER_SIZES).default('A4'),
  /** Timetables print landscape; the report's ledger and summary print portrait. */
  orientation: z.enum(['landscape', 'portrait']).optional(),
  /** Offered as the file name in the save dialog. */
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^/\\:*?"<>|]+$/, 'file_name')
    .default('timetable.pdf'),
});
export type PrintJob = z.output<typeof printJob>;

/** The data methods end in `.get` so the renderer's client treats them as reads. */
export const printContract = {
  /**
   * The weekly timetable of some spaces (or every space of a site), one entry per
   * printed page. Public: never carries contact names or phone numbers.
   */
  'print.weekTimetable.get': {
    kind: 'read',
    input: z
      .object({ siteId: id.optional(), spaceIds: z.array(id).min(1).max(200).optional(), weekStart: monday })
      .refine((i) => i.siteId !== undefined || i.spaceIds !== undefined, { message: 'required', path: ['spaceIds'] }),
    output: z.object({
      weekStart: z.string(),
      today: z.string(),
      spaces: z.array(timetableSpace),
      /** The audiences that appear in the week (bookings or plan windows), in list order. */
      audiences: z.array(legendAudience),
    }),
  },
  /** The desk's own sheet of a site's day: in time order, with contacts for check-in. */
  'print.deskSheet.get': {
    kind: 'read',
    input: z.object({ siteId: id, date: dateString }),
    output: z.object({
      date: z.string(),
      today: z.string(),
      site: printSite,
      rows: z.array(deskSheetRow),
      /** The site's spaces occupied by their family's bookings that day (全场占用 / 半场占用). */
      held: z.array(deskSheetHold),
      audiences: z.array(legendAudience),
    }),
  },
  /** Save what the window shows in print layout as a PDF; `path` is null when the user cancels. */
  'print.toPdf': { kind: 'read', input: printJob, output: z.object({ path: z.string().nullable() }) },
  /** Open the system print dialog for what the window shows. */
  'print.print': { kind: 'read', input: printJob, output: z.object({ printed: z.boolean() }) },
} as const;
