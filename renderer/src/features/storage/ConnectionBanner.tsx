import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LiveState } from './useLiveChanges';

/** Said plainly across the top while the shared server does not answer; gone when it does. */
export function ConnectionBanner({ live }: { live: LiveState }) {
  const { t } = useTranslation();
  if (live.online) return null;
  return <Alert type="error" showIcon banner role="alert" message={t('storage.offline.title')} description={t('storage.offline.body')} />;
}
