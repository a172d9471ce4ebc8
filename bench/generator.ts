/**
 * Generates the benchmark's subdistrict into a fresh database: the app's own
 * migrations build the schema, then rows go in through prepared statements in large
 * transactions (a test-data tool may write SQL directly; only the measured operations
 * must go through the app). The same seed always gives the same database.
 */
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';
import { openDatabase } from '../electron/main/db/connection';
import { addDays, hhmm, isoWeekday, minutesOfDay } from '../electron/shared/time';
import { fillCalendarTables, type GeneratedSeries } from './calendar-fill';
import * as D from './dataset';
import { clashes, standingBlocks, walkDay, windowAt, type Interval, type WalkOptions } from './day-layout';
import { createRng, type Rng } from './prng';

/** Bump whenever the generated data changes, so cached databases are rebuilt. */
export const GENERATOR_VERSION = 3;
export const SEED = 20_261_123;

/** A term (half a year) after which standing blocks are planned afresh. */
const TERM_DAYS = 182;
const REGULARS = 1000;
const COLOURS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7'];

export interface Generated {
  counts: Record<string, number>;
  /** What was done with the optional tables (plans, holidays, series), one line each. */
  notes: string[];
}

interface SpaceState {
  id: number;
  shape: D.SpaceTemplate;
  walk: WalkOptions;
  sundayClose: number;
  blocks: (Interval & { weekday: number; seriesId: number; audience: number; org: number; contact: number; title: string })[];
}

const HOLIDAYS: Record<string, string> = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json').holidays;

export function generateDataset(file: string, seed = SEED): Generated {
  const conn = openDatabase(file);
  const db = conn.sqlite;
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -65536');
  try {
    const rng = createRng(seed);
    const counts: Record<string, number> = {};
    const ids = db.transaction(() => insertDirectory(db, rng, counts))();
    const spaces = db.transaction(() => insertSites(db, counts))();
    const { series, bookings } = insertBookings(db, rng, spaces, ids);
    counts.bookings = bookings;
    counts.series = series.length;
    const notes = db.transaction(() => fillCalendarTables(db, { series, spaceIds: spaces.flat().map((s) => s.id) }))();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { counts, notes };
  } finally {
    db.close();
  }
}

interface DirectoryIds {
  audiences: number[];
  organisations: number[];
  contacts: number[];
  operators: number[];
}

function insertDirectory(db: Database.Database, rng: Rng, counts: Record<string, number>): DirectoryIds {
  const insert = (sqlText: string, rows: unknown[][]) => {
    const st = db.prepare(sqlText);
    return rows.map((r) => Number(st.run(...r).lastInsertRowid));
  };
  const operators = insert(
    'INSERT INTO operators (name, role) VALUES (?, ?)',
    ['值班员甲', '值班员乙', '值班员丙', '值班员丁', '街道协调员'].map((n, i) => [n, i < 4 ? 'desk' : 'coordinator']),
  );
  const audiences = insert(
    'INSERT INTO audiences (name, name_en, color, sort_order) VALUES (?, ?, ?, ?)',
    D.AUDIENCES.map((a, i) => [a.name, a.nameEn, a.color, i]),
  );
  const organisations = insert(
    'INSERT INTO organisations (name, kind) VALUES (?, ?)',
    D.organisationNames().map((o) => [o.name, o.kind]),
  );
  const contactRows: unknown[][] = [];
  for (let i = 0; i < D.CONTACT_COUNT; i++) {
    const name = rng.pick(D.SURNAMES) + rng.pick(D.GIVEN) + (rng.chance(0.6) ? rng.pick(D.GIVEN) : '');
    const org = rng.chance(0.1) ? rng.pick(organisations) : null;
    contactRows.push([name, `138001${String(i).padStart(5, '0')}`, org]);
  }
  const contacts = insert('INSERT INTO contacts (name, phone, organisation_id) VALUES (?, ?, ?)', contactRows);
  Object.assign(counts, { operators: operators.length, audiences: audiences.length, organisations: organisations.length, contacts: contacts.length });
  return { audiences, organisations, contacts, operators };
}

/** Sites and spaces; returns each site's spaces with a whole court before its halves. */
function insertSites(db: Database.Database, counts: Record<string, number>): SpaceState[][] {
  const site = db.prepare('INSERT INTO sites (name, address, phone) VALUES (?, ?, ?)');
  const space = db.prepare(`INSERT INTO spaces (site_id, parent_id, name, kind, capacity, opening_hours, slot_minutes,
    min_booking_minutes, max_booking_minutes, buffer_minutes, needs_approval, mode, color)
    VALUES (?, ?, ?, ?, ?, ?, 30, ?, ?, ?, ?, ?, ?)`);
  let n = 0;
  const out = D.siteShapes().map((shape, i) => {
    const siteId = Number(site.run(shape.name, `上海市虹口区曲阳路街道 ${shape.name}`, `021-6555${String(i).padStart(4, '0')}`).lastInsertRowid);
    let wholeId: number | null = null;
    return shape.spaces.map((s) => {
      const parentId = s.court === 'half' ? wholeId : null;
      const id = Number(
        space.run(siteId, parentId, s.name, s.kind, s.capacity, JSON.stringify(D.openingHours(s)), s.minBookingMinutes,
          s.maxBookingMinutes, s.bufferMinutes, s.needsApproval ? 1 : 0, s.mode, COLOURS[n++ % COLOURS.length]).lastInsertRowid,
      );
      if (s.court === 'whole') wholeId = id;
      const open = minutesOfDay(s.open);
      const close = minutesOfDay(s.close);
      // A whole court is booked rarely, leaving its halves room for their own groups.
      const idle = s.court === 'whole' ? 0.97 : s.mode === 'shared' ? 0.35 : 0.25;
      const walk = { open, close, minLength: s.minBookingMinutes, maxLength: s.maxBookingMinutes, buffer: s.bufferMinutes, idle };
      return { id, shape: s, walk, sundayClose: close - D.FREE_SUNDAY_MINUTES, blocks: [] } satisfies SpaceState;
    });
  });
  counts.sites = out.length;
  counts.spaces = n;
  return out;
}

/** Standing blocks are cancelled less often than one-off bookings; only the future holds requests. */
function rollStatus(rng: Rng, past: boolean, approval: boolean, standing: boolean): string {
  const r = rng.next();
  if (r < (standing ? 0.04 : 0.09)) return 'cancelled';
  if (!past) return approval && r < 0.5 ? 'requested' : 'confirmed';
  if (r < 0.13) return 'no_show';
  return r < 0.75 ? 'checked_in' : 'confirmed';
}

interface BookingFields {
  title: string;
  contact: number | null;
  org: number | null;
  /** Index into AUDIENCES. */
  audience: number;
  head: number;
  seriesId: number | null;
  override: string | null;
}

const BOOKING_SQL = `INSERT INTO bookings (space_id, start, end, title, contact_id, organisation_id, audience_id,
  head_count, status, note, series_id, override_reason, cancel_reason, created_by, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`;

function insertBookings(db: Database.Database, rng: Rng, sites: SpaceState[][], ids: DirectoryIds) {
  const stmt = db.prepare(BOOKING_SQL);
  const series: GeneratedSeries[] = [];
  // One booking in five is by one of a thousand regulars (a few a week); the rest by anyone.
  const pickContact = () => ids.contacts[rng.chance(0.2) ? rng.int(0, REGULARS - 1) : rng.int(0, ids.contacts.length - 1)];
  let bookings = 0;
  let dayIndex = 0;
  const days: string[] = [];
  for (let d = D.DATA_FROM; d < D.DATA_TO; d = addDays(d, 1)) days.push(d);

  const planTerm = (s: SpaceState, from: string) => {
    if (s.shape.court === 'whole') return (s.blocks = []);
    const until = days[Math.min(days.length - 1, dayIndex + TERM_DAYS - 1)];
    s.blocks = standingBlocks(rng, s.walk, s.sundayClose).map((b) => {
      const org = rng.pick(ids.organisations);
      const audience = windowAt(b.start).audience;
      const title = rng.pick(D.TITLES[audience]);
      const seriesId = series.length + 1;
      series.push({ id: seriesId, spaceId: s.id, weekday: b.weekday, start: hhmm(b.start), end: hhmm(b.end), from, until, title, audienceId: ids.audiences[audience], organisationId: org });
      return { ...b, seriesId, audience, org, contact: pickContact(), title };
    });
  };

  const layDay = (date: string) => {
    const weekday = isoWeekday(date);
    const past = date < D.TODAY;
    const stamp = `${days[Math.max(0, dayIndex - rng.int(0, 14))]}T${past ? '10:00' : '08:30'}`;
    const status = (approval: boolean, standing: boolean) => rollStatus(rng, past, approval, standing);
    const emit = (s: SpaceState, iv: Interval, st: string, f: BookingFields) => {
      stmt.run(s.id, `${date}T${hhmm(iv.start)}`, `${date}T${hhmm(iv.end)}`, f.title, f.contact, f.org, ids.audiences[f.audience],
        f.head, st, f.seriesId, f.override, st === 'cancelled' ? '临时有事' : null, rng.pick(ids.operators), stamp, stamp);
      bookings++;
    };
    for (const spaces of sites) {
      let wholeActive: Interval[] = [];
      const halvesBlocks = spaces.filter((s) => s.shape.court === 'half').flatMap((s) => s.blocks.filter((b) => b.weekday === weekday));
      for (const s of spaces) {
        const shared = s.shape.mode === 'shared';
        const maxHead = shared ? Math.floor(s.shape.capacity / 2) : Math.min(s.shape.capacity, 20);
        const head = () => rng.int(1, maxHead);
        const walk = weekday === 7 ? { ...s.walk, close: s.sundayClose } : s.walk;
        const own = s.blocks.filter((b) => b.weekday === weekday && !clashes(b, wholeActive, s.walk.buffer));
        const active: Interval[] = [];
        for (const b of own) {
          emit(s, b, status(false, true), { title: b.title, contact: b.contact, org: b.org, audience: b.audience, head: head(), seriesId: b.seriesId, override: null });
        }
        const taken = [...own, ...wholeActive, ...(s.shape.court === 'whole' ? halvesBlocks : [])];
        const lanes = shared ? [walkDay(rng, walk, taken), walkDay(rng, { ...walk, idle: 0.6 }, [])] : [walkDay(rng, walk, taken)];
        for (const iv of lanes.flat()) {
          const w = windowAt(iv.start);
          // One booking in ten is for a guest audience, let in by a coordinator's override.
          const guest = rng.chance(0.1);
          const audience = guest ? rng.pick(w.guests) : w.audience;
          const fields = { title: rng.pick(D.TITLES[audience]), contact: pickContact(), org: audience === 5 ? rng.pick(ids.organisations) : null, audience, head: head(), seriesId: null, override: guest ? '协调员同意' : null };
          const st = status(s.shape.needsApproval, false);
          emit(s, iv, st, fields);
          // Half the cancelled slots are taken again by someone else.
          const rebooked = st === 'cancelled' && rng.chance(0.5);
          if (rebooked) emit(s, iv, past ? 'checked_in' : 'confirmed', { ...fields, contact: pickContact() });
          if (st !== 'cancelled' || rebooked) active.push(iv);
        }
        if (s.shape.court === 'whole') wholeActive = active;
      }
    }
  };

  const perTransaction = db.transaction((slice: string[]) => {
    for (const date of slice) {
      if (dayIndex % TERM_DAYS === 0) for (const s of sites.flat()) planTerm(s, date);
      // Spaces close on statutory holidays; 调休 make-up days are ordinary days here.
      if (!HOLIDAYS[date]) layDay(date);
      dayIndex++;
    }
  });
  for (let i = 0; i < days.length; i += 31) perTransaction(days.slice(i, i + 31));
  return { series, bookings };
}
