import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../api/client';

/**
 * The year of `date` (`YYYY-MM-DD...`) when its statutory holidays and 调休 are not in the
 * database yet, else null. One small query per year, asked again only when the year changes.
 */
export function useUnknownYear(date: string | undefined): number | null {
  const year = date && /^\d{4}-/.test(date) ? Number(date.slice(0, 4)) : null;
  const status = useQuery('calendarDays.yearStatus', year === null ? null : { years: [year] });
  // The answer for the year before may still be on hand for a moment after the date changes.
  const answer = status.data?.find((s) => s.year === year);
  return answer && !answer.known ? year : null;
}

/**
 * A single booking on a day of a year without holiday data: the day may turn out to be a
 * holiday or a make-up workday. Warns as the series preview does; never blocks the save.
 */
export function UnknownYearAlert(props: { year: number | null }) {
  const { t } = useTranslation();
  if (props.year === null) return null;
  return <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('booking.unknownYear', { year: props.year })} />;
}
