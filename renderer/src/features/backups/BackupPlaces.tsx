/**
 * Where backups go (the folder beside the database, an optional second folder whose
 * absence is a warning) and moving to a new computer (save everything as one file;
 * open such a file after it was checked and the user confirmed).
 */
import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Modal, Popconfirm, Row, Space, Typography } from 'antd';
import { ExportOutlined, FolderOpenOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../electron/shared/contract';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { formatSize, formatWhen } from './format';

type Overview = Output<'backups.overview'>;
type Checked = NonNullable<Output<'backups.inspectFile'>>;

/** What the last action did, shown at the top of the screen. */
export interface Notice {
  type: 'success' | 'error';
  text: string;
}

export function BackupPlaces({ overview, onNotice }: { overview: Overview; onNotice: (notice: Notice | null) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const last = overview.backups[0];

  async function run<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    onNotice(null);
    try {
      return await call();
    } catch (e) {
      onNotice({ type: 'error', text: describeError(t, e) });
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const second = overview.secondFolder;
  return (
    <Row gutter={12}>
      <Col span={14}>
        <Card size="small" title={t('backups.auto.title')} style={{ height: '100%' }}>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('backups.auto.summary', { hours: overview.intervalHours })}</Typography.Paragraph>
          <Descriptions size="small" column={1} styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label={t('backups.auto.folder')}>
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                {overview.folder}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('backups.auto.last')}>{last ? formatWhen(last.at) : t('backups.auto.never')}</Descriptions.Item>
            <Descriptions.Item label={t('backups.second.title')}>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Space wrap>
                  {second ? <Typography.Text style={{ wordBreak: 'break-all' }}>{second}</Typography.Text> : <Typography.Text type="secondary">{t('backups.second.none')}</Typography.Text>}
                  <Button
                    size="small"
                    icon={<FolderOpenOutlined />}
                    loading={busy === 'folder'}
                    onClick={() => run('folder', () => invoke('backups.chooseSecondFolder', {}))}
                  >
                    {t(second ? 'backups.second.change' : 'backups.second.choose')}
                  </Button>
                  {second && (
                    <Popconfirm title={t('backups.second.removeConfirm')} onConfirm={() => run('folder', () => invoke('backups.clearSecondFolder', {}))}>
                      <Button size="small">{t('backups.second.remove')}</Button>
                    </Popconfirm>
                  )}
                </Space>
                {second && overview.secondFolderProblem && (
                  <Alert type="warning" showIcon title={t(`backups.second.problem.${overview.secondFolderProblem}`, { folder: second })} />
                )}
                {second && !overview.secondFolderProblem && <Typography.Text type="success">{t('backups.second.ok')}</Typography.Text>}
                {!second && <Typography.Text type="secondary">{t('backups.second.hint')}</Typography.Text>}
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
            {t('backups.auto.rotation')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col span={10}>
        <Card size="small" title={t('backups.move.title')} style={{ height: '100%' }}>
          <Typography.Paragraph>{t('backups.move.hint')}</Typography.Paragraph>
          <Space wrap>
            <Button
              icon={<ExportOutlined />}
              loading={busy === 'save'}
              onClick={async () => {
                const saved = await run('save', () => invoke('backups.saveAs', {}));
                if (saved?.path) onNotice({ type: 'success', text: t('backups.move.saved', { path: saved.path, size: formatSize(saved.size) }) });
              }}
            >
              {t('backups.move.saveAs')}
            </Button>
            <Button
              icon={<ImportOutlined />}
              loading={busy === 'inspect'}
              onClick={async () => {
                const found = await run('inspect', () => invoke('backups.inspectFile', {}));
                if (found) setChecked(found);
              }}
            >
              {t('backups.move.open')}
            </Button>
          </Space>
        </Card>
      </Col>

      <Modal
        open={checked !== null}
        title={t('backups.move.confirmTitle')}
        okText={t('backups.move.ok')}
        okButtonProps={{ danger: true, loading: busy === 'open' }}
        onCancel={() => setChecked(null)}
        onOk={async () => {
          // Done, the banner at the top says so and offers the undo.
          await run('open', () => invoke('backups.openFile', { token: checked!.token }));
          setChecked(null);
        }}
      >
        {checked && (
          <>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('backups.move.file')}>
                {checked.fileName} · {formatSize(checked.size)}
              </Descriptions.Item>
            </Descriptions>
            <Alert type="success" showIcon title={t('backups.move.checked')} style={{ margin: '8px 0' }} />
            <Typography.Paragraph>{t('backups.move.body', { bookings: checked.bookings, contacts: checked.contacts })}</Typography.Paragraph>
            {busy === 'open' && <Alert type="info" showIcon title={t('backups.restore.working')} />}
          </>
        )}
      </Modal>
    </Row>
  );
}
