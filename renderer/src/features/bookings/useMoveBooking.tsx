import { App, Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Booking, BookingView } from '../../../../electron/shared/domain';
import { ApiError, invoke, reloadQueries } from '../../api/client';
import { describeError } from '../../api/errors';

type Placement = { spaceId: number; start: string; end: string };

/**
 * Move or resize a booking (a drag): only where and when change. A new time in another
 * audience's window asks for a reason first, because the old time's reason does not
 * carry over. A saved move offers an undo; a refusal is shown with its reason; a move
 * from a stale view is refused and the calendar reloads with the other desk's change.
 */
export function useMoveBooking() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();

  /** Ask why the booking may sit in another audience's window; null when the user backs out. */
  function askReason(to: Placement): Promise<string | null> {
    let reason = '';
    return new Promise((resolve) => {
      // The reason is what gets recorded: the button waits until one is written.
      const dialog = modal.confirm({
        title: t('booking.moveNeedsReason', { time: `${to.start.replace('T', ' ')}–${to.end.slice(11)}` }),
        content: (
          <Input
            autoFocus
            maxLength={200}
            aria-label={t('booking.overrideReason')}
            onChange={(e) => {
              reason = e.target.value.trim();
              dialog.update({ okButtonProps: { disabled: !reason } });
            }}
          />
        ),
        okText: t('booking.moveAnyway'),
        okButtonProps: { disabled: true },
        cancelText: t('common.back'),
        onOk: () => resolve(reason),
        onCancel: () => resolve(null),
      });
    });
  }

  async function place(b: { id: number; version: number }, to: Placement, overrideReason: string | null = null): Promise<Booking | null> {
    try {
      return await invoke('bookings.move', { id: b.id, version: b.version, ...to, overrideReason });
    } catch (e) {
      if (e instanceof ApiError && e.data.kind === 'outside_window' && overrideReason === null) {
        const reason = await askReason(to);
        return reason === null ? null : place(b, to, reason);
      }
      throw e;
    }
  }

  function refused(e: unknown) {
    message.error(describeError(t, e), 6);
    // Another desk changed it: show what is there now.
    if (e instanceof ApiError && e.data.details.code.startsWith('edit.stale')) reloadQueries();
  }

  return async (b: BookingView, to: { spaceId?: number; start: string; end: string }): Promise<boolean> => {
    const before: Placement = { spaceId: b.spaceId, start: b.start, end: b.end };
    let moved: Booking | null;
    try {
      moved = await place(b, { spaceId: to.spaceId ?? b.spaceId, start: to.start, end: to.end });
    } catch (e) {
      refused(e);
      return false;
    }
    if (!moved) return false;
    const after = moved;
    const key = `moved-${b.id}`;
    message.success({
      key,
      duration: 8,
      content: (
        <span>
          {t('booking.moved')}{' '}
          <Button
            size="small"
            type="link"
            onClick={async () => {
              message.destroy(key);
              try {
                // Back where it was, with the reason it had there.
                await invoke('bookings.move', { id: after.id, version: after.version, ...before, overrideReason: b.overrideReason });
                message.info(t('booking.moveUndone'));
              } catch (e) {
                refused(e);
              }
            }}
          >
            {t('common.undo')}
          </Button>
        </span>
      ),
    });
    return true;
  };
}
