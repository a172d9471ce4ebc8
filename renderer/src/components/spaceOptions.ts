import { useMemo } from 'react';
import type { Site, Space } from '../../../electron/shared/domain';
import { useQuery } from '../api/client';
import { useLocalName } from './localName';
import { useCurrentSiteId } from './SitePicker';

type Named = { id: number; name: string; nameEn?: string };

/**
 * Space picker options grouped by site (antd option groups), the current site first and
 * the others in list order. Options are labelled with the space's name only: the group
 * says where it is. Sites with no space in `spaces` are left out.
 */
export function groupSpaceOptions(
  spaces: Pick<Space, 'id' | 'siteId' | 'name' | 'nameEn'>[],
  sites: Named[],
  local: (e: { name: string; nameEn?: string } | undefined) => string,
  currentSiteId?: number,
) {
  const ordered = [...sites.filter((s) => s.id === currentSiteId), ...sites.filter((s) => s.id !== currentSiteId)];
  return ordered
    .map((site) => ({
      label: local(site),
      title: local(site),
      options: spaces.filter((s) => s.siteId === site.id).map((s) => ({ value: s.id, label: local(s) })),
    }))
    .filter((g) => g.options.length > 0);
}

/** Every space (but `exceptId`), grouped by site for a Select. */
export function useGroupedSpaceOptions(exceptId?: number | null) {
  const local = useLocalName();
  const current = useCurrentSiteId();
  const spaces = useQuery('spaces.list', {});
  const sites = useQuery('sites.list', {});
  return useMemo(
    () => groupSpaceOptions((spaces.data ?? []).filter((s) => s.id !== exceptId), (sites.data ?? []) as Site[], local, current),
    [spaces.data, sites.data, local, current, exceptId],
  );
}
