/**
 * Who may call what. The desk books, checks in, handles the waitlist and the directory's
 * contacts and groups; everything that shapes the schedule, the data as a whole or the
 * staff is a coordinator's. The main process refuses these methods to anyone who is not
 * a coordinator, in one place (services/staff/roles.ts); the renderer hides the screens
 * built on them (navigation.tsx) so that the desk never meets the refusal.
 */
import type { Method } from './contract';

export const COORDINATOR_ONLY_METHODS = [
  // Staff
  'operators.save',
  'operators.setArchived',
  'operators.setPin',
  // The desk's coordinator actions: approvals, the no-show rule, the audit log
  'bookings.approve',
  'bookings.decline',
  'settings.save',
  'audit.list',
  // Plans, holidays and closures
  'plans.save',
  'plans.copyToSpace',
  'plans.compare',
  'calendarDays.save',
  'calendarDays.importYear',
  'holidayPolicies.save',
  'closures.save',
  'closures.delete',
  'reports.usage',
  // Sites, spaces and audiences (contacts and organisations stay with the desk)
  'sites.save',
  'sites.setArchived',
  'spaces.save',
  'spaces.setArchived',
  'audiences.save',
  'audiences.setArchived',
  // Reports
  'reports.figures',
  'reports.ledger',
  'reports.exportWorkbook',
  'reports.settings.get',
  'reports.settings.save',
  // Import and export: the data as a whole, personal data included
  'imports.preview',
  'imports.apply',
  'imports.template',
  'exports.bookings',
  'exports.contacts',
  'exports.calendar',
  // Backups and where the data is kept
  'backups.overview',
  'backups.create',
  'backups.restore',
  'backups.undoRestore',
  'backups.saveAs',
  'backups.inspectFile',
  'backups.openFile',
  'backups.chooseSecondFolder',
  'backups.clearSecondFolder',
  'storage.test',
  'storage.moveToServer',
  'storage.saveServerAsFile',
  'storage.use',
] as const satisfies readonly Method[];

const COORDINATOR_ONLY: ReadonlySet<string> = new Set(COORDINATOR_ONLY_METHODS);

export function isCoordinatorOnly(method: Method): boolean {
  return COORDINATOR_ONLY.has(method);
}
