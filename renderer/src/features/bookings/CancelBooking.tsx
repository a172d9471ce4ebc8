import { useState } from 'react';
import { Alert, App, Button, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEntityNames } from '../../components/entityNames';
import type { Booking } from '../../../../electron/shared/domain';
import { ApiError, invoke } from '../../api/client';
import { describeError } from '../../api/errors';

/** The reasons a desk gives most often, offered to pick with one click (a typed one works too). */
export const COMMON_REASONS = ['event_cancelled', 'rescheduled', 'weather', 'too_few', 'no_show'] as const;

/** How long the 撤销 offer stays on screen after a cancellation. */
export const UNDO_SECONDS = 8;

/**
 * Ask why, then cancel; the confirmation offers 撤销 for a few seconds. Undo restores the
 * booking exactly as it was if the slot is still free (the back end's rule engine says
 * so), or says in words what took it.
 */
export function useCancelBooking() {
  const { t } = useTranslation();
  const names = useEntityNames();
  const { message, notification } = App.useApp();

  async function undo(cancelled: Booking, key: string) {
    notification.destroy(key);
    try {
      await invoke('bookings.restore', { id: cancelled.id, version: cancelled.version });
      message.success(t('booking.cancel.restored', { title: cancelled.title }));
    } catch (e) {
      const conflicts = e instanceof ApiError ? e.data.details.conflicts ?? [] : [];
      notification.error({
        key: `${key}-failed`,
        title: t('booking.cancel.restoreFailed', { reason: describeError(t, e) }),
        description: conflicts.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {conflicts.map((c) => (
              <li key={c.bookingId}>
                {names.space(null, c.spaceName)} · {c.title} · {c.start.replace('T', ' ')}–{c.end.slice(11)}
              </li>
            ))}
          </ul>
        ) : undefined,
        duration: 0,
      });
    }
  }

  /** Cancel with a reason; resolves once cancelled (the caller closes its dialog) or throws the refusal. */
  async function cancel(booking: { id: number; version: number; title: string }, reason: string): Promise<void> {
    const cancelled = await invoke('bookings.cancel', { id: booking.id, version: booking.version, reason });
    const key = `cancelled-${cancelled.id}-${cancelled.version}`;
    notification.success({
      key,
      title: t('booking.cancel.done', { title: cancelled.title }),
      description: t('booking.cancel.doneReason', { reason }),
      duration: UNDO_SECONDS,
      showProgress: true,
      pauseOnHover: true,
      actions: (
        <Button type="primary" size="small" onClick={() => void undo(cancelled, key)}>
          {t('booking.cancel.undo')}
        </Button>
      ),
    });
  }

  return cancel;
}

/** Why is this booking cancelled? A common reason with one click, or typed; nothing is cancelled without one. */
export function CancelBookingDialog(props: {
  booking: { id: number; version: number; title: string } | null;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelBooking();
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const reason = typed.trim() || (picked ? t(`booking.cancel.reasons.${picked}`) : '');

  async function confirm() {
    if (!props.booking) return;
    if (!reason) {
      setError(t('booking.cancel.reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      await cancel(props.booking, reason);
      props.onCancelled();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={props.booking !== null}
      title={props.booking ? t('booking.cancel.title', { title: props.booking.title }) : ''}
      onCancel={props.onClose}
      destroyOnHidden
      width={480}
      afterOpenChange={(open) => {
        if (!open) {
          setPicked(null);
          setTyped('');
          setError(null);
        }
      }}
      footer={[
        <Button key="keep" onClick={props.onClose}>
          {t('booking.cancel.keep')}
        </Button>,
        <Button key="cancel" danger type="primary" loading={saving} onClick={() => void confirm()}>
          {t('booking.cancel.confirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph id="cancel-reason-label" strong style={{ marginBottom: 8 }}>
        {t('booking.cancel.reasonLabel')}
      </Typography.Paragraph>
      <Radio.Group
        aria-labelledby="cancel-reason-label"
        optionType="button"
        buttonStyle="solid"
        value={typed.trim() ? null : picked}
        onChange={(e) => {
          setPicked(e.target.value as string);
          setTyped('');
          setError(null);
        }}
        options={COMMON_REASONS.map((r) => ({ value: r, label: t(`booking.cancel.reasons.${r}`) }))}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}
      />
      <Input
        aria-label={t('booking.cancel.otherPlaceholder')}
        placeholder={t('booking.cancel.otherPlaceholder')}
        maxLength={200}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setError(null);
        }}
        onPressEnter={(e) => {
          if (!e.nativeEvent.isComposing) void confirm();
        }}
      />
      {error && <Alert role="alert" type="error" showIcon style={{ marginTop: 12 }} title={error} />}
    </Modal>
  );
}
