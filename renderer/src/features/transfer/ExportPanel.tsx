import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Popconfirm, Segmented, Select, Space, Typography } from 'antd';
import { CalendarOutlined, FileExcelOutlined, LockOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { BOOKING_STATUSES, type BookingStatus } from '../../../../electron/shared/domain';
import { addDays, mondayOf } from '../../../../electron/shared/time';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useToday } from '../../api/clock';
import { useLocalName } from '../../components/localName';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';
import { useAudienceOptions } from '../../components/audienceOptions';

type Range = [Dayjs, Dayjs];
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** Say where the file went, or nothing when the save dialog was cancelled. */
function useSavedMessage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (run: () => Promise<{ path: string | null; count: number }>, what: string) => {
    try {
      const r = await run();
      if (r.path) message.success(t('exports.saved', { count: r.count, what, path: r.path }));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
}

function BookingsExport() {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const today = useToday();
  const saved = useSavedMessage();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const spaces = useQuery('spaces.list', siteId === undefined ? null : { siteId });
  const audiences = useQuery('audiences.list', {});
  const audienceOptions = useAudienceOptions(audiences.data);
  const organisations = useQuery('organisations.list', {});
  const monday = mondayOf(today);
  const [range, setRange] = useState<Range>([dayjs(monday), dayjs(addDays(monday, 6))]);
  const [spaceIds, setSpaceIds] = useState<number[]>([]);
  const [audienceIds, setAudienceIds] = useState<number[]>([]);
  const [organisationIds, setOrganisationIds] = useState<number[]>([]);
  const [statuses, setStatuses] = useState<BookingStatus[]>([]);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [layout, setLayout] = useState<'per_space' | 'one_sheet'>('per_space');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (siteId === undefined) return;
    setBusy(true);
    await saved(
      () =>
        invoke('exports.bookings', {
          siteId,
          spaceIds: spaceIds.length ? spaceIds : undefined,
          from: day(range[0]),
          to: day(range[1]),
          audienceIds,
          organisationIds,
          statuses,
          format,
          layout,
          language: i18n.language === 'en' ? 'en' : 'zh-CN',
        }),
      t('exports.bookingsWhat'),
    );
    setBusy(false);
  };
  return (
    <Card title={t('exports.bookingsTitle')} size="small">
      <Form layout="vertical">
        <Space wrap align="start">
          <Form.Item label={t('fields.site')}>
            <SitePicker sites={sites} value={siteId} onChange={(id) => (setSiteId(id), setSpaceIds([]))} />
          </Form.Item>
          <Form.Item label={t('exports.spaces')}>
            <Select mode="multiple" aria-label={t('exports.spaces')} allowClear placeholder={t('exports.allSpaces')} style={{ minWidth: 220 }} value={spaceIds} onChange={setSpaceIds} options={(spaces.data ?? []).map((s) => ({ value: s.id, label: localName(s) }))} />
          </Form.Item>
          <Form.Item label={t('exports.period')}>
            <DatePicker.RangePicker aria-label={t('exports.period')} allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item label={t('exports.audiences')}>
            <Select mode="multiple" aria-label={t('exports.audiences')} allowClear placeholder={t('exports.any')} style={{ minWidth: 180 }} value={audienceIds} onChange={setAudienceIds} options={audienceOptions} />
          </Form.Item>
          <Form.Item label={t('exports.organisations')}>
            <Select mode="multiple" aria-label={t('exports.organisations')} allowClear placeholder={t('exports.any')} style={{ minWidth: 220 }} value={organisationIds} onChange={setOrganisationIds} optionFilterProp="label" options={(organisations.data ?? []).map((o) => ({ value: o.id, label: localName(o) }))} />
          </Form.Item>
          <Form.Item label={t('exports.statuses')}>
            <Select mode="multiple" aria-label={t('exports.statuses')} allowClear placeholder={t('exports.activeStatuses')} style={{ minWidth: 200 }} value={statuses} onChange={setStatuses} options={BOOKING_STATUSES.map((s) => ({ value: s, label: t(`booking.status.${s}`) }))} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Segmented aria-label={t('exports.format')} value={format} onChange={(v) => setFormat(v as typeof format)} options={[{ value: 'xlsx', label: 'Excel (.xlsx)' }, { value: 'csv', label: 'CSV' }]} />
          {format === 'xlsx' && (
            <Segmented aria-label={t('exports.layout')} value={layout} onChange={(v) => setLayout(v as typeof layout)} options={[{ value: 'per_space', label: t('exports.perSpace') }, { value: 'one_sheet', label: t('exports.oneSheet') }]} />
          )}
          <Button type="primary" icon={<FileExcelOutlined />} loading={busy} onClick={run}>
            {t('exports.exportBookings')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

function CalendarExport() {
  const { t, i18n } = useTranslation();
  const localName = useLocalName();
  const today = useToday();
  const saved = useSavedMessage();
  const [of, setOf] = useState<'space' | 'organisation'>('organisation');
  const [ownerId, setOwnerId] = useState<number | undefined>();
  const [range, setRange] = useState<Range>([dayjs(today), dayjs(addDays(today, 180))]);
  const spaces = useQuery('spaces.list', {});
  const organisations = useQuery('organisations.list', {});
  const [busy, setBusy] = useState(false);
  const options = of === 'space' ? (spaces.data ?? []).map((s) => ({ value: s.id, label: localName(s) })) : (organisations.data ?? []).map((o) => ({ value: o.id, label: localName(o) }));
  const run = async () => {
    if (ownerId === undefined) return;
    setBusy(true);
    const owner = of === 'space' ? { spaceId: ownerId } : { organisationId: ownerId };
    await saved(() => invoke('exports.calendar', { ...owner, from: day(range[0]), to: day(range[1]), language: i18n.language === 'en' ? 'en' : 'zh-CN' }), t('exports.eventsWhat'));
    setBusy(false);
  };
  return (
    <Card title={t('exports.calendarTitle')} size="small">
      <Typography.Paragraph type="secondary">{t('exports.calendarHint')}</Typography.Paragraph>
      <Space wrap>
        <Segmented value={of} onChange={(v) => (setOf(v as typeof of), setOwnerId(undefined))} options={[{ value: 'organisation', label: t('exports.ofOrganisation') }, { value: 'space', label: t('exports.ofSpace') }]} />
        <Select showSearch={{ optionFilterProp: 'label' }} aria-label={t(of === 'space' ? 'exports.ofSpace' : 'exports.ofOrganisation')} style={{ minWidth: 260 }} value={ownerId} onChange={setOwnerId} options={options} placeholder={t('exports.choose')} />
        <DatePicker.RangePicker aria-label={t('exports.calendarPeriod')} allowClear={false} value={range} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        <Button type="primary" icon={<CalendarOutlined />} disabled={ownerId === undefined} loading={busy} onClick={run}>
          {t('exports.exportCalendar')}
        </Button>
      </Space>
    </Card>
  );
}

function ContactsExport() {
  const { t, i18n } = useTranslation();
  const saved = useSavedMessage();
  const current = useQuery('session.current', {});
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  if (current.data?.role !== 'coordinator') {
    return (
      <Card title={t('exports.contactsTitle')} size="small">
        <Alert type="info" showIcon icon={<LockOutlined />} message={t('exports.contactsCoordinatorOnly')} />
      </Card>
    );
  }
  return (
    <Card title={t('exports.contactsTitle')} size="small">
      <Alert type="warning" showIcon message={t('exports.privacy')} style={{ marginBottom: 12 }} />
      <Space>
        <Segmented value={format} onChange={(v) => setFormat(v as typeof format)} options={[{ value: 'xlsx', label: 'Excel (.xlsx)' }, { value: 'csv', label: 'CSV' }]} />
        <Popconfirm title={t('exports.contactsConfirm')} description={t('exports.privacy')} okText={t('exports.exportContacts')} onConfirm={() => saved(() => invoke('exports.contacts', { format, language: i18n.language === 'en' ? 'en' : 'zh-CN' }), t('exports.contactsWhat'))}>
          <Button icon={<LockOutlined />}>{t('exports.exportContacts')}</Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}

export function ExportPanel() {
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BookingsExport />
      <CalendarExport />
      <ContactsExport />
    </Space>
  );
}
