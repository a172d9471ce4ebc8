import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/client';

/** Type-ahead over contacts: a name, or the last digits of a phone number. */
export function ContactSelect(props: { value?: number | null; onChange?: (id: number | null) => void; id?: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useQuery('contacts.search', { query, limit: 20 });
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      placeholder={t('booking.contactPlaceholder')}
      notFoundContent={t('booking.noContact')}
      options={(found.data ?? []).map((c) => ({
        value: c.id,
        label: c.phone ? `${c.name} · ${c.phone.slice(0, 3)}****${c.phone.slice(-4)}` : c.name,
      }))}
    />
  );
}
