/**
 * The people a closure affects, as the desk tells them: one plain line per booking, for
 * pasting into WeChat (no tabs or markup, which WeChat shows as they are).
 */
import { isoWeekday } from '../../../../electron/shared/time';

export interface HitBooking {
  start: string;
  end: string;
  title: string;
  spaceName: string;
  contactName: string | null;
  contactPhone: string | null;
  organisationName: string | null;
}

export interface ClosureFacts {
  place: string;
  firstDay: string;
  lastDay: string;
  reason: string;
}

type T = (key: string, params?: Record<string, unknown>) => string;

/** 2026-11-25 周三 14:00–16:00 · 青年活动室 · 布艺手作课 · 王女士 13800131234 · 老伙伴志愿者 */
export function noticeLine(t: T, b: HitBooking): string {
  const date = b.start.slice(0, 10);
  const who = [b.contactName, b.contactPhone].filter(Boolean).join(' ');
  return [
    `${date} ${t(`weekday.${isoWeekday(date)}`)} ${b.start.slice(11, 16)}–${b.end.slice(11, 16)}`,
    b.spaceName,
    b.title,
    who || t('plans.notice.noContact'),
    b.organisationName,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The heading line, then one line per booking in time order. */
export function noticeText(t: T, closure: ClosureFacts, hits: HitBooking[]): string {
  const days = closure.firstDay === closure.lastDay ? closure.firstDay : t('plans.notice.daysRange', { from: closure.firstDay, to: closure.lastDay });
  const heading = t('plans.notice.heading', { place: closure.place, days, reason: closure.reason, count: hits.length });
  const lines = [...hits].sort((a, b) => a.start.localeCompare(b.start)).map((b) => noticeLine(t, b));
  return [heading, ...lines].join('\n');
}
