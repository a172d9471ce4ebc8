import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../api/errors';

/** Archive with a confirmation, restore without one; both can be undone by the other. */
export function ArchiveButton(props: { archived: boolean; name: string; onToggle: (archived: boolean) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = async (archived: boolean) => {
    try {
      await props.onToggle(archived);
      message.success(t(archived ? 'common.archivedDone' : 'common.restoredDone', { name: props.name }));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };
  if (props.archived) {
    return (
      <Button size="small" onClick={() => void run(false)}>
        {t('common.restore')}
      </Button>
    );
  }
  return (
    <Popconfirm
      title={t('common.archiveConfirm', { name: props.name })}
      description={t('common.archiveHint')}
      okText={t('common.archive')}
      cancelText={t('common.back')}
      onConfirm={() => run(true)}
    >
      <Button size="small" danger>
        {t('common.archive')}
      </Button>
    </Popconfirm>
  );
}
