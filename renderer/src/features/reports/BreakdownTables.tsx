import { Card, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReportOutput } from '../../../../electron/shared/contract/reports';
import { useLocalName } from '../../components/localName';
import { hrs, int, pct } from './format';

interface CountRow {
  bookings: number;
  held: number;
  heads: number;
  noShows: number;
  cancellations: number;
  bookingMinutes: number;
}

function useCountColumns<R extends CountRow>(): ColumnsType<R> {
  const { t } = useTranslation();
  const n = (k: keyof CountRow) => ({ title: t(`reports.cols.${k === 'bookingMinutes' ? 'bookingHours' : k}`), align: 'right' as const, render: (_: unknown, r: R) => (k === 'bookingMinutes' ? hrs(r[k]) : int(r[k])) });
  return [n('bookings'), n('held'), n('heads'), n('noShows'), n('cancellations'), n('bookingMinutes')];
}

function useRoomColumns<R extends { openMinutes: number; bookedMinutes: number; utilisation: number | null }>(): ColumnsType<R> {
  const { t } = useTranslation();
  return [
    { title: t('reports.cols.openHours'), align: 'right', render: (_, r) => hrs(r.openMinutes) },
    { title: t('reports.cols.bookedHours'), align: 'right', render: (_, r) => hrs(r.bookedMinutes) },
    { title: t('reports.cols.utilisation'), align: 'right', render: (_, r) => pct(r.utilisation) },
  ];
}

const paged = (n: number) => (n > 12 ? { pageSize: 12, size: 'small' as const, showSizeChanger: false } : false);

/** Every breakdown of the period as a table, one tab each. */
export function BreakdownTables({ report }: { report: ReportOutput }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  const counts = useCountColumns<CountRow & { key?: unknown }>() as ColumnsType<never>;
  const room = useRoomColumns() as ColumnsType<never>;
  const empty = { emptyText: t('reports.empty') };
  const windowName = (w: { spaceName: string; spaceNameEn: string; weekday: number; start: string; end: string }) =>
    `${localName({ name: w.spaceName, nameEn: w.spaceNameEn })} · ${t(`reports.weekday.${w.weekday}`)} ${w.start}–${w.end}`;
  const windows = [
    ...report.busiestWindows.map((w) => ({ ...w, which: 'busiest' as const })),
    ...report.idlestWindows.map((w) => ({ ...w, which: 'idlest' as const })),
  ];
  const audienceName = (id: number) => localName(report.byAudience.find((a) => a.audienceId === id));
  const items = [
    {
      key: 'bySite',
      children: (
        <Table size="small" rowKey="siteId" pagination={paged(report.bySite.length)} locale={empty} dataSource={report.bySite}
          columns={[{ title: t('reports.cols.site'), render: (_, r) => localName(r) }, ...room, ...counts] as ColumnsType<ReportOutput['bySite'][number]>} />
      ),
    },
    {
      key: 'bySpace',
      children: (
        <Table size="small" rowKey="spaceId" pagination={paged(report.bySpace.length)} locale={empty} dataSource={report.bySpace}
          columns={[
            { title: t('reports.cols.site'), render: (_, r) => localName({ name: r.siteName, nameEn: r.siteNameEn }) },
            {
              title: t('reports.cols.space'),
              render: (_, r) => (
                <>
                  {localName(r)}{' '}
                  {r.archived && <Tag>{r.archivedOn ? t('reports.cols.archived', { date: r.archivedOn }) : t('reports.cols.archivedUnknown')}</Tag>}
                </>
              ),
            },
            ...room,
            ...counts,
          ] as ColumnsType<ReportOutput['bySpace'][number]>} />
      ),
    },
    {
      key: 'byAudience',
      children: (
        <Table size="small" rowKey={(r) => String(r.audienceId)} pagination={false} locale={empty} dataSource={report.byAudience}
          columns={[
            { title: t('reports.cols.audience'), render: (_, r) => (r.audienceId === null ? t('reports.noAudience') : <Tag color={r.color}>{localName(r)}</Tag>) },
            { title: t('reports.cols.plannedShare'), align: 'right', render: (_, r) => pct(r.plannedShare) },
            { title: t('reports.cols.usedShare'), align: 'right', render: (_, r) => pct(r.usedShare) },
            { title: t('reports.cols.windowUse'), align: 'right', render: (_, r) => pct(r.windowMinutes ? r.windowBookedMinutes / r.windowMinutes : null) },
            ...counts,
          ] as ColumnsType<ReportOutput['byAudience'][number]>} />
      ),
    },
    {
      key: 'byOrganisation',
      children: (
        <Table size="small" rowKey="organisationId" pagination={paged(report.byOrganisation.length)} locale={empty} dataSource={report.byOrganisation}
          columns={[{ title: t('reports.cols.organisation'), render: (_, r) => localName(r) }, ...counts] as ColumnsType<ReportOutput['byOrganisation'][number]>} />
      ),
    },
    {
      key: 'byWeekday',
      children: (
        <Table size="small" rowKey="weekday" pagination={false} locale={empty} dataSource={report.byWeekday}
          columns={[{ title: t('reports.cols.weekday'), render: (_, r) => t(`reports.weekday.${r.weekday}`) }, ...counts] as ColumnsType<ReportOutput['byWeekday'][number]>} />
      ),
    },
    {
      key: 'byHour',
      children: (
        <Table size="small" rowKey="hour" pagination={paged(report.byHour.length)} locale={empty} dataSource={report.byHour}
          columns={[{ title: t('reports.cols.hour'), render: (_, r) => `${String(r.hour).padStart(2, '0')}:00` }, ...counts] as ColumnsType<ReportOutput['byHour'][number]>} />
      ),
    },
    {
      key: 'windows',
      children: (
        <Table size="small" rowKey={(w) => `${w.which}-${w.spaceId}-${w.weekday}-${w.start}-${w.audienceId}`} pagination={false} locale={empty} dataSource={windows}
          columns={[
            { title: '', render: (_, w) => <Tag color={w.which === 'busiest' ? 'volcano' : 'blue'}>{t(`reports.${w.which}`)}</Tag> },
            { title: t('reports.cols.window'), render: (_, w) => windowName(w) },
            { title: t('reports.cols.audience'), render: (_, w) => audienceName(w.audienceId) },
            { title: t('reports.cols.windowUse'), align: 'right', render: (_, w) => pct(w.windowMinutes ? w.usedMinutes / w.windowMinutes : null) },
          ]} />
      ),
    },
    {
      key: 'blocks',
      children: (
        <Table size="small" rowKey={(b) => `${b.spaceId}-${b.weekday}-${b.start}-${b.organisationId}`} pagination={paged(report.unusedBlocks.length)} locale={empty} dataSource={report.unusedBlocks}
          columns={[
            { title: t('reports.cols.organisation'), render: (_, b) => localName(b) },
            { title: t('reports.cols.window'), render: (_, b) => windowName(b) },
            { title: t('reports.cols.occurrences'), align: 'right', dataIndex: 'occurrences' },
            { title: t('reports.cols.used'), align: 'right', dataIndex: 'used' },
          ]} />
      ),
    },
    {
      key: 'reasons',
      children: (
        <Table size="small" rowKey="reason" pagination={false} locale={empty} dataSource={report.cancellationReasons}
          columns={[
            { title: t('reports.cols.reason'), render: (_, r) => r.reason || t('reports.noReason') },
            { title: t('reports.cols.count'), align: 'right', dataIndex: 'count' },
          ]} />
      ),
    },
  ];
  return (
    <Card size="small" className="report-tables">
      <Tabs size="small" items={items.map((i) => ({ ...i, label: t(`reports.tables.${i.key}`) }))} />
    </Card>
  );
}
