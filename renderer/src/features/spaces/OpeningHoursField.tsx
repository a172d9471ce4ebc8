import { Checkbox, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpeningHours } from '../../../../electron/shared/domain';
import { hhmm } from '../../../../electron/shared/time';

const TIMES = Array.from({ length: 49 }, (_, i) => hhmm(i * 30));
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** Opening hours per weekday: a tick for open days, then from–to on a half-hour grid. */
export function OpeningHoursField(props: { value?: OpeningHours[]; onChange?: (v: OpeningHours[]) => void }) {
  const { t } = useTranslation();
  const value = props.value ?? [];
  const set = (weekday: number, h: OpeningHours | null) => {
    const rest = value.filter((x) => x.weekday !== weekday);
    props.onChange?.((h ? [...rest, h] : rest).sort((a, b) => a.weekday - b.weekday));
  };
  return (
    <Space direction="vertical" size={4}>
      {WEEKDAYS.map((wd) => {
        const h = value.find((x) => x.weekday === wd);
        const previous = value.find((x) => x.weekday < wd);
        return (
          <Space key={wd}>
            <Checkbox
              checked={!!h}
              onChange={(e) => set(wd, e.target.checked ? { weekday: wd, open: previous?.open ?? '09:00', close: previous?.close ?? '21:00' } : null)}
              style={{ width: 72 }}
            >
              {t(`weekday.${wd}`)}
            </Checkbox>
            {h ? (
              <>
                <Select aria-label={`${t(`weekday.${wd}`)} ${t('fields.open')}`} size="small" style={{ width: 90 }} value={h.open} options={TIMES.slice(0, -1).map((x) => ({ value: x, label: x }))} onChange={(open: string) => set(wd, { ...h, open })} />
                –
                <Select aria-label={`${t(`weekday.${wd}`)} ${t('fields.close')}`} size="small" style={{ width: 90 }} value={h.close} options={TIMES.slice(1).map((x) => ({ value: x, label: x }))} onChange={(close: string) => set(wd, { ...h, close })} />
              </>
            ) : (
              <span style={{ color: '#8c8c8c' }}>{t('calendar.closed')}</span>
            )}
          </Space>
        );
      })}
    </Space>
  );
}
