/**
 * Calendars (.ics) of a space, or of an organisation's bookings, for the calendar apps
 * partner schools use. A series is one event with an RRULE, with EXDATE for each date it
 * does not meet as the rule says (skipped, cancelled, moved); a moved or changed date is
 * an event of its own with its own UID, which every calendar app shows (RECURRENCE-ID
 * overrides are handled unevenly). Times are Asia/Shanghai with a VTIMEZONE of a fixed
 * +08:00 (no daylight saving since 1991). UIDs come from the database ids, so a second
 * export of the same bookings updates a subscribed calendar instead of doubling it.
 */
import ical, { ICalEventStatus, type ICalDateTimeValue } from 'ical-generator';
import type { Kysely } from 'kysely';
import type { CalendarExport } from '../../../shared/contract/exports';
import type { BookingView } from '../../../shared/domain';
import { addDays, datePart } from '../../../shared/time';
import { bookingViews } from '../../db/repos/bookings';
import { findSeries, type SeriesRow } from '../../db/repos/series';
import type { DB } from '../../db/schema';
import { occurrenceFields } from '../series/occurrences';
import { expandRule } from '../series/recurrence';

const TZ = 'Asia/Shanghai';
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZ}`,
  `X-LIC-LOCATION:${TZ}`,
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const UID_DOMAIN = 'stagger.local';
const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** `2026-09-02T12:00` as iCalendar local time: 20260902T120000. */
const icalLocal = (wall: string) => `${wall.slice(0, 10).replace(/-/g, '')}T${wall.slice(11, 13)}${wall.slice(14, 16)}00`;

/**
 * A wall-clock time in the shape ical-generator reads as a Temporal PlainDateTime, so it
 * writes `DTSTART;TZID=Asia/Shanghai:…` from the digits, whatever the machine's own zone.
 */
function wallClock(wall: string): ICalDateTimeValue {
  const [y, mo, d] = wall.slice(0, 10).split('-').map(Number);
  const [h, mi] = wall.slice(11, 16).split(':').map(Number);
  const fields = { year: y, month: mo, day: d, hour: h, minute: mi, second: 0 };
  const plain = {
    ...fields,
    toPlainDate: () => ({ year: y, month: mo, day: d }),
    toZonedDateTime: (timeZoneId: string) => ({ ...fields, timeZoneId, toPlainDateTime: () => plain, withTimeZone: () => zoned }),
    toString: () => wall,
    toJSON: () => wall,
  };
  const zoned = plain.toZonedDateTime(TZ);
  // Only the fields and methods ical-generator calls are there; the rest of Temporal is not needed.
  return plain as unknown as ICalDateTimeValue;
}

/** The RRULE of a series over the dates it keeps; UNTIL is in UTC as RFC 5545 asks with a TZID start. */
function rruleOf(s: SeriesRow, lastDate: string): string {
  const r = s.rule;
  const until = `${lastDate.replace(/-/g, '')}T155959Z`; // 23:59:59 in Shanghai
  if (r.freq === 'weekly') {
    return `FREQ=WEEKLY;INTERVAL=${r.interval};BYDAY=${r.weekdays.map((w) => BYDAY[w]).join(',')};WKST=MO;UNTIL=${until}`;
  }
  return `FREQ=MONTHLY;INTERVAL=${r.interval};BYDAY=${r.nth}${BYDAY[r.weekdays[0]]};UNTIL=${until}`;
}

const statusOf = (b: BookingView) => (b.status === 'requested' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED);

export interface CalendarFile {
  text: string;
  events: number;
}

export async function calendarFile(db: Kysely<DB>, e: CalendarExport, stampUtc: string, name: string): Promise<CalendarFile> {
  const all = await bookingViews(db, { from: e.from, to: addDays(e.to, 1), spaceIds: e.spaceId ? [e.spaceId] : undefined, includeCancelled: false });
  const bookings = all.filter((b) => datePart(b.start) >= e.from && (e.organisationId === undefined || b.organisationId === e.organisationId));
  const cal = ical({ name, timezone: { name: TZ, generator: () => VTIMEZONE }, prodId: { company: 'Stagger', product: 'Stagger', language: e.language === 'en' ? 'EN' : 'ZH' } });
  const add = (uid: string, b: BookingView, repeating?: string) =>
    cal.createEvent({
      id: uid,
      start: wallClock(b.start),
      end: wallClock(b.end),
      timezone: TZ,
      summary: b.title,
      location: b.spaceName,
      description: [b.organisationName, b.audienceName].filter(Boolean).join(' · '),
      status: statusOf(b),
      repeating,
    });
  let events = 0;
  const bySeries = new Map<number, BookingView[]>();
  for (const b of bookings) {
    if (b.seriesId === null) {
      add(`booking-${b.id}@${UID_DOMAIN}`, b);
      events++;
    } else {
      const list = bySeries.get(b.seriesId);
      if (list) list.push(b);
      else bySeries.set(b.seriesId, [b]);
    }
  }
  for (const [seriesId, list] of bySeries) {
    const s = (await findSeries(db, seriesId))!;
    // A rule date is "as the rule says" when its booking has the series' own times and title.
    const byStart = new Map(list.map((b) => [b.start, b]));
    const covered = new Set<number>();
    const kept: string[] = [];
    const ruleDates = expandRule(s.rule).filter((d) => d >= e.from && d <= e.to);
    for (const date of ruleDates) {
      const f = occurrenceFields(s, date);
      const b = byStart.get(f.start);
      if (b && b.end === f.end && b.title === s.title) {
        covered.add(b.id);
        kept.push(date);
      }
    }
    if (kept.length > 0) {
      const first = kept[0];
      const last = kept[kept.length - 1];
      const skipped = ruleDates.filter((d) => d > first && d < last && !kept.includes(d));
      const exdates = skipped.map((d) => `EXDATE;TZID=${TZ}:${icalLocal(occurrenceFields(s, d).start)}`);
      const firstBooking = byStart.get(occurrenceFields(s, first).start)!;
      add(`series-${seriesId}@${UID_DOMAIN}`, firstBooking, [`RRULE:${rruleOf(s, last)}`, ...exdates].join('\r\n'));
      events++;
    }
    for (const b of list.filter((x) => !covered.has(x.id))) {
      add(`booking-${b.id}@${UID_DOMAIN}`, b);
      events++;
    }
  }
  // DTSTAMP is UTC (ical-generator would write it in the calendar's zone without a Z).
  const text = cal.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stampUtc}`);
  return { text, events };
}
