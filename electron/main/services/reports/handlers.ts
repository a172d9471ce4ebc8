import type { Handlers } from '../handlers';
import { usageReport } from './usage';

export function reportsHandlers(): Handlers<'reports.usage'> {
  return {
    'reports.usage': async (i, db) => usageReport(db, i),
  };
}
