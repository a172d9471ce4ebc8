/**
 * The app's screens. A feature adds one entry here and keeps everything else in its
 * own folder under features/. `key` is also the hash in the URL (#/calendar).
 */
import type { ReactNode } from 'react';
import { BarChartOutlined, CalendarOutlined, EnvironmentOutlined, PrinterOutlined, SafetyOutlined, SettingOutlined, ShopOutlined, SwapOutlined, TeamOutlined, ScheduleOutlined } from '@ant-design/icons';
import { BackupsPage } from '../features/backups/BackupsPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { DeskPage } from '../features/desk/DeskPage';
import { SpacesPage } from '../features/spaces/SpacesPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { PrintPage } from '../features/print/PrintPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TransferPage } from '../features/transfer/TransferPage';

export interface Screen {
  key: string;
  /** i18n key of the menu label */
  label: string;
  icon: ReactNode;
  element: () => ReactNode;
  /** Only a coordinator sees it (its methods are coordinator-only too: shared/staff.ts). */
  coordinatorOnly?: boolean;
}

export const SCREENS: Screen[] = [
  { key: 'desk', label: 'nav.desk', icon: <ShopOutlined />, element: () => <DeskPage /> },
  { key: 'calendar', label: 'nav.calendar', icon: <CalendarOutlined />, element: () => <CalendarPage /> },
  { key: 'plans', label: 'nav.plans', icon: <ScheduleOutlined />, element: () => <PlansPage />, coordinatorOnly: true },
  { key: 'spaces', label: 'nav.spaces', icon: <EnvironmentOutlined />, element: () => <SpacesPage />, coordinatorOnly: true },
  { key: 'directory', label: 'nav.directory', icon: <TeamOutlined />, element: () => <DirectoryPage /> },
  { key: 'print', label: 'nav.print', icon: <PrinterOutlined />, element: () => <PrintPage /> },
  { key: 'reports', label: 'nav.reports', icon: <BarChartOutlined />, element: () => <ReportsPage />, coordinatorOnly: true },
  { key: 'transfer', label: 'nav.transfer', icon: <SwapOutlined />, element: () => <TransferPage />, coordinatorOnly: true },
  { key: 'backups', label: 'nav.backups', icon: <SafetyOutlined />, element: () => <BackupsPage />, coordinatorOnly: true },
  { key: 'settings', label: 'nav.settings', icon: <SettingOutlined />, element: () => <SettingsPage />, coordinatorOnly: true },
];

// The desk is where the day starts; coordinators switch to the calendar or plans.
export const DEFAULT_SCREEN = 'desk';
