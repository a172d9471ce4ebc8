/** 设置: where the data is kept (数据存放) and who works here (工作人员). Coordinators only. */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { StaffPanel } from '../staff/StaffPanel';
import { StoragePanel } from '../storage/StoragePanel';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'storage', label: t('storage.tab'), children: <StoragePanel /> },
        { key: 'staff', label: t('staff.tab'), children: <StaffPanel /> },
      ]}
    />
  );
}
