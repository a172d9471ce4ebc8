import { useMemo, useState } from 'react';
import { Alert, App, Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../electron/shared/contract';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { WEEKDAY_WORDS, parseHolidayNotice, type NoticeDay } from './holidayNotice';
import { dayLabel } from '../../components/dayLabel';

type ImportResult = Output<'calendarDays.importYear'>;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAY_EN = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** What a notice looks like, in the UI's language; the parser reads both (see holidayNotice.ts). */
const EXAMPLE = {
  zh: ['2027-01-01 元旦', '2027-02-06 至 2027-02-12 春节', '2027-02-20 补班 周四'].join('\n'),
  en: ["2027-01-01 New Year's Day", '2027-02-06 – 2027-02-12 Spring Festival', '2027-02-20 make-up Thu'].join('\n'),
};

/**
 * A new year's holidays and make-up workdays, typed row by row or pasted from the State
 * Council notice. The text is the one source: a row added with the small form becomes a
 * line of it, so the user always sees and can correct everything. Nothing is imported
 * while a line cannot be read; after the import the bookings on changed days are listed.
 */
export function HolidayImportDialog(props: { open: boolean; year: number; replacing: boolean; onClose(): void; onImported?(r: ImportResult): void }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { modal } = App.useApp();
  const local = useLocalName();
  const spaces = useQuery('spaces.list', {});
  const [text, setText] = useState('');
  const [row, setRow] = useState<{ date: string; kind: 'holiday' | 'workday'; name: string; follows?: number }>({ date: '', kind: 'holiday', name: '' });
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => parseHolidayNotice(text, props.year), [text, props.year]);

  const addRow = () => {
    // Written in words the parser reads back: the notice's own in Chinese, plain English in English.
    const workday = english ? `make-up ${row.follows ? WEEKDAY_EN[row.follows] : ''}` : `补班 ${row.follows ? WEEKDAY_WORDS[row.follows] : ''}`;
    const line = row.kind === 'workday' ? `${row.date} ${workday}` : `${row.date} ${row.name}`;
    setText((old) => `${old.trimEnd()}${old.trim() ? '\n' : ''}${line.trim()}`);
    setRow({ date: '', kind: row.kind, name: row.kind === 'holiday' ? row.name : '' });
  };

  const runImport = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const days = parsed.days.map(({ date, kind, name, followsWeekday }) => ({ date, kind, name, followsWeekday }));
      const r = await invoke('calendarDays.importYear', { year: props.year, days });
      setResult(r);
      props.onImported?.(r);
    } catch (e) {
      setFailure(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };
  const confirmImport = () => {
    if (!props.replacing) return void runImport();
    // A known year is replaced as a whole: say so before it happens.
    modal.confirm({ title: t('plans.notice.replaceConfirm', { year: props.year }), okText: t('plans.notice.import', { count: parsed.days.length }), cancelText: t('common.back'), onOk: runImport });
  };
  const close = () => {
    setResult(null);
    props.onClose();
  };

  const spaceName = (id: number) => local(spaces.data?.find((s) => s.id === id));
  return (
    <Modal
      open={props.open}
      width={900}
      title={t('plans.notice.title', { year: props.year })}
      onCancel={close}
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            {t('common.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.close')}</Button>
            <Button type="primary" disabled={parsed.errors.length > 0 || parsed.days.length === 0} loading={busy} onClick={confirmImport}>
              {t('plans.notice.import', { count: parsed.days.length })}
            </Button>
          </Space>
        )
      }
    >
      {result ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="success" showIcon title={t('plans.notice.done', { year: props.year, holidays: result.status.holidays, workdays: result.status.workdays })} />
          <Typography.Text strong>{t('plans.notice.affected', { count: result.bookings.length })}</Typography.Text>
          {result.bookings.length > 0 && (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={result.bookings}
              columns={[
                { title: t('plans.date'), render: (_, b) => `${dayLabel(t, b.start.slice(0, 10))} ${b.start.slice(11)}–${b.end.slice(11)}` },
                { title: t('plans.space'), render: (_, b) => spaceName(b.spaceId) },
                { title: t('plans.seriesTitle'), dataIndex: 'title' },
                { title: t('plans.notice.change'), render: (_, b) => t(`plans.notice.problem.${b.problem}`, { defaultValue: b.problem }) },
              ]}
            />
          )}
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('plans.notice.help')}
          </Typography.Paragraph>
          <Space wrap>
            <Input aria-label={t('plans.date')} placeholder="YYYY-MM-DD" style={{ width: 120 }} value={row.date} onChange={(e) => setRow({ ...row, date: e.target.value })} onPressEnter={() => row.date.trim() && addRow()} />
            <Select
              aria-label={t('plans.kind')}
              style={{ width: 120 }}
              value={row.kind}
              onChange={(kind) => setRow({ ...row, kind })}
              options={(['holiday', 'workday'] as const).map((k) => ({ value: k, label: t(`plans.dayKind.${k}`) }))}
            />
            {row.kind === 'holiday' ? (
              <Input aria-label={t('plans.holidayName')} placeholder={t('plans.holidayName')} style={{ width: 140 }} value={row.name} onChange={(e) => setRow({ ...row, name: e.target.value })} onPressEnter={() => row.date.trim() && addRow()} />
            ) : (
              <Select aria-label={t('plans.follows')} placeholder={t('plans.follows')} style={{ width: 160 }} value={row.follows} onChange={(follows) => setRow({ ...row, follows })} options={WEEKDAYS.map((w) => ({ value: w, label: t(`plans.weekday.${w}`) }))} />
            )}
            <Button onClick={addRow} disabled={!row.date.trim()}>
              {t('plans.notice.addRow')}
            </Button>
          </Space>
          <Input.TextArea aria-label={t('plans.notice.textLabel')} rows={7} value={text} placeholder={english ? EXAMPLE.en : EXAMPLE.zh} onChange={(e) => setText(e.target.value)} style={{ fontFamily: 'monospace' }} />
          {parsed.errors.length > 0 && (
            <Alert
              type="error"
              showIcon
              title={t('plans.notice.errorsTitle', { count: parsed.errors.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {parsed.errors.map((e) => (
                    <li key={e.line}>{t('plans.notice.lineError', { line: e.line, text: e.text, message: t(`plans.notice.errors.${e.code}`, e.params) })}</li>
                  ))}
                </ul>
              }
            />
          )}
          {failure && <Alert type="error" showIcon title={failure} />}
          <Table<NoticeDay>
            rowKey="date"
            size="small"
            pagination={false}
            scroll={{ y: 260 }}
            locale={{ emptyText: t('plans.notice.empty') }}
            dataSource={parsed.days}
            columns={[
              { title: t('plans.date'), render: (_, d) => dayLabel(t, d.date) },
              { title: t('plans.kind'), render: (_, d) => <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`plans.dayKind.${d.kind}`)}</Tag> },
              { title: t('plans.holidayName'), dataIndex: 'name' },
              { title: t('plans.follows'), render: (_, d) => (d.followsWeekday ? t(`plans.weekday.${d.followsWeekday}`) : '') },
              { title: t('plans.notice.line'), dataIndex: 'line', width: 70 },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}
