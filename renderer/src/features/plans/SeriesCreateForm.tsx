import { useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { useGroupedSpaceOptions } from '../../components/spaceOptions';
import { OccurrenceTable, defaultDecisions, toDecisions, type DecisionDraft } from './OccurrenceTable';
import { SeriesTally } from './SeriesTally';
import { TimeRangeItems } from './TimeRangeItems';
import { useMoveChecks } from './useMoveChecks';
import { useAudienceOptions } from '../../components/audienceOptions';

type Freq = 'weekly' | 'monthly_nth_weekday';
type EndBy = 'until' | 'count';

/**
 * A new series: weekly (every n weeks, on some weekdays) or monthly on the n-th weekday,
 * until a date or for a number of times. Preview every occurrence, decide on each
 * problem (book, skip, move, keep with a reason), then save in one step.
 */
export function SeriesCreateForm(props: { onSpaceChange(spaceId: number | null): void; onCreated(seriesId: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const spaceOptions = useGroupedSpaceOptions();
  const audiences = useQuery('audiences.list', {});
  const audienceOptions = useAudienceOptions(audiences.data);
  const orgs = useQuery('organisations.list', {});
  const [form] = Form.useForm();
  const freq: Freq = Form.useWatch('freq', form) ?? 'weekly';
  const endBy: EndBy = Form.useWatch('endBy', form) ?? 'until';
  const [preview, setPreview] = useState<Occurrence[] | null>(null);
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});

  const input = () => {
    const v = form.getFieldsValue();
    const monthly = v.freq === 'monthly_nth_weekday';
    return {
      spaceId: v.spaceId,
      startTime: v.startTime,
      endTime: v.endTime,
      title: v.title,
      audienceId: v.audienceId ?? null,
      organisationId: v.organisationId ?? null,
      headCount: v.headCount ?? 1,
      note: '',
      rule: {
        freq: (v.freq ?? 'weekly') as Freq,
        interval: v.interval ?? 1,
        weekdays: monthly ? (v.monthWeekday ? [v.monthWeekday] : []) : (v.weekdays ?? []),
        nth: monthly ? (v.nth ?? null) : null,
        startDate: v.startDate,
        until: v.endBy === 'count' ? null : v.until || null,
        count: v.endBy === 'count' ? (v.count ?? null) : null,
      },
    };
  };
  const moves = useMoveChecks(input);
  const decide = (date: string, d: DecisionDraft) => {
    setDecisions((all) => ({ ...all, [date]: d }));
    moves.check(date, d);
  };
  const run = async () => {
    try {
      const occ = await invoke('series.preview', input());
      setPreview(occ);
      moves.clear();
      setDecisions(defaultDecisions(occ));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
  const save = async () => {
    try {
      // A date gone by that stays skipped is left out: not written, and not kept as a skip to restore.
      const past = new Set((preview ?? []).filter((o) => o.past).map((o) => o.date));
      const sent = Object.fromEntries(Object.entries(decisions).filter(([date, d]) => !(past.has(date) && d.action === 'skip')));
      const saved = await invoke('series.create', { series: input(), decisions: toDecisions(sent, t('plans.keptFromPreview')) });
      message.success(t('common.saved'));
      setPreview(null);
      props.onCreated(saved.id);
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
  const weekdayOptions = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: d, label: t(`plans.weekday.${d}`) }));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ startTime: '12:00', endTime: '13:30', interval: 1, headCount: 10, freq: 'weekly', nth: 1, endBy: 'until' }}
        onValuesChange={(changed) => {
          if ('spaceId' in changed) props.onSpaceChange(changed.spaceId ?? null);
          // A changed form makes the old preview wrong; it must be run again.
          setPreview(null);
        }}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="spaceId" label={t('plans.space')}>
          <Select style={{ width: 200 }} options={spaceOptions} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="title" label={t('plans.seriesTitle')}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="audienceId" label={t('plans.audience')}>
          <Select style={{ width: 140 }} options={audienceOptions} />
        </Form.Item>
        <Form.Item name="organisationId" label={t('plans.organisation')}>
          <Select style={{ width: 220 }} allowClear options={(orgs.data ?? []).map((o) => ({ value: o.id, label: local(o) }))} showSearch optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="freq" label={t('plans.freq')}>
          <Select<Freq>
            style={{ width: 170 }}
            options={[
              { value: 'weekly', label: t('plans.freqWeekly') },
              { value: 'monthly_nth_weekday', label: t('plans.freqMonthly') },
            ]}
          />
        </Form.Item>
        {freq === 'weekly' ? (
          <Form.Item name="weekdays" label={t('plans.weekdays')}>
            <Select mode="multiple" style={{ width: 200 }} options={weekdayOptions} />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="nth" label={t('plans.nth')}>
              <Select style={{ width: 120 }} options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: t('plans.nthN', { n }) })).concat({ value: -1, label: t('plans.nthLast') })} />
            </Form.Item>
            <Form.Item name="monthWeekday" label={t('plans.monthWeekday')}>
              <Select style={{ width: 100 }} options={weekdayOptions} />
            </Form.Item>
          </>
        )}
        <Form.Item name="interval" label={freq === 'weekly' ? t('plans.everyWeeks') : t('plans.everyMonths')}>
          <InputNumber min={1} max={12} style={{ width: 70 }} />
        </Form.Item>
        <TimeRangeItems />
        <Form.Item name="startDate" label={t('plans.startDate')}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="endBy" label={t('plans.endBy')}>
          <Select<EndBy>
            style={{ width: 120 }}
            options={[
              { value: 'until', label: t('plans.endByDate') },
              { value: 'count', label: t('plans.endByCount') },
            ]}
          />
        </Form.Item>
        {endBy === 'until' ? (
          <Form.Item name="until" label={t('plans.until')}>
            <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
          </Form.Item>
        ) : (
          <Form.Item name="count" label={t('plans.count')}>
            <InputNumber min={1} max={520} style={{ width: 80 }} />
          </Form.Item>
        )}
        <Form.Item name="headCount" label={t('plans.headCount')}>
          <InputNumber min={1} style={{ width: 80 }} />
        </Form.Item>
        <Button onClick={run}>{t('plans.preview')}</Button>
      </Form>
      {preview?.some((o) => o.unknownYear) && <Alert type="warning" showIcon title={t('plans.unknownYearInSeries')} />}
      {preview && (
        // One block, so the save bar can stick to the bottom of the screen over the whole table.
        <div>
          <SeriesTally occurrences={preview} />
          <OccurrenceTable
            occurrences={preview}
            decisions={decisions}
            actions={['book', 'skip', 'move', 'keep']}
            onDecide={decide}
            moveChecks={moves.checks}
          />
          <div className="sticky-footer">
            <Button type="primary" onClick={save}>
              {t('plans.saveSeries', { count: Object.values(decisions).filter((d) => d.action !== 'skip').length })}
            </Button>
            <SeriesTally occurrences={preview} repeat />
          </div>
        </div>
      )}
    </Space>
  );
}
