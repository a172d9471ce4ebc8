import { useEffect, useSyncExternalStore } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../electron/shared/domain';
import { useQuery } from '../api/client';
import { useLocalName } from './localName';

/**
 * The current site: one for every screen, remembered across restarts. Kept in
 * localStorage beside the language, as the other preferences of this window are; it is
 * a choice of this desk, not data the other desks share.
 */
const SITE_KEY = 'stagger.site';
const listeners = new Set<() => void>();

function storedSite(): number | undefined {
  const id = Number(globalThis.localStorage?.getItem(SITE_KEY));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

let currentSite = storedSite();

/** Make `id` the current site on every screen (and after the next start). */
export function setCurrentSite(id: number): void {
  currentSite = id;
  globalThis.localStorage?.setItem(SITE_KEY, String(id));
  listeners.forEach((l) => l());
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The current site as chosen, which may be one that no longer exists (see useSiteChoice). */
export function useCurrentSiteId(): number | undefined {
  return useSyncExternalStore(subscribe, () => currentSite);
}

/**
 * The site a screen works on: the current site, or the first site while none is chosen
 * (or the chosen one was archived). Picking one here picks it for every screen.
 */
export function useSiteChoice() {
  const sites = useQuery('sites.list', {});
  const chosen = useCurrentSiteId();
  const list = sites.data ?? [];
  const siteId = list.some((s) => s.id === chosen) ? chosen : list[0]?.id;
  useEffect(() => {
    // The first start (or an archived site): the first site becomes the current one.
    if (sites.data?.length && siteId !== undefined && siteId !== chosen) setCurrentSite(siteId);
  }, [sites.data, siteId, chosen]);
  return { sites: list, siteId, setSiteId: setCurrentSite };
}

/** The site picker at the top of the calendar, the desk and printing. */
export function SitePicker(props: { sites: Site[]; value: number | undefined; onChange: (id: number) => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const localName = useLocalName();
  return (
    <Select
      aria-label={t('fields.site')}
      style={{ minWidth: 220 }}
      value={props.value}
      autoFocus={props.autoFocus}
      showSearch={{ optionFilterProp: 'label' }}
      onChange={props.onChange}
      options={props.sites.map((s) => ({ value: s.id, label: localName(s) }))}
    />
  );
}
