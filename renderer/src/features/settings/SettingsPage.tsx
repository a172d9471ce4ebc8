/** 设置: where the data is kept (数据存放). */
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { StoragePanel } from '../storage/StoragePanel';

export function SettingsPage() {
  const { t } = useTranslation();
  return <Tabs items={[{ key: 'storage', label: t('storage.tab'), children: <StoragePanel /> }]} />;
}
