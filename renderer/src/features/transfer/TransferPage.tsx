import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** 导入导出: spreadsheets in (contacts, organisations, spaces, bookings) and files out (Excel, CSV, calendars). */
export function TransferPage() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'import', label: t('imports.tab'), children: <ImportPanel /> },
        { key: 'export', label: t('exports.tab'), children: <ExportPanel /> },
      ]}
    />
  );
}
