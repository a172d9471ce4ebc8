import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Closure } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError, fieldErrors } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { SitePicker, useSiteChoice } from '../../components/SitePicker';
import { ClosureHitsDialog, type ClosureHits } from './ClosureHitsDialog';
import type { ClosureFacts } from './closureNotice';

type Values = { spaceId?: number; days?: [Dayjs | null, Dayjs | null]; reason?: string };

/** The contract's field of a closure, as the form names it. */
const FORM_FIELD: Record<string, keyof Values> = { spaceId: 'spaceId', siteId: 'spaceId', firstDay: 'days', lastDay: 'days', reason: 'reason' };

/**
 * Closures of the current site or one of its spaces. Saving lists the bookings hit, with
 * who to tell; the desk cancels them or keeps them. Mistakes are said on the field, in
 * plain words, and nothing typed is lost.
 */
export function ClosuresPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const allSpaces = useQuery('spaces.list', {});
  const siteSpaces = (allSpaces.data ?? []).filter((s) => s.siteId === siteId);
  const closures = useQuery('closures.list', siteId === undefined ? null : { siteId });
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [hits, setHits] = useState<{ result: ClosureHits; facts: ClosureFacts } | null>(null);
  const names = new Map<string, string>([
    ...sites.map((s) => [`site-${s.id}`, t('plans.notice.wholeSite', { site: local(s) })] as const),
    ...(allSpaces.data ?? []).map((s) => [`space-${s.id}`, local(s)] as const),
  ]);

  const save = async (v: Values) => {
    if (siteId === undefined || !v.days?.[0] || !v.days[1]) return;
    const closure = {
      siteId: v.spaceId ? null : siteId,
      spaceId: v.spaceId ?? null,
      firstDay: v.days[0].format('YYYY-MM-DD'),
      lastDay: v.days[1].format('YYYY-MM-DD'),
      reason: v.reason ?? '',
    };
    setBusy(true);
    try {
      const r = await invoke('closures.save', { closure });
      const site = local(sites.find((s) => s.id === siteId));
      const space = v.spaceId ? local(siteSpaces.find((s) => s.id === v.spaceId)) : '';
      if (r.hits.length) setHits({ result: r, facts: { place: space ? `${site} ${space}` : site, firstDay: closure.firstDay, lastDay: closure.lastDay, reason: closure.reason } });
      else message.success(t('plans.notice.savedNoHits'));
      form.resetFields();
    } catch (e) {
      // A refusal about a field goes on that field, in words; anything else above.
      const fields = fieldErrors(t, e).filter((f) => FORM_FIELD[String(f.name.at(-1))]);
      if (fields.length) form.setFields(fields.map((f) => ({ name: FORM_FIELD[String(f.name.at(-1))], errors: f.errors })));
      else message.error(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" onFinish={save} style={{ rowGap: 8 }} requiredMark={false}>
        <Form.Item label={t('plans.site')}>
          <SitePicker
            sites={sites}
            value={siteId}
            onChange={(id) => {
              setSiteId(id);
              form.setFieldValue('spaceId', undefined);
            }}
          />
        </Form.Item>
        <Form.Item name="spaceId" label={t('plans.space')}>
          <Select
            aria-label={t('plans.space')}
            style={{ width: 200 }}
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('plans.notice.wholeSitePlaceholder')}
            options={siteSpaces.map((s) => ({ value: s.id, label: local(s) }))}
          />
        </Form.Item>
        <Form.Item
          name="days"
          label={t('plans.notice.daysLabel')}
          rules={[
            { required: true, message: t('plans.notice.needDays') },
            {
              // Half a range (one end typed, the other not) is said on the field, not ignored.
              validator: (_, v?: [Dayjs | null, Dayjs | null]) =>
                v && (!v[0] || !v[1])
                  ? Promise.reject(new Error(t('plans.notice.needDays')))
                  : v?.[0] && v[1] && v[1].isBefore(v[0], 'day')
                    ? Promise.reject(new Error(t('plans.notice.reversed')))
                    : Promise.resolve(),
            },
          ]}
        >
          <DatePicker.RangePicker placeholder={[t('plans.from'), t('plans.to')]} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('plans.reason')} rules={[{ required: true, whitespace: true, message: t('plans.notice.needReason') }]}>
          <Input aria-label={t('plans.reason')} style={{ width: 200 }} maxLength={200} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('plans.addClosure')}
        </Button>
      </Form>
      <Table<Closure>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={closures.data ?? []}
        columns={[
          { title: t('plans.where'), render: (_, c) => names.get(c.spaceId ? `space-${c.spaceId}` : `site-${c.siteId}`) },
          { title: t('plans.from'), dataIndex: 'firstDay' },
          { title: t('plans.to'), dataIndex: 'lastDay' },
          { title: t('plans.reason'), dataIndex: 'reason' },
          {
            title: '',
            render: (_, c) => (
              <Button size="small" onClick={() => Modal.confirm({ title: t('plans.deleteClosure'), onOk: () => invoke('closures.delete', { id: c.id }) })}>
                {t('plans.delete')}
              </Button>
            ),
          },
        ]}
      />
      <ClosureHitsDialog result={hits?.result ?? null} facts={hits?.facts ?? null} onClose={() => setHits(null)} />
    </Space>
  );
}
