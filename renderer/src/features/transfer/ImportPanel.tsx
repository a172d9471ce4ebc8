import { useState } from 'react';
import { Alert, App, Button, Radio, Segmented, Space, Spin, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type ImportKind, type ImportResult } from '../../../../electron/shared/contract/imports';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { base64Of, MAX_FILE_BYTES } from './fileBytes';
import { ImportPreview } from './ImportPreview';

type Choice = 'skip' | 'update';

/** The counts as they stand with the user's choices for the duplicates. */
function countsWith(result: ImportResult, rowChoices: Record<number, Choice>) {
  const c = { create: 0, update: 0, skip: 0, error: 0 };
  for (const r of result.rows) c[r.duplicate && r.action !== 'error' ? (rowChoices[r.line] ?? (r.action as Choice)) : r.action]++;
  return c;
}

/**
 * Import a file: pick the kind, get its template, choose or drop a file, read the
 * preview (every problem by line and column, duplicates to skip or update), and import
 * everything in one go. Nothing is written before 导入 is pressed.
 */
export function ImportPanel() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('contacts');
  const [file, setFile] = useState<{ fileName: string; data: string } | null>(null);
  const [duplicates, setDuplicates] = useState<Choice>('skip');
  const [rowChoices, setRowChoices] = useState<Record<number, Choice>>({});
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = async (f: { fileName: string; data: string }, dup: Choice, k = kind) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setResult(await invoke('imports.preview', { kind: k, ...f, duplicates: dup }));
      setRowChoices({});
    } catch (e) {
      setResult(null);
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (picked: File) => {
    if (picked.size > MAX_FILE_BYTES) {
      setError(t('errors.import.file_too_big', { max: 10 }));
      return;
    }
    const f = { fileName: picked.name, data: await base64Of(picked) };
    setFile(f);
    await preview(f, duplicates);
  };

  const apply = async () => {
    if (!file || !result) return;
    setBusy(true);
    try {
      const choices = Object.entries(rowChoices).map(([line, action]) => ({ line: Number(line), action }));
      const r = await invoke('imports.apply', { kind, ...file, duplicates, rowChoices: choices });
      const text = t('imports.done', { create: r.counts.create, update: r.counts.update, skip: r.counts.skip });
      message.success(text);
      setDone(text);
      setResult(null);
      setFile(null);
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const template = async () => {
    try {
      const { path } = await invoke('imports.template', { kind, language: i18n.language === 'en' ? 'en' : 'zh-CN' });
      if (path) message.success(t('imports.savedTo', { path }));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };

  const counts = result ? countsWith(result, rowChoices) : null;
  const hasDuplicates = result?.rows.some((r) => r.duplicate) ?? false;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented
          aria-label={t('imports.kind')}
          value={kind}
          onChange={(k) => {
            setKind(k as ImportKind);
            setResult(null);
            setFile(null);
            setError(null);
          }}
          options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
        />
        <Button icon={<DownloadOutlined />} onClick={template}>
          {t('imports.template')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t(`imports.expects.${kind}`)}
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          void pick(f);
          return false;
        }}
      >
        {/* Once a file is chosen the preview needs the room: the box shrinks to a line. */}
        {!file && (
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
        )}
        <p className="ant-upload-text">{file ? file.fileName : t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon message={error} />}
      {done && <Alert type="success" showIcon message={done} />}
      <Spin spinning={busy}>
        {result && counts && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert
              type={counts.error ? 'warning' : 'info'}
              showIcon
              message={t('imports.summary', { ...counts, rows: result.rows.length })}
              description={[
                result.encoding ? t(`imports.encoding.${result.encoding}`) : null,
                result.skippedLines.length ? t('imports.skippedLines', { lines: result.skippedLines.map((s) => s.line).join('、') }) : null,
                result.missingColumns.length
                  ? t('imports.missingColumns', { columns: result.missingColumns.map((c) => t(`imports.columns.${kind}.${c}`)).join('、') })
                  : null,
                counts.error ? t('imports.fixFirst') : null,
              ]
                .filter(Boolean)
                .join(' ')}
            />
            {hasDuplicates && (
              <Space>
                <Typography.Text>{t('imports.duplicatesAll')}</Typography.Text>
                <Radio.Group
                  value={duplicates}
                  onChange={(e) => {
                    setDuplicates(e.target.value);
                    if (file) void preview(file, e.target.value);
                  }}
                  options={[
                    { value: 'skip', label: t('imports.skip') },
                    { value: 'update', label: t('imports.update') },
                  ]}
                />
              </Space>
            )}
            <ImportPreview result={result} rowChoices={rowChoices} onRowChoice={(line, a) => setRowChoices((c) => ({ ...c, [line]: a }))} />
            <Space>
              <Button type="primary" disabled={counts.error > 0 || counts.create + counts.update === 0} loading={busy} onClick={apply}>
                {t('imports.apply', { count: counts.create + counts.update })}
              </Button>
              <Button onClick={() => file && preview(file, duplicates)}>{t('imports.recheck')}</Button>
            </Space>
          </Space>
        )}
      </Spin>
    </Space>
  );
}
