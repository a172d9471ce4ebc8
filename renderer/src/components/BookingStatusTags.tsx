import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '../../../electron/shared/domain';
import { BOOKING_STATUS_COLOURS, isRunning } from './bookingStatus';

/**
 * A booking's status, and 进行中 while its time is running: a group marked 未到场 after
 * the grace period still holds the room until its end (and can still be checked in).
 * `now` is the app's clock (useNow), never the machine's.
 */
export function BookingStatusTags(props: { booking: { status: BookingStatus; start: string; end: string }; now: string }) {
  const { t } = useTranslation();
  const { booking } = props;
  return (
    <>
      <Tag color={BOOKING_STATUS_COLOURS[booking.status]}>{t(`booking.status.${booking.status}`)}</Tag>
      {isRunning(booking, props.now) && <Tag color="processing">{t('booking.running')}</Tag>}
    </>
  );
}
