/**
 * After a refusal that depends on when (a clash, closed hours, another audience's
 * window...), offer the next free time in the same space as one click that fills the
 * form with it. The rule engine's slot finder chooses the time (bookings.nextFree).
 */
import { useCallback, useRef, useState } from 'react';
import { Button, Typography } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../../electron/shared/contract';
import { NEXT_FREE_DAYS, TIME_BOUND_REFUSALS } from '../../../../electron/shared/contract/bookings';
import { ApiError, invoke } from '../../api/client';

export interface FreeTime {
  start: string;
  end: string;
}

/** `undefined`: nothing to offer (no refusal, or one a later time would not fix); `null`: nothing free. */
export type NextFree = FreeTime | null | undefined;

/** Ask for the next free time after a refusal; a newer refusal or a clear() supersedes an answer still on its way. */
export function useNextFree() {
  const [offer, setOffer] = useState<NextFree>(undefined);
  const asked = useRef(0);
  const ask = useCallback((error: unknown, request: Input<'bookings.nextFree'>) => {
    const n = ++asked.current;
    setOffer(undefined);
    if (!(error instanceof ApiError) || !TIME_BOUND_REFUSALS.has(error.data.details.code)) return;
    invoke('bookings.nextFree', request).then(
      (found) => n === asked.current && setOffer(found),
      () => undefined, // The refusal itself is what the desk needs to read; no offer then.
    );
  }, []);
  const clear = useCallback(() => {
    asked.current++;
    setOffer(undefined);
  }, []);
  return { offer, ask, clear };
}

/** "11月24日 周二 15:30–17:00" in the user's language. */
export function useFreeTimeText(): (time: FreeTime) => string {
  const { t } = useTranslation();
  return (time) => `${dayjs(time.start).format(t('desk.dayFormat'))} ${time.start.slice(11)}–${time.end.slice(11) === '00:00' ? '24:00' : time.end.slice(11)}`;
}

export function NextFreeOffer(props: { offer: NextFree; onPick: (time: FreeTime) => void }) {
  const { t } = useTranslation();
  const text = useFreeTimeText();
  if (props.offer === undefined) return null;
  if (props.offer === null) return <Typography.Text type="secondary">{t('booking.nextFree.none', { days: NEXT_FREE_DAYS })}</Typography.Text>;
  const offer = props.offer;
  return (
    <Button size="small" type="primary" ghost icon={<ClockCircleOutlined />} title={t('booking.nextFree.offerHint')} onClick={() => props.onPick(offer)} style={{ marginTop: 6 }}>
      {t('booking.nextFree.offer', { when: text(offer) })}
    </Button>
  );
}
