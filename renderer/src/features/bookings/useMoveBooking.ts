import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingView } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';

/**
 * Move or resize a booking, keeping everything else about it. Returns whether the
 * move was saved; a refusal is shown to the user with its reason.
 */
export function useMoveBooking() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async (b: BookingView, to: { spaceId?: number; start: string; end: string }): Promise<boolean> => {
    try {
      await invoke('bookings.update', {
        id: b.id,
        changes: {
          spaceId: to.spaceId ?? b.spaceId,
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
      message.success(t('booking.moved'));
      return true;
    } catch (e) {
      message.error(describeError(t, e), 6);
      return false;
    }
  };
}
