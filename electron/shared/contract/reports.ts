/**
 * Reports upward (统计与台账): the figures of a period and scope with their comparisons,
 * the ledger of held activities, and the Excel workbook.
 */
import { z } from 'zod';
import { dayNumber } from '../time';
import { dateString, id } from '../domain';
import { PERIOD_KINDS } from '../report-period';
import { MAX_REPORT_DAYS } from './plans';

const weekday = z.number().int().min(1).max(7);

export const reportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subdistrict') }),
  z.object({ kind: z.literal('site'), siteId: id }),
  z.object({ kind: z.literal('space'), spaceId: id }),
]);
export type ReportScope = z.infer<typeof reportScope>;

export const reportPeriod = z
  .object({ kind: z.enum(PERIOD_KINDS), from: dateString, to: dateString })
  .refine((r) => r.from < r.to, { message: 'start_before_end', path: ['to'] })
  .refine((r) => dayNumber(r.to) - dayNumber(r.from) <= MAX_REPORT_DAYS, { message: 'report_too_long', path: ['to'] });

export const reportQuery = z.object({ scope: reportScope, period: reportPeriod });
export type ReportQuery = z.output<typeof reportQuery>;

/** The headline figures of one period; minutes stay whole, the screen shows hours. */
export const reportFigures = z.object({
  /** Opening hours of the days each space was open (closures, closed holidays and archived days left out). */
  openMinutes: z.number(),
  /** Time the rooms were held by confirmed, checked-in or no-show bookings, within opening hours; a room's overlapping groups count once. */
  bookedMinutes: z.number(),
  /** bookedMinutes ÷ openMinutes; null when nothing was open. */
  utilisation: z.number().nullable(),
  /** Minutes of the plan's audience windows on open days, and the booked minutes inside them. */
  windowMinutes: z.number(),
  windowBookedMinutes: z.number(),
  /** 预约场次: bookings starting in the period that were not cancelled. */
  bookings: z.number().int(),
  /** Of those, still awaiting approval. */
  requested: z.number().int(),
  /** 活动场次: checked in, or past, confirmed and not a no-show. */
  held: z.number().int(),
  heldCheckedIn: z.number().int(),
  /** 服务人次: head counts of the held activities... */
  heads: z.number().int(),
  /** ...of which this many rest on the booked count (held but never checked in). */
  headsBooked: z.number().int(),
  noShows: z.number().int(),
  /** noShows ÷ (held + noShows); null when none were due. */
  noShowRate: z.number().nullable(),
  cancellations: z.number().int(),
  /** cancellations ÷ (bookings + cancellations). */
  cancellationRate: z.number().nullable(),
});
export type ReportFigures = z.infer<typeof reportFigures>;

const named = { name: z.string(), nameEn: z.string() };
const counts = {
  bookings: z.number().int(),
  held: z.number().int(),
  heads: z.number().int(),
  headsBooked: z.number().int(),
  noShows: z.number().int(),
  cancellations: z.number().int(),
  /** Sum of the lengths of the confirmed, checked-in and no-show bookings (groups sharing a room each count). */
  bookingMinutes: z.number(),
};
const roomTime = { openMinutes: z.number(), bookedMinutes: z.number(), utilisation: z.number().nullable() };

export const reportWindow = z.object({
  spaceId: id,
  spaceName: z.string(),
  spaceNameEn: z.string(),
  weekday,
  start: z.string(),
  end: z.string(),
  audienceId: id,
  windowMinutes: z.number(),
  usedMinutes: z.number(),
});

const periodOut = z.object({ kind: z.enum(PERIOD_KINDS), from: z.string(), to: z.string() });

export const reportOutput = z.object({
  period: periodOut,
  scope: z.object({ kind: z.enum(['subdistrict', 'site', 'space']), ...named, siteName: z.string(), siteNameEn: z.string() }),
  figures: reportFigures,
  previous: z.object({ period: periodOut, figures: reportFigures }),
  lastYear: z.object({ period: periodOut, figures: reportFigures }),
  /** Years in the period without holiday data: open hours treat their holidays as ordinary days. */
  unknownYears: z.array(z.number().int()),
  bySite: z.array(z.object({ siteId: id, ...named, ...counts, ...roomTime })),
  bySpace: z.array(z.object({ spaceId: id, ...named, siteName: z.string(), siteNameEn: z.string(), archived: z.boolean(), /** The day it was archived, when the audit log says. */ archivedOn: z.string().nullable(), ...counts, ...roomTime })),
  byAudience: z.array(
    z.object({
      audienceId: id.nullable(),
      ...named,
      color: z.string(),
      ...counts,
      windowMinutes: z.number(),
      windowBookedMinutes: z.number(),
      /** Share of all window minutes planned for this audience, and share of all booking minutes it used. */
      plannedShare: z.number().nullable(),
      usedShare: z.number().nullable(),
    }),
  ),
  byOrganisation: z.array(z.object({ organisationId: id, ...named, ...counts })),
  byWeekday: z.array(z.object({ weekday, ...counts })),
  byHour: z.array(z.object({ hour: z.number().int().min(0).max(23), ...counts })),
  byMonth: z.array(z.object({ month: z.string(), audienceId: id.nullable(), held: z.number().int(), heads: z.number().int(), bookings: z.number().int() })),
  heatmap: z.array(z.object({ weekday, hour: z.number().int(), windowMinutes: z.number(), usedMinutes: z.number() })),
  busiestWindows: z.array(reportWindow),
  idlestWindows: z.array(reportWindow),
  cancellationReasons: z.array(z.object({ reason: z.string(), count: z.number().int() })),
  /** Standing blocks of partner groups (plan windows that name one) on past open days without a held booking of that group. */
  unusedBlocks: z.array(
    z.object({
      spaceId: id,
      spaceName: z.string(),
      spaceNameEn: z.string(),
      organisationId: id,
      ...named,
      weekday,
      start: z.string(),
      end: z.string(),
      occurrences: z.number().int(),
      used: z.number().int(),
    }),
  ),
});
export type ReportOutput = z.infer<typeof reportOutput>;

/** The most ledger rows one answer carries; a longer ledger asks for a narrower scope or period. */
export const MAX_LEDGER_ROWS = 5000;

export const ledgerRow = z.object({
  id,
  date: z.string(),
  start: z.string(),
  end: z.string(),
  siteName: z.string(),
  siteNameEn: z.string(),
  spaceName: z.string(),
  spaceNameEn: z.string(),
  title: z.string(),
  /** The organisation, or else the organiser's name; never a phone number. */
  organiser: z.string(),
  organiserEn: z.string(),
  audienceName: z.string(),
  audienceNameEn: z.string(),
  headCount: z.number().int(),
  checkedIn: z.boolean(),
});
export type LedgerRow = z.infer<typeof ledgerRow>;

export const ledgerOutput = z.object({
  period: periodOut,
  scope: z.object({ kind: z.enum(['subdistrict', 'site', 'space']), ...named, siteName: z.string(), siteNameEn: z.string() }),
  /** The reporting unit (填报单位) as set on the reports screen. */
  unit: z.string(),
  today: z.string(),
  rows: z.array(ledgerRow),
  /** Every held activity of the period and scope, also when `rows` stops at MAX_LEDGER_ROWS. */
  total: z.number().int(),
  totalHeads: z.number().int(),
  checkedIn: z.number().int(),
});
export type LedgerOutput = z.infer<typeof ledgerOutput>;

/** A chart drawn by the screen, as a PNG (base64, no data: prefix), for the workbook's summary sheet. */
const chartImage = z.object({
  title: z.string().trim().min(1).max(80),
  png: z
    .string()
    .max(4_000_000)
    .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'png'),
});

export const reportsContract = {
  /** Every figure of a period and scope, with the previous period and the same period last year. */
  'reports.figures': { kind: 'read', input: reportQuery, output: reportOutput },
  /** 台账: every held activity in date order, with totals. */
  'reports.ledger': { kind: 'read', input: reportQuery, output: ledgerOutput },
  /** The reporting unit printed on the ledger's heading. */
  'reports.settings.get': { kind: 'read', input: z.object({}), output: z.object({ unit: z.string() }) },
  'reports.settings.save': {
    kind: 'write',
    input: z.object({ unit: z.string().trim().max(80, 'too_long') }),
    output: z.object({ unit: z.string() }),
  },
  /** Write the workbook to a file the user chooses; `path` is null when the user cancels. */
  'reports.exportWorkbook': {
    kind: 'read',
    input: reportQuery.extend({
      language: z.enum(['zh', 'en']),
      charts: z.array(chartImage).max(4).default([]),
      fileName: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .regex(/^[^/\\:*?"<>|]+\.xlsx$/, 'file_name'),
    }),
    output: z.object({ path: z.string().nullable() }),
  },
} as const;
