import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';

type Placement = { spaceId: number; start: string; end: string };

/**
 * Move or resize a booking, keeping everything else about it. A saved move offers
 * an undo; a refusal is shown with its reason. Returns whether the move was saved.
 */
export function useMoveBooking() {
  const { t } = useTranslation();
  const { message } = App.useApp();

  async function place(b: BookingView, to: Placement): Promise<void> {
    await invoke('bookings.update', {
      id: b.id,
      changes: {
        spaceId: to.spaceId,
        start: to.start,
        end: to.end,
        title: b.title,
        contactId: b.contactId,
        organisationId: b.organisationId,
        audienceId: b.audienceId,
        headCount: b.headCount,
        note: b.note,
        overrideReason: b.overrideReason,
      },
    });
  }

  return async (b: BookingView, to: { spaceId?: number; start: string; end: string }): Promise<boolean> => {
    const before: Placement = { spaceId: b.spaceId, start: b.start, end: b.end };
    try {
      await place(b, { spaceId: to.spaceId ?? b.spaceId, start: to.start, end: to.end });
    } catch (e) {
      message.error(describeError(t, e), 6);
      return false;
    }
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
                await place(b, before);
                message.info(t('booking.moveUndone'));
              } catch (e) {
                message.error(describeError(t, e), 6);
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
