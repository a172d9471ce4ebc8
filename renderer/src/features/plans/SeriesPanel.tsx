import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';

type Action = 'book' | 'skip' | 'keep';
const STATUS_COLOUR: Record<string, string> = { free: 'green', clash: 'red', holiday: 'orange', closure: 'volcano', outside_window: 'purple', invalid: 'red', makeup: 'blue' };

/** A weekly series: fill in, preview every occurrence, decide on each problem, then save. */
export function SeriesPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const spaces = useQuery('spaces.list', {});
  const audiences = useQuery('audiences.list', {});
  const orgs = useQuery('organisations.list', {});
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<Occurrence[] | null>(null);
  const [actions, setActions] = useState<Record<string, Action>>({});

  const input = () => {
    const v = form.getFieldsValue();
    return {
      spaceId: v.spaceId,
      startTime: v.startTime,
      endTime: v.endTime,
      title: v.title,
      audienceId: v.audienceId ?? null,
      organisationId: v.organisationId ?? null,
      headCount: v.headCount ?? 1,
      note: '',
      rule: { freq: 'weekly' as const, interval: v.interval ?? 1, weekdays: v.weekdays ?? [], startDate: v.startDate, until: v.until || null, count: v.count ?? null },
    };
  };
  const run = async () => {
    try {
      const occ = await invoke('series.preview', input());
      setPreview(occ);
      setActions(Object.fromEntries(occ.map((o) => [o.date, o.status === 'free' ? 'book' : 'skip'])));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
  const save = async () => {
    try {
      const decisions = Object.entries(actions).map(([date, action]) => ({ date, action, overrideReason: action === 'keep' ? t('plans.keptFromPreview') : null }));
      await invoke('series.create', { series: input(), decisions });
      message.success(t('common.saved'));
      setPreview(null);
    } catch (e) {
      message.error(describeError(t, e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" initialValues={{ startTime: '12:00', endTime: '13:30', interval: 1, headCount: 10 }}>
        <Form.Item name="spaceId" label={t('plans.space')}>
          <Select style={{ width: 200 }} options={(spaces.data ?? []).map((s) => ({ value: s.id, label: local(s) }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="title" label={t('plans.seriesTitle')}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="audienceId" label={t('plans.audience')}>
          <Select style={{ width: 140 }} options={(audiences.data ?? []).map((a) => ({ value: a.id, label: local(a) }))} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('plans.organisation')}>
          <Select style={{ width: 220 }} allowClear options={(orgs.data ?? []).map((o) => ({ value: o.id, label: local(o) }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="weekdays" label={t('plans.weekdays')}>
          <Select mode="multiple" style={{ width: 200 }} options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`plans.weekday.${d}`) }))} />
        </Form.Item>
        <Form.Item name="startTime" label={t('plans.from')}>
          <Input style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="endTime" label={t('plans.to')}>
          <Input style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="interval" label={t('plans.everyWeeks')}>
          <InputNumber min={1} max={12} style={{ width: 70 }} />
        </Form.Item>
        <Form.Item name="startDate" label={t('plans.startDate')}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="until" label={t('plans.until')}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="headCount" label={t('plans.headCount')}>
          <InputNumber min={1} style={{ width: 80 }} />
        </Form.Item>
        <Button onClick={run}>{t('plans.preview')}</Button>
      </Form>
      {preview?.some((o) => o.unknownYear) && <Alert type="warning" showIcon message={t('plans.unknownYearInSeries')} />}
      {preview && (
        <>
          <Table<Occurrence>
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={preview}
            columns={[
              { title: t('plans.date'), render: (_, o) => `${o.date} ${t(`plans.weekday.${new Date(o.date + 'T00:00Z').getUTCDay() || 7}`)}` },
              { title: t('plans.time'), render: (_, o) => `${o.start.slice(11)}–${o.end.slice(11)}` },
              {
                title: t('plans.statusTitle'),
                render: (_, o) => (
                  <Space>
                    <Tag color={STATUS_COLOUR[o.status]}>{t(`plans.status.${o.status}`)}</Tag>
                    {o.holidayName && <span>{o.holidayName}</span>}
                    {o.clashes.map((c) => (
                      <span key={c.bookingId}>{t('plans.clashWith', { title: c.title, start: c.start.slice(11), end: c.end.slice(11) })}</span>
                    ))}
                  </Space>
                ),
              },
              {
                title: t('plans.decision'),
                render: (_, o) => (
                  <Select<Action>
                    aria-label={`${t('plans.decision')} ${o.date}`}
                    style={{ width: 140 }}
                    value={actions[o.date]}
                    onChange={(a) => setActions({ ...actions, [o.date]: a })}
                    options={[
                      { value: 'book', label: t('plans.action.book') },
                      { value: 'skip', label: t('plans.action.skip') },
                      { value: 'keep', label: t('plans.action.keep') },
                    ]}
                  />
                ),
              },
            ]}
          />
          <Button type="primary" onClick={save}>
            {t('plans.saveSeries', { count: Object.values(actions).filter((a) => a !== 'skip').length })}
          </Button>
        </>
      )}
    </Space>
  );
}
