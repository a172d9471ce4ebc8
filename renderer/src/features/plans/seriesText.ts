import type { TFunction } from 'i18next';
import type { RecurrenceRule } from '../../../../electron/shared/contract/plans';

/** A rule in words, e.g. "每周二、周四" or "每 2 个月第 1 个周三"; how often, not until when. */
export function describeRule(t: TFunction, rule: RecurrenceRule): string {
  const days = rule.weekdays.map((d) => t(`plans.weekday.${d}`)).join(t('plans.listSeparator'));
  if (rule.freq === 'monthly_nth_weekday') {
    const nth = rule.nth === -1 ? t('plans.nthLast') : t('plans.nthN', { n: rule.nth });
    return t(rule.interval > 1 ? 'plans.ruleMonthlyEvery' : 'plans.ruleMonthly', { n: rule.interval, nth, day: t(`plans.weekday.${rule.weekdays[0]}`) });
  }
  return t(rule.interval > 1 ? 'plans.ruleWeeklyEvery' : 'plans.ruleWeekly', { n: rule.interval, days });
}

/** Until a date or for a number of times. */
export function describeEnd(t: TFunction, rule: RecurrenceRule): string {
  return rule.until ? t('plans.ruleUntil', { date: rule.until }) : t('plans.ruleCount', { count: rule.count ?? 0 });
}
