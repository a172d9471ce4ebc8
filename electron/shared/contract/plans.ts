/**
 * Time-sharing plans (错峰计划), holidays and 调休, closures, recurring series and the
 * off-peak usage report.
 */
import { z } from 'zod';
import { dayNumber } from '../time';
import { booking, bookingView, dateString, dateTimeString, editCarriesVersion, hhmmString, id, version, versionRequired } from '../domain';

const weekday = z.number().int().min(1).max(7);
/** The longest period one usage report covers: five years, the history a subdistrict keeps at hand. */
export const MAX_REPORT_DAYS = 5 * 366;
const reason = z.string().trim().min(1, 'required').max(200, 'too_long');

export const planWindow = z
  .object({
    weekday,
    start: hhmmString,
    end: hhmmString,
    audienceId: id,
    organisationId: id.nullable().default(null),
    /** At most this many bookings per organisation per week in this window. */
    maxPerWeek: z.number().int().min(1).nullable().default(null),
    maxHeadCount: z.number().int().min(1).nullable().default(null),
  })
  .refine((w) => w.start < w.end, { message: 'start_before_end', path: ['end'] });
export type PlanWindow = z.output<typeof planWindow>;

export const planInput = z
  .object({
    id: id.optional(),
    /** The version the edit was made from (with an id). */
    version: version.optional(),
    spaceId: id,
    validFrom: dateString,
    /** The version's name (2026 秋季学期); left out, an edit keeps the name it had. */
    name: z.string().trim().max(80, 'too_long').optional(),
    /** Its English name, shown in English mode; left out, an edit keeps it. */
    nameEn: z.string().trim().max(80, 'too_long').optional(),
    windows: z.array(planWindow).max(200),
  })
  .refine(editCarriesVersion, versionRequired);
export const plan = z.object({
  id,
  spaceId: id,
  validFrom: z.string(),
  /** The day before the next version starts; null while no newer version exists. */
  validTo: z.string().nullable(),
  name: z.string(),
  nameEn: z.string(),
  windows: z.array(planWindow),
  version: z.number().int(),
});
export type TimeSharingPlan = z.infer<typeof plan>;

const outsideBooking = booking.pick({ id: true, start: true, end: true, title: true, audienceId: true, seriesId: true });

export const calendarDay = z
  .object({
    date: dateString,
    kind: z.enum(['holiday', 'workday']),
    name: z.string().trim().max(40, 'too_long').default(''),
    followsWeekday: weekday.nullable().default(null),
  })
  .refine((d) => d.kind === 'holiday' || d.followsWeekday !== null, { message: 'required', path: ['followsWeekday'] });
export type CalendarDay = z.output<typeof calendarDay>;

export const yearStatus = z.object({
  year: z.number().int(),
  known: z.boolean(),
  source: z.enum(['dataset', 'manual']).nullable(),
  holidays: z.number().int(),
  workdays: z.number().int(),
});

const affected = z.object({ bookings: z.array(outsideBooking.extend({ spaceId: id, problem: z.string() })) });

export const closureInput = z
  .object({
    id: id.optional(),
    siteId: id.nullable().default(null),
    spaceId: id.nullable().default(null),
    firstDay: dateString,
    lastDay: dateString,
    reason,
  })
  .refine((c) => (c.siteId === null) !== (c.spaceId === null), { message: 'site_or_space', path: ['spaceId'] })
  .refine((c) => c.firstDay <= c.lastDay, { message: 'start_before_end', path: ['lastDay'] });
export const closure = z.object({
  id,
  siteId: id.nullable(),
  spaceId: id.nullable(),
  firstDay: z.string(),
  lastDay: z.string(),
  reason: z.string(),
});
export type Closure = z.infer<typeof closure>;

export const recurrenceRule = z
  .object({
    freq: z.enum(['weekly', 'monthly_nth_weekday']),
    interval: z.number().int().min(1).max(12).default(1),
    /** 1 = Monday ... 7 = Sunday; for monthly the first one is the weekday. */
    weekdays: z.array(weekday).min(1).max(7),
    /** 1..5, or -1 for the last such weekday of the month. */
    nth: z.union([z.number().int().min(1).max(5), z.literal(-1)]).nullable().default(null),
    startDate: dateString,
    until: dateString.nullable().default(null),
    count: z.number().int().min(1).max(520).nullable().default(null),
  })
  .refine((r) => r.until !== null || r.count !== null, { message: 'until_or_count', path: ['count'] })
  .refine((r) => r.freq === 'weekly' || r.nth !== null, { message: 'required', path: ['nth'] });
export type RecurrenceRule = z.output<typeof recurrenceRule>;

const seriesFields = {
  spaceId: id,
  startTime: hhmmString,
  endTime: hhmmString,
  title: z.string().trim().min(1, 'required').max(80, 'too_long'),
  audienceId: id.nullable().default(null),
  organisationId: id.nullable().default(null),
  contactId: id.nullable().default(null),
  headCount: z.number().int().min(1).max(2000).default(1),
  note: z.string().trim().max(1000).default(''),
};
export const seriesInput = z
  .object({ ...seriesFields, rule: recurrenceRule })
  .refine((s) => s.startTime < s.endTime, { message: 'start_before_end', path: ['endTime'] });
export type SeriesInput = z.output<typeof seriesInput>;

export const OCCURRENCE_STATUSES = ['free', 'clash', 'holiday', 'closure', 'outside_window', 'invalid', 'makeup'] as const;
export const occurrence = z.object({
  /** The date the rule gives; identifies the occurrence even when it is moved. */
  date: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(OCCURRENCE_STATUSES),
  /** The error code explaining the status, e.g. booking.overlap or plans.holiday_closed. */
  code: z.string().nullable(),
  clashes: z.array(z.object({ bookingId: id, title: z.string(), start: z.string(), end: z.string() })),
  holidayName: z.string().nullable(),
  makeUpWorkday: z.boolean(),
  /** On a make-up workday (调休): the weekday whose plan it runs; null on every other day. */
  followsWeekday: weekday.nullable(),
  unknownYear: z.boolean(),
  /**
   * In a preview: the occurrence starts before now (a series started mid-term). A date
   * left alone or skipped there is not written; only an explicit book or move writes it.
   */
  past: z.boolean().optional(),
  bookingId: id.nullable(),
  exception: z.enum(['skipped', 'moved']).nullable(),
  /** Why the date was skipped or moved, as the coordinator wrote it (series views only). */
  exceptionNote: z.string().optional(),
});
export type Occurrence = z.infer<typeof occurrence>;

export const decision = z
  .object({
    date: dateString,
    action: z.enum(['book', 'skip', 'move', 'keep']),
    /** For move: the new start and end on any day, checked as strictly as a booking's. */
    start: dateTimeString.optional(),
    end: dateTimeString.optional(),
    /** For keep on an occurrence outside the audience window: recorded on the booking. */
    overrideReason: z.string().trim().max(200).nullable().default(null),
  })
  .refine((d) => d.action !== 'move' || (d.start !== undefined && d.end !== undefined), { message: 'required', path: ['start'] })
  .refine((d) => d.start === undefined || d.end === undefined || d.start < d.end, { message: 'start_before_end', path: ['end'] });

const seriesView = z.object({
  id,
  spaceId: id,
  rule: recurrenceRule,
  startTime: z.string(),
  endTime: z.string(),
  title: z.string(),
  audienceId: id.nullable(),
  organisationId: id.nullable(),
  contactId: id.nullable(),
  headCount: z.number().int(),
  note: z.string(),
  version: z.number().int(),
  occurrences: z.array(occurrence),
});

/** One line of the series list: enough to recognise a series and see how it stands. */
export const seriesSummary = z.object({
  id,
  spaceId: id,
  title: z.string(),
  rule: recurrenceRule,
  startTime: z.string(),
  endTime: z.string(),
  /** Dates of the first and last active booking; null when none is left. */
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  booked: z.number().int(),
  skipped: z.number().int(),
});
export type SeriesSummary = z.infer<typeof seriesSummary>;

const editScope = z.enum(['this', 'following', 'all']);
const seriesEdit = z.object({
  seriesId: id,
  date: dateString,
  scope: editScope,
  /** cancel: cancel the occurrences in scope; change: apply the new fields (and times). */
  action: z.enum(['cancel', 'change']),
  changes: z
    .object({
      startTime: hhmmString.optional(),
      endTime: hhmmString.optional(),
      title: z.string().trim().min(1).max(80).optional(),
      headCount: z.number().int().min(1).max(2000).optional(),
      note: z.string().trim().max(1000).optional(),
    })
    .refine((c) => c.startTime === undefined || c.endTime === undefined || c.startTime < c.endTime, {
      message: 'start_before_end',
      path: ['endTime'],
    })
    .default({}),
  reason: z.string().trim().max(200).default(''),
});

const usageCell = z.object({ weekday, hour: z.number().int(), windowMinutes: z.number(), usedMinutes: z.number() });

export const plansContract = {
  'plans.list': { kind: 'read', input: z.object({ spaceId: id }), output: z.array(plan) },
  'plans.get': {
    kind: 'read',
    /** The version that applies on `date` (null when the space has none then). */
    input: z.object({ spaceId: id, date: dateString }),
    output: plan.nullable(),
  },
  'plans.save': { kind: 'write', input: planInput, output: plan },
  'plans.copyToSpace': {
    kind: 'write',
    input: z.object({ planId: id, spaceId: id, validFrom: dateString.optional() }),
    output: plan,
  },
  'plans.compare': {
    kind: 'read',
    /** Future bookings from the version's start that its windows would not admit. */
    input: z.object({ spaceId: id, validFrom: dateString, windows: z.array(planWindow).max(200) }),
    output: affected,
  },
  'calendarDays.list': { kind: 'read', input: z.object({ year: z.number().int().min(2000).max(2100) }), output: z.array(calendarDay) },
  'calendarDays.save': {
    kind: 'write',
    /** Replace one day (or remove it with kind null) and list the future bookings affected. */
    input: z.object({ date: dateString, day: calendarDay.nullable() }),
    output: affected,
  },
  'calendarDays.importYear': {
    kind: 'write',
    /** The shipped dataset's year, or days given by the user (e.g. from a new notice). */
    input: z.object({ year: z.number().int().min(2000).max(2100), days: z.array(calendarDay).max(120).optional() }),
    output: affected.extend({ status: yearStatus }),
  },
  'calendarDays.yearStatus': { kind: 'read', input: z.object({ years: z.array(z.number().int()).max(20) }), output: z.array(yearStatus) },
  'holidayPolicies.get': {
    kind: 'read',
    input: z.object({ siteId: id }),
    output: z.object({ siteId: id, mode: z.enum(['closed', 'weekday_plan']), weekday }),
  },
  'holidayPolicies.save': {
    kind: 'write',
    input: z.object({ siteId: id, mode: z.enum(['closed', 'weekday_plan']), weekday: weekday.default(7) }),
    output: z.object({ siteId: id, mode: z.enum(['closed', 'weekday_plan']), weekday }),
  },
  'closures.list': {
    kind: 'read',
    input: z.object({ siteId: id.optional(), from: dateString.optional() }),
    output: z.array(closure),
  },
  'closures.save': {
    kind: 'write',
    /** cancelHits: cancel the bookings it hits with this note; otherwise they are only listed. */
    input: z.object({ closure: closureInput, cancelHits: z.boolean().default(false), note: z.string().trim().max(200).default('') }),
    /** hits: with the contact, phone and group to tell (as they stood before any cancel). */
    output: z.object({ closure, hits: z.array(bookingView), cancelled: z.number().int() }),
  },
  'closures.delete': { kind: 'write', input: z.object({ id }), output: z.object({ id }) },
  'series.preview': { kind: 'read', input: seriesInput, output: z.array(occurrence) },
  'series.previewMove': {
    kind: 'read',
    /**
     * One occurrence at the new time the user is moving it to: of a series not yet saved,
     * or of a saved one, whose booking (`bookingId`) then does not count as a clash.
     */
    input: z
      .object({ series: seriesInput, date: dateString, start: dateTimeString, end: dateTimeString, bookingId: id.optional() })
      .refine((m) => m.start < m.end, { message: 'start_before_end', path: ['end'] }),
    output: occurrence,
  },
  'series.create': {
    kind: 'write',
    input: z.object({ series: seriesInput, decisions: z.array(decision).max(600).default([]) }),
    output: seriesView,
  },
  'series.get': { kind: 'read', input: z.object({ id }), output: seriesView },
  'series.list': {
    kind: 'read',
    /** Series of one space or one site (or all), oldest first per space. */
    input: z.object({ spaceId: id.optional(), siteId: id.optional() }),
    output: z.array(seriesSummary),
  },
  'series.previewEdit': { kind: 'read', input: seriesEdit, output: z.array(occurrence) },
  'series.applyEdit': {
    kind: 'write',
    /** `version`: the series' version the edit was made from. */
    input: seriesEdit.extend({ version, decisions: z.array(decision).max(600).default([]) }),
    output: seriesView,
  },
  'series.restoreOccurrence': { kind: 'write', input: z.object({ seriesId: id, version, date: dateString }), output: seriesView },
  'reports.usage': {
    kind: 'read',
    input: z
      /** Narrowed to a site, one space, and the windows of one audience when given. */
      .object({ from: dateString, to: dateString, siteId: id.optional(), spaceId: id.optional(), audienceId: id.optional() })
      .refine((r) => r.from < r.to, { message: 'start_before_end', path: ['to'] })
      .refine((r) => dayNumber(r.to) - dayNumber(r.from) <= MAX_REPORT_DAYS, { message: 'report_too_long', path: ['to'] }),
    output: z.object({
      bySpace: z.array(z.object({ spaceId: id, spaceName: z.string(), windowMinutes: z.number(), usedMinutes: z.number() })),
      byAudience: z.array(z.object({ audienceId: id, windowMinutes: z.number(), usedMinutes: z.number() })),
      heatmap: z.array(usageCell),
      idleWindows: z.array(
        z.object({
          spaceId: id,
          spaceName: z.string(),
          weekday,
          start: z.string(),
          end: z.string(),
          audienceId: id,
          windowMinutes: z.number(),
          usedMinutes: z.number(),
        }),
      ),
    }),
  },
} as const;
