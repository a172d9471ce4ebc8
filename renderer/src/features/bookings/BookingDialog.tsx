import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BookingInput } from '../../../../electron/shared/domain';
import { addDays } from '../../../../electron/shared/time';
import { ApiError, invoke, useQuery } from '../../api/client';
import { describeError, fieldErrors } from '../../api/errors';
import { getToday, useNow } from '../../api/clock';
import { CancelBookingDialog } from './CancelBooking';
import { NextFreeOffer, useFreeTimeText, useNextFree, type FreeTime } from './NextFreeOffer';
import { BookingStatusTags } from '../../components/BookingStatusTags';
import { ContactSelect } from './ContactSelect';
import { missingForEnter, isPlainTextField } from './enterToSave';
import { timeOptions } from './times';
import { useLocalName } from '../../components/localName';
import { useEntityNames } from '../../components/entityNames';
import { UnknownYearAlert, useUnknownYear } from '../../components/UnknownYearAlert';
import { useGroupedSpaceOptions } from '../../components/spaceOptions';
import { useCanCoordinate } from '../staff/useRole';
import { useAudienceOptions } from '../../components/audienceOptions';

export type BookingDialogTarget =
  /** `timeChosen`: the user picked the time (a drag or click in a calendar), not a default. */
  | { mode: 'create'; spaceId?: number; start?: string; end?: string; timeChosen?: boolean }
  | { mode: 'edit'; bookingId: number };

interface FormValues {
  spaceId: number;
  date: Dayjs;
  startTime: string;
  endTime: string;
  title: string;
  audienceId?: number | null;
  organisationId?: number | null;
  contactId?: number | null;
  headCount: number;
  note?: string;
  overrideReason?: string;
}

function toInput(v: FormValues): BookingInput {
  const date = v.date.format('YYYY-MM-DD');
  // 24:00 is stored as midnight of the next day.
  const end = v.endTime === '24:00' ? `${addDays(date, 1)}T00:00` : `${date}T${v.endTime}`;
  return {
    spaceId: v.spaceId,
    start: `${date}T${v.startTime}`,
    end,
    title: v.title,
    audienceId: v.audienceId ?? null,
    organisationId: v.organisationId ?? null,
    contactId: v.contactId ?? null,
    headCount: v.headCount,
    note: v.note ?? '',
    overrideReason: v.overrideReason?.trim() ? v.overrideReason.trim() : null,
  };
}

/** Create or edit one booking. A refused save keeps everything typed and says why. */
export function BookingDialog(props: { target: BookingDialogTarget | null; onClose: () => void; zIndex?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canCoordinate = useCanCoordinate() === true;
  const localName = useLocalName();
  const names = useEntityNames();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const nextFree = useNextFree();
  const freeTimeText = useFreeTimeText();
  const now = useNow();
  /**
   * The booking and version the form was filled from. A reload (after another desk's
   * change, which the open screens hear of within a second) never overwrites what is
   * being typed: the save then goes out from this version and is refused as stale, and
   * 刷新 fills the form again from what is there now.
   */
  const [filled, setFilled] = useState<{ id: number; version: number } | null>(null);
  const target = props.target;
  const editing = target?.mode === 'edit' ? target.bookingId : null;
  const existing = useQuery('bookings.get', editing ? { id: editing } : null);
  const spaces = useQuery('spaces.list', {});
  // Spaces grouped by site, the current site first.
  const spaceOptions = useGroupedSpaceOptions();
  const audiences = useQuery('audiences.list', {});
  const audienceOptions = useAudienceOptions(audiences.data);
  const organisations = useQuery('organisations.list', {});

  useEffect(() => {
    if (!target) return;
    setError(null);
    nextFree.clear();
    setFilled(null);
    form.resetFields();
    if (target.mode === 'create') {
      const start = target.start ?? `${getToday()}T09:00`;
      const end = target.end ?? start;
      form.setFieldsValue({
        spaceId: target.spaceId,
        date: dayjs(start.slice(0, 10)),
        startTime: start.slice(11, 16),
        endTime: end.slice(0, 10) > start.slice(0, 10) && end.endsWith('T00:00') ? '24:00' : end.slice(11, 16),
        headCount: 1,
      });
    }
  }, [target, form, nextFree.clear]);

  useEffect(() => {
    const b = existing.data;
    if (!b || target?.mode !== 'edit' || b.id !== target.bookingId || filled?.id === b.id) return;
    setFilled({ id: b.id, version: b.version });
    form.setFieldsValue({
      spaceId: b.spaceId,
      date: dayjs(b.start.slice(0, 10)),
      startTime: b.start.slice(11, 16),
      endTime: b.end.slice(0, 10) > b.start.slice(0, 10) ? '24:00' : b.end.slice(11, 16),
      title: b.title,
      audienceId: b.audienceId,
      organisationId: b.organisationId,
      contactId: b.contactId,
      headCount: b.headCount,
      note: b.note,
      overrideReason: b.overrideReason ?? undefined,
    });
  }, [existing.data, target, form, filled]);

  const spaceId = Form.useWatch('spaceId', form);
  const date = Form.useWatch('date', form);
  const startTime = Form.useWatch('startTime', form);
  const headCount = Form.useWatch('headCount', form);
  const space = spaces.data?.find((s) => s.id === spaceId);
  // Said on the field, never cut: what was typed stays, and the save follows the rule engine's verdict.
  const overCapacity = space && typeof headCount === 'number' && headCount > space.capacity ? space.capacity : null;
  const times = useMemo(() => timeOptions(space, date?.format('YYYY-MM-DD')), [space, date]);
  const needsOverride = error?.data.kind === 'outside_window';
  const unknownYear = useUnknownYear(target ? date?.format('YYYY-MM-DD') : undefined);

  async function save() {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    nextFree.clear();
    const input = toInput(values);
    try {
      // The version the form was filled from: another desk's change since then is not overwritten.
      if (editing) await invoke('bookings.update', { id: editing, version: (filled ?? existing.data!).version, changes: input });
      else await invoke('bookings.create', input);
      message.success(t(editing ? 'booking.updated' : 'booking.created'));
      props.onClose();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      // Refused for its time: the next time the same booking would pass, in the same space.
      nextFree.ask(e, { ...input, excludeBookingId: editing ?? undefined });
      form.setFields(fieldErrors(t, e) as never);
      if (!(e instanceof ApiError)) message.error(describeError(t, e));
    } finally {
      setSaving(false);
    }
  }

  /** The next free time, one click: only the date and times change; everything typed stays. */
  function takeFreeTime(time: FreeTime) {
    const day = time.start.slice(0, 10);
    form.setFieldsValue({
      date: dayjs(day),
      startTime: time.start.slice(11),
      endTime: time.end.slice(0, 10) > day && time.end.endsWith('T00:00') ? '24:00' : time.end.slice(11),
    });
    setError(null);
    nextFree.clear();
    message.info(t('booking.nextFree.filled', { when: freeTimeText(time) }));
  }

  /**
   * Enter saves only a booking the user has really filled in: a title, a time they chose
   * and a head count they gave. Otherwise it goes to the first field still missing. In a
   * picker (date, times, selects) Enter is the picker's own: it chooses and closes.
   */
  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || !isPlainTextField(e.target)) return;
    e.preventDefault();
    const missing = missingForEnter(form, {
      creating: target?.mode === 'create',
      timeChosen: target?.mode === 'create' && !!target.timeChosen,
    });
    if (missing.length === 0) {
      void save();
      return;
    }
    message.info(t('booking.enterNeeds', { fields: missing.map((f) => (f === 'startTime' ? t('booking.timeField') : t(`fields.${f}`))).join('、') }));
    document.getElementById(`booking_${missing[0]}`)?.focus();
  }

  return (
    <Modal
      open={target !== null}
      title={t(editing ? 'booking.editTitle' : 'booking.newTitle')}
      onCancel={props.onClose}
      width={640}
      zIndex={props.zIndex}
      destroyOnHidden
      footer={
        <Space>
          {editing && existing.data && existing.data.status !== 'cancelled' && (
            <Button danger onClick={() => setCancelling(true)}>
              {t('booking.cancelBooking')}
            </Button>
          )}
          <Button onClick={props.onClose}>{t('common.close')}</Button>
          <Button type="primary" loading={saving} onClick={save}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {editing && existing.data && (
        // Where the booking stands now: its status, and 进行中 while its time runs.
        <div className="booking-status-line" aria-label={t('bookingSearch.status')} style={{ marginBottom: 12 }}>
          <BookingStatusTags booking={existing.data} now={now} />
        </div>
      )}
      {error && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={describeError(t, error)}
          action={
            // Another desk changed the booking: load what is there now, then redo the change.
            error.data.details.code.startsWith('edit.stale') ? (
              <Button
                size="small"
                onClick={() => {
                  setError(null);
                  setFilled(null);
                  existing.reload();
                }}
              >
                {t('booking.reload')}
              </Button>
            ) : undefined
          }
          description={
            error.data.details.conflicts?.length || nextFree.offer !== undefined ? (
              <>
                {!!error.data.details.conflicts?.length && (
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {error.data.details.conflicts.map((c) => (
                      <li key={c.bookingId}>
                        {names.space(null, c.spaceName)} · {c.title} · {c.start.replace('T', ' ')}–{c.end.slice(11)}
                      </li>
                    ))}
                  </ul>
                )}
                <NextFreeOffer offer={nextFree.offer} onPick={takeFreeTime} />
              </>
            ) : undefined
          }
        />
      )}
      {existing.data?.seriesId != null && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('booking.inSeries')}
          action={
            // The series are managed on the plans screen, a coordinator's (the desk does not see it).
            canCoordinate && (
              <Button
                size="small"
                onClick={() => {
                  // The plans screen reads ?series= and opens that series in its series tab.
                  window.location.hash = `#/plans?series=${existing.data!.seriesId}`;
                  props.onClose();
                }}
              >
                {t('booking.openSeries')}
              </Button>
            )
          }
        />
      )}
      <UnknownYearAlert year={unknownYear} />
      <CancelBookingDialog
        booking={cancelling && existing.data ? existing.data : null}
        onClose={() => setCancelling(false)}
        onCancelled={() => {
          setCancelling(false);
          props.onClose();
        }}
      />
      <Form form={form} name="booking" layout="vertical" requiredMark={false} onKeyDown={onKeyDown}>
        <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Input autoFocus maxLength={80} />
        </Form.Item>
        <Form.Item name="spaceId" label={t('fields.space')} rules={[{ required: true, message: t('errors.fields.required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={spaceOptions}
          />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="date" label={t('fields.date')} rules={[{ required: true, message: t('errors.fields.required') }]} style={{ flex: 1 }}>
            <DatePicker style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
          <Form.Item name="startTime" label={t('fields.start')} rules={[{ required: true, message: t('errors.fields.required') }]} style={{ flex: 1 }}>
            <Select showSearch options={times.slice(0, -1).map((x) => ({ value: x, label: x }))} />
          </Form.Item>
          <Form.Item name="endTime" label={t('fields.end')} rules={[{ required: true, message: t('errors.fields.required') }]} style={{ flex: 1 }}>
            <Select showSearch options={times.filter((x) => !startTime || x > startTime).map((x) => ({ value: x, label: x }))} />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block>
          <Form.Item name="audienceId" label={t('fields.audience')} style={{ flex: 2 }}>
            <Select
              allowClear
              options={audienceOptions}
            />
          </Form.Item>
          <Form.Item
            name="headCount"
            label={t('fields.headCount')}
            rules={[{ required: true, message: t('errors.fields.required') }]}
            validateStatus={overCapacity === null ? undefined : error?.data.details.code === 'booking.over_capacity' ? 'error' : 'warning'}
            help={overCapacity !== null ? t('booking.overCapacity', { capacity: overCapacity }) : undefined}
            style={{ flex: 1 }}
          >
            {/* No max: a number above the space's capacity is kept as typed and said so, never cut. */}
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Space.Compact>
        <Space.Compact block>
          <Form.Item name="organisationId" label={t('fields.organisation')} style={{ flex: 1 }}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(organisations.data ?? []).map((o) => ({ value: o.id, label: localName(o) }))} />
          </Form.Item>
          <Form.Item name="contactId" label={t('fields.contact')} style={{ flex: 1 }}>
            <ContactSelect
              known={existing.data?.contactId ? { id: existing.data.contactId, name: existing.data.contactName ?? '', phone: existing.data.contactPhone } : null}
            />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="note" label={t('fields.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {(needsOverride || existing.data?.overrideReason) && (
          <Form.Item name="overrideReason" label={t('booking.overrideReason')} rules={[{ required: needsOverride, message: t('errors.fields.required') }]}>
            <Input maxLength={200} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
