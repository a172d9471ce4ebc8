import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occurrence, SeriesInput } from '../../../../electron/shared/contract/plans';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { dayLabel } from '../../components/dayLabel';
import { OccurrenceTable, defaultDecisions, toDecisions, type DecisionDraft } from './OccurrenceTable';
import { TimeRangeItems } from './TimeRangeItems';
import { useMoveChecks } from './useMoveChecks';

type Scope = 'this' | 'following' | 'all';
type EditAction = 'cancel' | 'change';
/** The saved series as the panel shows it: its own fields are what a moved date is checked with. */
type SeriesFields = SeriesInput & { id: number; version: number };
interface Values {
  startTime: string;
  endTime: string;
  title: string;
  headCount: number;
  reason: string;
}

/**
 * Change or cancel one occurrence, this and the following ones, or all that are still
 * to come. Nothing is written before the preview has been seen: the same occurrence
 * table as when creating, with a choice for each problem date.
 */
export function SeriesEditDialog(props: { series: SeriesFields; date: string | null; action: EditAction; onClose(): void; onApplied(seriesId: number): void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [scope, setScope] = useState<Scope>('this');
  const [action, setAction] = useState<EditAction>(props.action);
  const [preview, setPreview] = useState<Occurrence[] | null>(null);
  const [decisions, setDecisions] = useState<Record<string, DecisionDraft>>({});
  const [busy, setBusy] = useState(false);
  const s = props.series;

  useEffect(() => {
    setScope('this');
    setAction(props.action);
    setPreview(null);
  }, [props.date, props.action]);

  /** Only what differs from the series is sent, so "all" does not rewrite untouched fields. */
  const edit = () => {
    const v = form.getFieldsValue();
    const changes: Partial<Values> = {};
    if (v.startTime !== s.startTime) changes.startTime = v.startTime;
    if (v.endTime !== s.endTime) changes.endTime = v.endTime;
    if (v.title?.trim() && v.title.trim() !== s.title) changes.title = v.title.trim();
    if (v.headCount && v.headCount !== s.headCount) changes.headCount = v.headCount;
    const { reason = '' } = v;
    return { seriesId: s.id, date: props.date!, scope, action, changes: action === 'change' ? changes : {}, reason };
  };

  // A moved date is checked with the series' fields as they will be after the change.
  const { id: _id, version: _version, occurrences: _occurrences, ...fields } = s as SeriesFields & { occurrences?: unknown };
  const moves = useMoveChecks(() => ({ ...fields, ...edit().changes }));
  const decide = (date: string, d: DecisionDraft) => {
    setDecisions((all) => ({ ...all, [date]: d }));
    moves.check(date, d, preview?.find((o) => o.date === date)?.bookingId ?? undefined);
  };

  const runPreview = async () => {
    const e = edit();
    // Moving one date changes none of the series' fields: the preview is where it is moved.
    if (e.action === 'change' && e.scope !== 'this' && Object.keys(e.changes).length === 0) return message.warning(t('plans.edit.nothingChanged'));
    try {
      const occ = await invoke('series.previewEdit', e);
      setPreview(occ);
      moves.clear();
      setDecisions(defaultDecisions(occ));
    } catch (err) {
      message.error(describeError(t, err));
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      // The version the dialog was opened on: if another desk edited the series since, this is refused.
      const done = await invoke('series.applyEdit', { ...edit(), version: s.version, decisions: action === 'change' ? toDecisions(decisions, t('plans.keptFromPreview')) : [] });
      message.success(t(action === 'cancel' ? 'plans.edit.cancelled' : 'common.saved'));
      props.onApplied(done.id);
    } catch (err) {
      message.error(describeError(t, err));
    } finally {
      setBusy(false);
    }
  };

  const confirmApply = () => {
    if (action === 'change') return void apply();
    // Cancelling is the one step that cannot be taken back in one click: ask first.
    modal.confirm({
      title: t('plans.edit.cancelConfirm', { count: preview?.length ?? 0 }),
      okText: t('plans.edit.cancelOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: apply,
    });
  };

  const affected = preview?.filter((o) => decisions[o.date]?.action !== 'skip').length ?? 0;
  return (
    <Modal
      open={props.date !== null}
      width={860}
      title={t('plans.edit.title', { title: s.title, date: props.date ? dayLabel(t, props.date) : '' })}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={props.onClose}>{t('common.close')}</Button>
          <Button onClick={runPreview}>{t('plans.preview')}</Button>
          <Button type="primary" danger={action === 'cancel'} disabled={!preview || preview.length === 0} loading={busy} onClick={confirmApply}>
            {action === 'cancel' ? t('plans.edit.applyCancel', { count: preview?.length ?? 0 }) : t('plans.edit.applyChange', { count: affected })}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Radio.Group
          aria-label={t('plans.edit.action')}
          value={action}
          onChange={(e) => {
            setAction(e.target.value);
            setPreview(null);
          }}
          options={[
            { value: 'change', label: t('plans.edit.change') },
            { value: 'cancel', label: t('plans.edit.cancel') },
          ]}
        />
        <Radio.Group
          aria-label={t('plans.edit.scope')}
          optionType="button"
          value={scope}
          onChange={(e) => {
            setScope(e.target.value);
            setPreview(null);
          }}
          options={(['this', 'following', 'all'] as const).map((v) => ({ value: v, label: t(`plans.edit.scopes.${v}`) }))}
        />
        <Typography.Text type="secondary">{t(`plans.edit.scopeHint.${scope}`)}</Typography.Text>
        {/* Named, so its field ids do not collide with the create form's behind the drawer. */}
        <Form
          form={form}
          name="seriesEdit"
          layout="inline"
          style={{ rowGap: 8 }}
          initialValues={{ startTime: s.startTime, endTime: s.endTime, title: s.title, headCount: s.headCount, reason: '' }}
          onValuesChange={() => setPreview(null)}
        >
          {action === 'change' && (
            <>
              <TimeRangeItems />
              <Form.Item name="title" label={t('plans.seriesTitle')}>
                <Input style={{ width: 180 }} />
              </Form.Item>
              <Form.Item name="headCount" label={t('plans.headCount')}>
                <InputNumber min={1} max={2000} style={{ width: 80 }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="reason" label={t('plans.reason')}>
            <Input style={{ width: 220 }} placeholder={t('plans.edit.reasonHint')} />
          </Form.Item>
        </Form>
        {preview && preview.length === 0 && <Alert type="info" showIcon title={t('plans.edit.nothingInScope')} />}
        {preview && preview.length > 0 && (
          <>
            <Alert type={action === 'cancel' ? 'warning' : 'info'} showIcon title={t(action === 'cancel' ? 'plans.edit.previewCancel' : 'plans.edit.previewChange', { count: preview.length })} />
            <OccurrenceTable
              occurrences={preview}
              decisions={action === 'change' ? decisions : undefined}
              actions={scope === 'this' ? ['book', 'move', 'skip', 'keep'] : ['book', 'skip', 'keep']}
              bookLabel={t('plans.action.change')}
              onDecide={decide}
              moveChecks={moves.checks}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
