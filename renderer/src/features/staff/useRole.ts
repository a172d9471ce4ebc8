import { useQuery } from '../../api/client';

/**
 * Whether the one at the desk may use a coordinator's screens. Before any coordinator
 * exists (a database whose staff are not set up yet) everyone may, as the main process
 * allows (services/staff/roles.ts). `undefined` while that is still being read.
 */
export function useCanCoordinate(): boolean | undefined {
  const current = useQuery('session.current', {});
  const operators = useQuery('operators.list', {});
  if (current.data === undefined || operators.data === undefined) return undefined;
  if (current.data?.role === 'coordinator') return true;
  return !operators.data.some((o) => o.role === 'coordinator');
}
