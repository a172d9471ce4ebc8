import { useMemo } from 'react';
import { useQuery } from '../api/client';
import { useLocalName } from './localName';

type Named = { id: number; name: string; nameEn?: string };

/**
 * Names of sites, spaces, audiences and organisations in the UI's language, by id, for
 * lists whose rows carry only the Chinese name (a booking, an approval, a contact's
 * history). A record not found (yet) shows the name the row carries.
 */
export function useEntityNames() {
  const localName = useLocalName();
  const sites = useQuery('sites.list', { includeArchived: true });
  const spaces = useQuery('spaces.list', { includeArchived: true });
  const audiences = useQuery('audiences.list', { includeArchived: true });
  const organisations = useQuery('organisations.list', { includeArchived: true });
  return useMemo(() => {
    const lookup = (list: Named[] | undefined) => {
      const byId = new Map((list ?? []).map((e) => [e.id, e]));
      const byName = new Map((list ?? []).map((e) => [e.name, e]));
      return (id: number | null | undefined, fallback?: string | null): string => {
        const found = (id !== null && id !== undefined ? byId.get(id) : undefined) ?? (fallback ? byName.get(fallback) : undefined);
        return found ? localName(found) : (fallback ?? '');
      };
    };
    return {
      site: lookup(sites.data),
      space: lookup(spaces.data),
      audience: lookup(audiences.data),
      organisation: lookup(organisations.data),
    };
  }, [localName, sites.data, spaces.data, audiences.data, organisations.data]);
}
