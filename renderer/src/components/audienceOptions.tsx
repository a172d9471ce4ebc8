/**
 * The options of every select that chooses an audience: its colour dot before its
 * name, in the list and in the chosen value, so the colour people know from the
 * calendars and plans is there when they choose. `title` carries the plain name (for
 * search, tooltips and tests).
 */
import { useMemo } from 'react';
import type { Audience } from '../../../electron/shared/domain';
import { useLocalName } from './localName';
import './audience-dot.css';

export function AudienceDot(props: { color: string }) {
  return <span className="audience-dot" style={{ background: props.color }} aria-hidden />;
}

export function useAudienceOptions(audiences: readonly Audience[] | undefined) {
  const localName = useLocalName();
  return useMemo(
    () =>
      (audiences ?? []).map((a) => ({
        value: a.id,
        title: localName(a),
        label: (
          <span className="audience-option">
            <AudienceDot color={a.color} />
            {localName(a)}
          </span>
        ),
      })),
    [audiences, localName],
  );
}
