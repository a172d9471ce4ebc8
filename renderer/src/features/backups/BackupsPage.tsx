/**
 * 备份与恢复: the backups with their counts, a backup now, a restore that is confirmed
 * first and can be undone, and the places backups go. What happened (a backup made, a
 * file refused, in words) stays at the top of the screen until the next action or
 * until the user closes it, rather than in a message that fades.
 */
import { useState } from 'react';
import { Alert, Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import { CloudUploadOutlined, RollbackOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../electron/shared/contract/backups';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { BackupPlaces, type Notice } from './BackupPlaces';
import { formatSize, formatWhen } from './format';

const KIND_COLOURS: Record<BackupEntry['kind'], string | undefined> = {
  start: undefined,
  scheduled: undefined,
  manual: 'blue',
  before_migration: 'purple',
  before_restore: 'orange',
  before_import: 'cyan',
};

export function BackupsPage() {
  const { t } = useTranslation();
  const overview = useQuery('backups.overview', {});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<'create' | 'restore' | 'undo' | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const [undoing, setUndoing] = useState(false);

  /** Run a call; a refusal goes to the notice at the top, in the user's language. */
  async function run<T>(what: 'create' | 'restore' | 'undo', call: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    setNotice(null);
    try {
      return await call();
    } catch (e) {
      setNotice({ type: 'error', text: describeError(t, e) });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  if (overview.error) {
    const permission = overview.error.data.kind === 'permission' && overview.error.data.details.code.startsWith('operator.');
    return <Alert type="warning" showIcon title={permission ? t('backups.coordinatorsOnly') : describeError(t, overview.error)} />;
  }
  const data = overview.data;
  const undo = data?.undo;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {notice && <Alert type={notice.type} showIcon closable onClose={() => setNotice(null)} title={notice.text} />}
      {undo && (
        <Alert
          type="success"
          showIcon
          title={t(undo.fromFile ? 'backups.undo.bannerFile' : 'backups.undo.banner', { at: formatWhen(undo.restoredAt), from: undo.restoredFrom })}
          action={
            <Button icon={<RollbackOutlined />} loading={busy === 'undo'} onClick={() => setUndoing(true)}>
              {t('backups.undo.button')}
            </Button>
          }
        />
      )}
      {data && <BackupPlaces overview={data} onNotice={setNotice} />}
      <Card
        size="small"
        title={t('backups.list.title')}
        extra={
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={busy === 'create'}
            onClick={async () => {
              const made = await run('create', () => invoke('backups.create', {}));
              if (made) setNotice({ type: 'success', text: t('backups.list.created', { at: formatWhen(made.backup.at) }) });
            }}
          >
            {t('backups.list.create')}
          </Button>
        }
      >
        <Table
          rowKey="id"
          size="small"
          loading={overview.loading && !data}
          dataSource={data?.backups ?? []}
          pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{ emptyText: t('backups.list.empty') }}
          columns={[
            { title: t('backups.list.at'), dataIndex: 'at', render: (at: string) => formatWhen(at) },
            {
              title: t('backups.list.kind'),
              dataIndex: 'kind',
              render: (kind: BackupEntry['kind']) => <Tag color={KIND_COLOURS[kind]}>{t(`backups.kind.${kind}`)}</Tag>,
            },
            { title: t('backups.list.size'), dataIndex: 'size', align: 'right', render: (size: number) => formatSize(size) },
            { title: t('backups.list.bookings'), dataIndex: 'bookings', align: 'right', render: (n: number | null) => n ?? t('backups.list.unknown') },
            { title: t('backups.list.contacts'), dataIndex: 'contacts', align: 'right', render: (n: number | null) => n ?? t('backups.list.unknown') },
            {
              title: t('backups.list.actions'),
              render: (_, b) => (
                <Button size="small" aria-label={`${t('backups.list.restore')} ${formatWhen(b.at)}`} onClick={() => setRestoring(b)}>
                  {t('backups.list.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Modal
        open={restoring !== null}
        title={restoring && t('backups.restore.title', { at: formatWhen(restoring.at) })}
        okText={t('backups.restore.ok')}
        okButtonProps={{ danger: true, loading: busy === 'restore' }}
        onCancel={() => setRestoring(null)}
        onOk={async () => {
          const backup = restoring!;
          // Done, the banner above the list says so and offers the undo.
          await run('restore', () => invoke('backups.restore', { id: backup.id }));
          setRestoring(null);
        }}
      >
        {restoring && (
          <>
            <Typography.Paragraph>
              {t('backups.restore.body', { bookings: restoring.bookings ?? '—', contacts: restoring.contacts ?? '—' })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('backups.restore.check')}</Typography.Paragraph>
            {/* A five-year database takes a while to check (about 20 s on a slow machine). */}
            {busy === 'restore' && <Alert type="info" showIcon title={t('backups.restore.working')} />}
          </>
        )}
      </Modal>

      <Modal
        open={undoing}
        title={t('backups.undo.title')}
        okText={t('backups.undo.ok')}
        okButtonProps={{ danger: true, loading: busy === 'undo' }}
        onCancel={() => setUndoing(false)}
        onOk={async () => {
          const done = await run('undo', () => invoke('backups.undoRestore', {}));
          setUndoing(false);
          if (done) setNotice({ type: 'success', text: t('backups.undo.done') });
        }}
      >
        <Typography.Paragraph>{t('backups.undo.body')}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}
