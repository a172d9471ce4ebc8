/**
 * A booking of another space of the family, as it occupies the space on screen (the
 * whole court booked holds each half: 全场占用; a half booked holds the whole: 半场占用).
 * Every view draws it the same way: grey and hatched, labelled, never in an audience's
 * colour, so nobody mistakes it for the space's own booking (see family-hold.css).
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyHold } from '../../../electron/shared/domain';
import { useLocalName } from './localName';
import './family-hold.css';

export type { FamilyHold };

/** The class every view gives a hold. */
export const HOLD_CLASS = 'family-hold';

/** The label (全场占用 / 半场占用) and the one-line description of a hold, in the UI language. */
export function useHoldText(): { label: (h: Pick<FamilyHold, 'relation'>) => string; detail: (h: FamilyHold) => string } {
  const { t } = useTranslation();
  const localName = useLocalName();
  const label = useCallback((h: Pick<FamilyHold, 'relation'>) => t(`occupancy.${h.relation}`), [t]);
  const detail = useCallback(
    (h: FamilyHold) =>
      t('occupancy.detail', {
        label: label(h),
        space: localName({ name: h.bookedSpaceName, nameEn: h.bookedSpaceNameEn }),
        title: h.title,
        time: `${h.start.slice(11)}–${h.end.slice(11)}`,
      }),
    [t, label, localName],
  );
  return { label, detail };
}

/** The holds of one day (a hold running past midnight belongs to both days). */
export function holdsOnDay<T extends { start: string; end: string }>(holds: readonly T[], date: string): T[] {
  return holds.filter((h) => h.start < `${date}T24:00` && h.end > `${date}T00:00`);
}
