/**
 * 设置 → 数据存放: this computer's file or the subdistrict's server; test a server,
 * move this computer's data into it (with progress), use a server other desks already
 * use, go back to the file, or save the server's data as a file.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Progress, Space, Switch, Tag, Typography } from 'antd';
import { CloudServerOutlined, DesktopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ServerSettings } from '../../../../electron/shared/storage';
import { DEFAULT_SERVER } from '../../../../electron/shared/storage';
import { invoke, useQuery } from '../../api/client';
import { describeError, fieldErrors } from '../../api/errors';
import { MovedCounts } from './MovedCounts';

type Probe = { ok: true; state: 'empty' | 'stagger'; bookings: number } | { ok: false; text: string };

export function StoragePanel() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const info = useQuery('storage.get', {});
  const [form] = Form.useForm<ServerSettings>();
  const [probe, setProbe] = useState<Probe | null>(null);
  const [busy, setBusy] = useState<null | 'test' | 'move' | 'use' | 'file' | 'save'>(null);
  const [progress, setProgress] = useState<{ table: string; tablesDone: number; tables: number; done: number; total: number } | null>(null);
  const [moved, setMoved] = useState<Record<string, number> | null>(null);

  const kept = info.data?.server;
  useEffect(() => {
    if (info.data) form.setFieldsValue({ ...DEFAULT_SERVER, ...(kept ?? {}), password: '' });
  }, [info.data, kept, form]);

  // While a move runs, its progress is asked for a few times a second.
  useEffect(() => {
    if (busy !== 'move' && busy !== 'save') return;
    const timer = setInterval(() => {
      invoke('storage.progress', {}).then(setProgress, () => {});
    }, 300);
    return () => clearInterval(timer);
  }, [busy]);

  async function values(): Promise<ServerSettings | null> {
    try {
      return await form.validateFields();
    } catch {
      return null;
    }
  }

  async function run<T>(what: NonNullable<typeof busy>, fn: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    try {
      return await fn();
    } catch (e) {
      const fields = fieldErrors(t, e);
      if (fields.length) form.setFields(fields as never);
      if (what === 'test' || what === 'move' || what === 'use') setProbe({ ok: false, text: describeError(t, e) });
      else message.error(describeError(t, e), 8);
      return undefined;
    } finally {
      setBusy(null);
      setProgress(null);
    }
  }

  async function test() {
    const server = await values();
    if (!server) return;
    setProbe(null);
    const r = await run('test', () => invoke('storage.test', { server }));
    if (r) setProbe({ ok: true, state: r.state, bookings: r.bookings });
  }

  async function moveToServer() {
    const server = await values();
    if (!server) return;
    modal.confirm({
      title: t('storage.move.confirmTitle'),
      content: t('storage.move.confirmBody', { host: server.host, database: server.database }),
      okText: t('storage.move.ok'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProbe(null);
        const r = await run('move', () => invoke('storage.moveToServer', { server }));
        if (r) {
          setMoved(r.counts);
          message.success(t('storage.move.done'), 6);
        }
      },
    });
  }

  async function useServer() {
    const server = await values();
    if (!server) return;
    modal.confirm({
      title: t('storage.use.serverTitle'),
      content: t('storage.use.serverBody'),
      okText: t('storage.use.serverOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setProbe(null);
        const r = await run('use', () => invoke('storage.use', { kind: 'server', server }));
        if (r) message.success(t('storage.use.nowServer'), 6);
      },
    });
  }

  function useFile() {
    modal.confirm({
      title: t('storage.use.fileTitle'),
      content: t('storage.use.fileBody'),
      okText: t('storage.use.fileOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await run('file', () => invoke('storage.use', { kind: 'file' }));
        if (r) message.success(t('storage.use.nowFile'), 6);
      },
    });
  }

  async function saveAsFile() {
    const r = await run('save', () => invoke('storage.saveServerAsFile', {}));
    if (r) message.success(t('storage.saveAs.done', { file: r.file }), 8);
  }

  const onServer = info.data?.kind === 'server';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 880 }}>
      <Card size="small" title={t('storage.title')}>
        <Space align="start" size="large" wrap>
          <Tag icon={onServer ? <CloudServerOutlined /> : <DesktopOutlined />} color={onServer ? 'blue' : 'default'} style={{ fontSize: 14, padding: '4px 10px' }}>
            {onServer ? t('storage.kind.server') : t('storage.kind.file')}
          </Tag>
          <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 640 }}>
            {onServer ? t('storage.kind.serverHelp', { host: kept?.host ?? '', database: kept?.database ?? '' }) : t('storage.kind.fileHelp')}
          </Typography.Paragraph>
        </Space>
        {info.data && !onServer && (
          <Descriptions size="small" column={1} style={{ marginTop: 8 }} items={[{ key: 'file', label: t('storage.file'), children: <Typography.Text code>{info.data.file}</Typography.Text> }]} />
        )}
      </Card>

      <Card size="small" title={t('storage.server.title')}>
        <Typography.Paragraph type="secondary">{t('storage.server.help')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false} disabled={busy !== null} initialValues={DEFAULT_SERVER}>
          <Space wrap align="start" size="middle">
            <Form.Item name="host" label={t('storage.server.host')} rules={[{ required: true, whitespace: true, message: t('storage.server.hostRequired') }]} style={{ width: 260 }}>
              <Input placeholder="192.168.1.20" autoComplete="off" />
            </Form.Item>
            <Form.Item name="port" label={t('storage.server.port')} rules={[{ required: true }]} style={{ width: 110 }}>
              <InputNumber min={1} max={65535} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="database" label={t('storage.server.database')} rules={[{ required: true, whitespace: true, message: t('storage.server.databaseRequired') }]} style={{ width: 180 }}>
              <Input autoComplete="off" />
            </Form.Item>
          </Space>
          <Space wrap align="start" size="middle">
            <Form.Item name="user" label={t('storage.server.user')} rules={[{ required: true, whitespace: true, message: t('storage.server.userRequired') }]} style={{ width: 180 }}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('storage.server.password')} style={{ width: 220 }} extra={kept?.hasPassword ? t('storage.server.passwordKept') : undefined}>
              <Input.Password autoComplete="new-password" placeholder={kept?.hasPassword ? t('storage.server.passwordKeptShort') : ''} />
            </Form.Item>
            <Form.Item name="tls" label={t('storage.server.tls')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Space>
        </Form>
        {!info.data?.canKeepPasswords && info.data && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('storage.server.noKeyStore')} />}
        {probe && (
          <Alert
            role="status"
            style={{ marginBottom: 12 }}
            showIcon
            type={probe.ok ? 'success' : 'error'}
            message={probe.ok ? (probe.state === 'empty' ? t('storage.test.empty') : t('storage.test.stagger', { bookings: probe.bookings })) : probe.text}
          />
        )}
        {progress && (
          <div style={{ marginBottom: 12 }} aria-live="polite">
            <Typography.Text>{t('storage.move.progress', { table: t(`storage.tables.${progress.table}`, { defaultValue: progress.table }), done: progress.done, total: progress.total })}</Typography.Text>
            <Progress percent={Math.round((100 * progress.tablesDone) / progress.tables)} status="active" />
          </div>
        )}
        <Space wrap>
          <Button onClick={test} loading={busy === 'test'} disabled={busy !== null && busy !== 'test'}>
            {t('storage.test.button')}
          </Button>
          {!onServer && (
            <Button type="primary" onClick={moveToServer} loading={busy === 'move'} disabled={busy !== null && busy !== 'move'}>
              {t('storage.move.button')}
            </Button>
          )}
          {!onServer && (
            <Button onClick={useServer} loading={busy === 'use'} disabled={busy !== null && busy !== 'use'}>
              {t('storage.use.serverButton')}
            </Button>
          )}
          {onServer && (
            <Button onClick={saveAsFile} loading={busy === 'save'} disabled={busy !== null && busy !== 'save'}>
              {t('storage.saveAs.button')}
            </Button>
          )}
          {onServer && (
            <Button danger onClick={useFile} loading={busy === 'file'} disabled={busy !== null && busy !== 'file'}>
              {t('storage.use.fileButton')}
            </Button>
          )}
        </Space>
      </Card>
      {moved && <MovedCounts counts={moved} />}
    </Space>
  );
}
