import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../electron/shared/contract/plans';

/** The buckets of the tally, in the order they are read; the last three only show when present. */
const ALWAYS = ['free', 'clash', 'holiday', 'makeup', 'past'] as const;
const WHEN_ANY = ['closure', 'outside_window', 'invalid'] as const;
type Bucket = (typeof ALWAYS)[number] | (typeof WHEN_ANY)[number];

/** Each date counts once: a date gone by is past whatever else it would be. */
export function tallyOf(occurrences: Occurrence[]): Record<Bucket, number> {
  const n = Object.fromEntries([...ALWAYS, ...WHEN_ANY].map((k) => [k, 0])) as Record<Bucket, number>;
  for (const o of occurrences) n[o.past ? 'past' : o.status]++;
  return n;
}

/** One line above the preview: 可预约 12 · 冲突 1 · 节假日 1 · 调休 1 · 已过去 10. */
export function SeriesTally(props: { occurrences: Occurrence[]; /** A repeat of the line (in the save bar): not announced again. */ repeat?: boolean }) {
  const { t } = useTranslation();
  const n = tallyOf(props.occurrences);
  const parts = [...ALWAYS, ...WHEN_ANY.filter((k) => n[k] > 0)].map((k) => t(`plans.tally.${k}`, { count: n[k] }));
  return (
    <Typography.Text role={props.repeat ? undefined : 'status'} aria-label={props.repeat ? undefined : t('plans.tally.label')} strong={!props.repeat} type={props.repeat ? 'secondary' : undefined}>
      {parts.join(' · ')}
    </Typography.Text>
  );
}
