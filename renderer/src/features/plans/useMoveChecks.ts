import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Occurrence, seriesInput } from '../../../../electron/shared/contract/plans';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { movedTimes, type DecisionDraft } from './OccurrenceTable';

/**
 * Checks a moved date at its new time as soon as the day and both times are complete,
 * before anything is saved. The table shows a verdict only while it matches what is in
 * the inputs, so an answer that arrives after the user typed on is simply not shown.
 */
export function useMoveChecks(series: () => z.input<typeof seriesInput>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [checks, setChecks] = useState<Record<string, Occurrence>>({});
  /** `bookingId`: the occurrence's own booking when a saved series is edited (it is no clash). */
  const check = (date: string, d: DecisionDraft, bookingId?: number) => {
    const times = movedTimes(d);
    if (!times) return;
    invoke('series.previewMove', { series: series(), date, ...times, bookingId: bookingId ?? undefined })
      .then((o) => setChecks((all) => ({ ...all, [date]: o })))
      .catch((e: unknown) => message.error(describeError(t, e)));
  };
  return { checks, check, clear: () => setChecks({}) };
}
