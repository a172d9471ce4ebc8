import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { AudiencesTab } from './AudiencesTab';
import { ContactsTab } from './ContactsTab';
import { OrganisationsTab } from './OrganisationsTab';

export function DirectoryPage() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'audiences', label: t('directory.audiences'), children: <AudiencesTab /> },
        { key: 'organisations', label: t('directory.organisations'), children: <OrganisationsTab /> },
        { key: 'contacts', label: t('directory.contacts'), children: <ContactsTab /> },
      ]}
    />
  );
}
