import { useState } from 'react';
import { Alert, App, Button, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHolidayName } from '../../components/holidayName';
import type { CalendarDay } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useToday } from '../../api/clock';
import { HolidayImportDialog } from './HolidayImportDialog';
import { HolidayPolicyField } from './HolidayPolicyField';

type YearStatus = { year: number; known: boolean; source: string | null; holidays: number; workdays: number };

/** Holidays and 调休 per year: shipped years, unknown years with a warning, edit a make-up day. */
export function HolidaysPanel() {
  const { t } = useTranslation();
  const holidayName = useHolidayName();
  const { message } = App.useApp();
  const [year, setYear] = useState(Number(useToday().slice(0, 4)));
  const days = useQuery('calendarDays.list', { year });
  const yearStatus = useQuery('calendarDays.yearStatus', { years: [year] });
  const status: YearStatus | null = yearStatus.data?.[0] ?? null;
  const [entering, setEntering] = useState(false);
  const follow = async (d: CalendarDay, weekday: number) => {
    try {
      const r = await invoke('calendarDays.save', { date: d.date, day: { ...d, followsWeekday: weekday } });
      message.success(t('plans.affected', { count: r.bookings.length }));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <InputNumber aria-label={t('plans.year')} value={year} min={2004} max={2100} onChange={(v) => v && setYear(v)} />
        <Button
          onClick={() =>
            invoke('calendarDays.importYear', { year }).then(
              (r) => message.success(t('plans.affected', { count: r.bookings.length })),
              (e) => message.error(describeError(t, e)),
            )
          }
        >
          {t('plans.importYear')}
        </Button>
        <Button type={status && !status.known ? 'primary' : 'default'} onClick={() => setEntering(true)}>
          {t('plans.notice.open', { year })}
        </Button>
        {status && (
          <Tag color={status.known ? 'green' : 'orange'}>
            {status.known ? t('plans.yearKnown', { holidays: status.holidays, workdays: status.workdays }) : t('plans.yearUnknown')}
          </Tag>
        )}
      </Space>
      <HolidayImportDialog open={entering} year={year} replacing={status?.known ?? false} onClose={() => setEntering(false)} />
      <HolidayPolicyField />
      {status && !status.known && <Alert type="warning" showIcon message={t('plans.unknownYear', { year })} />}
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        pagination={false}
        dataSource={days.data ?? []}
        columns={[
          { title: t('plans.date'), dataIndex: 'date' },
          { title: t('plans.kind'), render: (_, d) => <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`plans.dayKind.${d.kind}`)}</Tag> },
          { title: t('plans.holidayName'), render: (_, d) => holidayName(d.name) },
          {
            title: t('plans.follows'),
            render: (_, d) =>
              d.kind === 'workday' ? (
                <Select
                  style={{ width: 110 }}
                  value={d.followsWeekday ?? 1}
                  onChange={(w) => follow(d, w)}
                  options={[1, 2, 3, 4, 5, 6, 7].map((w) => ({ value: w, label: t(`plans.weekday.${w}`) }))}
                />
              ) : null,
          },
        ]}
      />
    </Space>
  );
}
