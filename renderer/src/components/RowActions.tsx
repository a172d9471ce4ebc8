import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ArchiveButton } from './ArchiveButton';

/** The usual end-of-row actions of a directory table: edit, and archive or restore. */
export function RowActions(props: { name: string; archived: boolean; onEdit: () => void; onToggleArchived: (archived: boolean) => Promise<unknown> }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button size="small" onClick={props.onEdit}>
        {t('common.edit')}
      </Button>
      <ArchiveButton archived={props.archived} name={props.name} onToggle={props.onToggleArchived} />
    </Space>
  );
}
