/**
 * The booking search behind the header's search box: the words a caller gives on the
 * phone ("陈 周六", "8003", "烘焙 11-28") read as names, phone digits, titles, groups,
 * places or dates. Every word must match something of the booking.
 */
import type { Kysely } from 'kysely';
import type { BookingSearchItem } from '../../../shared/contract/bookings';
import { addDays, datePart, dayNumber, inYearRange, isRealDate } from '../../../shared/time';
import { searchBookings, type SearchTerm } from '../../db/repos/booking-search';
import type { DB } from '../../db/schema';
import type { ServiceContext } from '../context';

/**
 * Titles can only be matched row by row, so they are searched over these days around
 * today: about 50–110 ms over a whole subdistrict's 1.5 million bookings. Names, phones,
 * groups, places and dates go through indexes and reach all of history.
 */
export const TITLE_DAYS_BACK = 60;
export const TITLE_DAYS_AHEAD = 120;
/** More words than this add nothing a person types; the rest are ignored. */
const MAX_TERMS = 5;

const pad = (n: string) => n.padStart(2, '0');

/** A full date, or month and day, in the ways people write them: 2026-11-28, 2026/11/28, 11-28, 11/28, 11.28, 11月28日. */
const FULL_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?$/;
const MONTH_DAY = /^(\d{1,2})[-/.月](\d{1,2})[日号]?$/;

/**
 * The day a word names, or null. A month and day without a year is the one nearest to
 * today (on 2026-11-23, 1-5 is 2027-01-05 and 11-2 is 2026-11-02).
 */
export function dayOfWord(word: string, today: string): string | null {
  const full = FULL_DATE.exec(word);
  if (full) {
    const day = `${full[1]}-${pad(full[2])}-${pad(full[3])}`;
    return isRealDate(day) && inYearRange(day) ? day : null;
  }
  const md = MONTH_DAY.exec(word);
  if (!md) return null;
  const year = Number(today.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(md[1])}-${pad(md[2])}`).filter(isRealDate);
  if (candidates.length === 0) return null;
  const distance = (d: string) => Math.abs(dayNumber(d) - dayNumber(today));
  return candidates.reduce((best, d) => (distance(d) < distance(best) ? d : best));
}

/** The query's words as search terms: a date, or text (digits also match the end of a phone). */
export function searchTerms(query: string, today: string): SearchTerm[] {
  const words = query.split(/[\s,，、]+/).filter(Boolean).slice(0, MAX_TERMS);
  return words.map((w) => {
    const day = dayOfWord(w, today);
    if (day) return { kind: 'day', day };
    // Phone numbers are stored without spaces or dashes; "8003" or "138-0013" is their end.
    const digits = w.replace(/[-\s]/g, '');
    return /^\d{3,}$/.test(digits) ? { kind: 'text', text: w, phoneDigits: digits } : { kind: 'text', text: w };
  });
}

export async function findBookings(
  ctx: ServiceContext,
  db: Kysely<DB>,
  input: { query: string; limit: number },
): Promise<{ items: BookingSearchItem[]; more: boolean }> {
  const now = ctx.now();
  const today = datePart(now);
  return searchBookings(db, {
    terms: searchTerms(input.query, today),
    now,
    titleFrom: addDays(today, -TITLE_DAYS_BACK),
    titleTo: addDays(today, TITLE_DAYS_AHEAD),
    limit: input.limit,
  });
}
