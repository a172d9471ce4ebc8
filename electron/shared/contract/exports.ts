/**
 * Export (导出): bookings to Excel or CSV, contacts (coordinators only, audited), and
 * calendars (.ics) of a space or an organisation. The main process builds the file and
 * asks where to save it; `path` is null when the user cancels.
 */
import { z } from 'zod';
import { BOOKING_STATUSES, dateString, id } from '../domain';
import { dayNumber } from '../time';
import { LANGUAGES } from './imports';

/** Ten years of one site fits easily; the limit only stops a runaway request. */
export const MAX_EXPORT_DAYS = 10 * 366;

const period = {
  from: dateString,
  /** The last day included. */
  to: dateString,
};
const periodOk = (p: { from: string; to: string }) => p.from <= p.to;
const periodShort = (p: { from: string; to: string }) => dayNumber(p.to) - dayNumber(p.from) <= MAX_EXPORT_DAYS;
const saved = z.object({ path: z.string().nullable(), count: z.number().int() });

export const bookingsExport = z
  .object({
    ...period,
    siteId: id.optional(),
    spaceIds: z.array(id).min(1).max(500).optional(),
    audienceIds: z.array(id).max(100).default([]),
    organisationIds: z.array(id).max(500).default([]),
    /** Empty: every status except cancelled. */
    statuses: z.array(z.enum(BOOKING_STATUSES)).max(5).default([]),
    format: z.enum(['xlsx', 'csv']).default('xlsx'),
    /** xlsx only: a sheet per space, or all bookings on one sheet. */
    layout: z.enum(['per_space', 'one_sheet']).default('per_space'),
    language: z.enum(LANGUAGES).default('zh-CN'),
  })
  .refine(periodOk, { message: 'start_before_end', path: ['to'] })
  .refine(periodShort, { message: 'report_too_long', path: ['to'] })
  .refine((e) => e.siteId !== undefined || e.spaceIds !== undefined, { message: 'required', path: ['siteId'] });
export type BookingsExport = z.output<typeof bookingsExport>;

export const calendarExport = z
  .object({
    ...period,
    spaceId: id.optional(),
    organisationId: id.optional(),
    language: z.enum(LANGUAGES).default('zh-CN'),
  })
  .refine(periodOk, { message: 'start_before_end', path: ['to'] })
  .refine(periodShort, { message: 'report_too_long', path: ['to'] })
  .refine((e) => (e.spaceId === undefined) !== (e.organisationId === undefined), { message: 'required', path: ['spaceId'] });
export type CalendarExport = z.output<typeof calendarExport>;

export const exportsContract = {
  'exports.bookings': { kind: 'read', input: bookingsExport, output: saved },
  /** Coordinators only; every export is written in the audit log. */
  'exports.contacts': {
    kind: 'read',
    input: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx'), language: z.enum(LANGUAGES).default('zh-CN') }),
    output: saved,
  },
  'exports.calendar': { kind: 'read', input: calendarExport, output: saved },
} as const;
