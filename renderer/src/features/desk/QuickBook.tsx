import { useEffect, useState } from 'react';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FreeSlot } from '../../../../electron/shared/contract/desk';
import { ApiError, invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { UnknownYearAlert } from '../../components/UnknownYearAlert';
import { ContactSelect } from '../bookings/ContactSelect';
import { saveNewContact } from '../bookings/newContact';
import { ContactHistory } from '../directory/ContactHistory';
import { focusField } from './keyboardFlow';
import { NextFreeOffer, useFreeTimeText, useNextFree, type FreeTime } from '../bookings/NextFreeOffer';

interface QuickValues {
  contactId?: number | null;
  newContact: boolean;
  newName?: string;
  newPhone?: string;
  title?: string;
  headCount: number;
  note?: string;
}

const CONTACT_FIELD = 'quick-book-contact';
const TITLE_FIELD = 'quick-book-title';

/** How often a contact came, cancelled or did not show up: the desk sees it before booking. */
function ContactRecord(props: { contactId: number }) {
  const { t } = useTranslation();
  const history = useQuery('contacts.history', { contactId: props.contactId, limit: 1 });
  const [open, setOpen] = useState(false);
  if (!history.data) return null;
  const c = history.data.counts;
  return (
    <>
      <Typography.Text type={c.noShow > 0 ? 'warning' : 'secondary'}>
        {t('desk.history.summary', { total: c.total, checkedIn: c.checkedIn, noShow: c.noShow, cancelled: c.cancelled })}
      </Typography.Text>
      {c.total > 0 && (
        <Button type="link" size="small" onClick={() => setOpen(true)}>
          {t('desk.history.all')}
        </Button>
      )}
      <ContactHistory contactId={open ? props.contactId : null} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * Book a found slot with the keyboard alone: type a name or the last phone digits,
 * Enter picks the contact, Enter again books. A new contact can be entered inline.
 */
export function QuickBook(props: { slot: FreeSlot | null; headCount: number; audienceId?: number; onClose: (booked: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const localName = useLocalName();
  const [form] = Form.useForm<QuickValues>();
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const nextFree = useNextFree();
  const freeTimeText = useFreeTimeText();
  /** The next free time taken after a refusal: the found slot's space, at this time instead. */
  const [moved, setMoved] = useState<FreeTime | null>(null);
  const slot = props.slot && (moved ? { ...props.slot, ...moved } : props.slot);
  const newContact = Form.useWatch('newContact', form);
  const contactId = Form.useWatch('contactId', form);
  // A fresh form for each slot; done on opening, since a reset remounts the fields (and drops their focus).
  useEffect(() => {
    if (!slot) return;
    form.resetFields();
    form.setFieldsValue({ headCount: props.headCount, newContact: false });
    setError(null);
    setMoved(null);
    nextFree.clear();
  }, [props.slot, props.headCount, form, nextFree.clear]);

  async function book(v: QuickValues) {
    if (!slot) return;
    setSaving(true);
    nextFree.clear();
    try {
      let contact = v.contactId ?? null;
      let name = '';
      if (v.newContact) {
        // The contact's own fields are named newName / newPhone in this form.
        const saved = await saveNewContact(t, { name: v.newName ?? '', phone: v.newPhone ?? '' }, (errors) =>
          form.setFields(errors.map((f) => ({ name: [f.field === 'phone' ? 'newPhone' : 'newName'], errors: f.errors })) as never),
        );
        contact = saved.id;
        name = saved.name;
        // Saved now: should the booking be refused, a retry books this contact instead of adding a second one.
        form.setFieldsValue({ newContact: false, contactId: saved.id });
      }
      const booked = await invoke('bookings.create', {
        spaceId: slot.spaceId,
        start: slot.start,
        end: slot.end,
        title: v.title?.trim() || name || t('desk.book.defaultTitle'),
        contactId: contact,
        audienceId: props.audienceId ?? null,
        headCount: v.headCount,
        note: v.note ?? '',
      });
      message.success(
        t(booked.status === 'requested' ? 'desk.book.requested' : 'desk.book.done', {
          space: localName({ name: slot.spaceName, nameEn: slot.spaceNameEn }),
          when: `${dayjs(slot.start).format(t('desk.dayFormat'))} ${slot.start.slice(11)}–${slot.end.slice(11)}`,
        }),
      );
      setError(null);
      props.onClose(true);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
      // Taken meanwhile (or refused for its time): offer the next time this space is free for the group.
      nextFree.ask(e, { spaceId: slot.spaceId, start: slot.start, end: slot.end, audienceId: props.audienceId ?? null, headCount: v.headCount });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={slot !== null}
      title={t('desk.book.title')}
      destroyOnHidden
      onCancel={() => props.onClose(false)}
      afterOpenChange={(open) => {
        // After the dialog has taken the focus itself: the desk starts typing the contact.
        if (open) document.getElementById(CONTACT_FIELD)?.focus();
      }}
      footer={
        <Space>
          <Button onClick={() => props.onClose(false)}>{t('common.close')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {t('desk.book.confirm')}
          </Button>
        </Space>
      }
    >
      {slot && (
        <Typography.Paragraph strong>
          {localName({ name: slot.spaceName, nameEn: slot.spaceNameEn })} · {dayjs(slot.start).format(t('desk.dayFormat'))} {slot.start.slice(11)}–
          {slot.end.slice(11)}
        </Typography.Paragraph>
      )}
      {error && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={describeError(t, error)}
          description={
            nextFree.offer === undefined ? undefined : (
              <NextFreeOffer
                offer={nextFree.offer}
                onPick={(time) => {
                  setMoved(time);
                  setError(null);
                  nextFree.clear();
                  message.info(t('booking.nextFree.filled', { when: freeTimeText(time) }));
                  focusField(TITLE_FIELD);
                }}
              />
            )
          }
        />
      )}
      {/* The slot finder knows whether the slot's year has holiday data. */}
      <UnknownYearAlert year={slot?.unknownYear ? Number(slot.start.slice(0, 4)) : null} />
      <Form
        form={form}
        layout="vertical"
        onFinish={book}
        initialValues={{ newContact: false, headCount: props.headCount }}
        // Keyboard flow: once the contact is picked, the title is next; Enter there books.
        onValuesChange={(changed: Partial<QuickValues>) => changed.contactId && focusField(TITLE_FIELD)}
      >
        <Form.Item name="newContact" label={t('desk.book.newContact')} valuePropName="checked">
          <Switch aria-label={t('desk.book.newContact')} />
        </Form.Item>
        {newContact ? (
          <Space align="start">
            <Form.Item name="newName" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="newPhone" label={t('fields.phone')}>
              <Input placeholder="13800138000" />
            </Form.Item>
          </Space>
        ) : (
          <Form.Item name="contactId" label={t('fields.contact')} htmlFor={CONTACT_FIELD} extra={contactId ? <ContactRecord contactId={contactId} /> : null}>
            <ContactSelect id={CONTACT_FIELD} />
          </Form.Item>
        )}
        <Space align="start">
          <Form.Item name="headCount" label={t('fields.headCount')}>
            <InputNumber min={1} max={2000} />
          </Form.Item>
          <Form.Item name="title" label={t('fields.title')} htmlFor={TITLE_FIELD}>
            <Input id={TITLE_FIELD} placeholder={t('desk.book.defaultTitle')} />
          </Form.Item>
        </Space>
        <Form.Item name="note" label={t('fields.note')}>
          <Input />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
