import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../../electron/shared/domain';
import { useQuery } from '../api/client';
import { useLocalName } from './localName';

/** The site a screen works on: the first site until someone picks another. */
export function useSiteChoice() {
  const sites = useQuery('sites.list', {});
  const [siteId, setSiteId] = useState<number | undefined>();
  useEffect(() => {
    if (siteId === undefined && sites.data?.length) setSiteId(sites.data[0].id);
  }, [sites.data, siteId]);
  return { sites: sites.data ?? [], siteId, setSiteId };
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
