import { useMemo, useState } from 'react';
import { Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ImportRow } from '../../../../electron/shared/contract/imports';
import { columnLabel, noticeText, problemText } from './problemText';

const ACTION_COLOURS: Record<ImportRow['action'], string> = { create: 'green', update: 'blue', skip: 'default', error: 'red' };

/**
 * Every row of the file as it would be imported: what happens to it, its values, each
 * problem in words by line and column, and for a duplicate the choice to skip or update.
 */
export function ImportPreview(props: {
  result: ImportResult;
  rowChoices: Record<number, 'skip' | 'update'>;
  onRowChoice: (line: number, action: 'skip' | 'update') => void;
}) {
  const { t } = useTranslation();
  const { result } = props;
  const [show, setShow] = useState<'all' | 'problems' | 'duplicates'>(result.counts.error ? 'problems' : 'all');
  const rows = useMemo(
    () => result.rows.filter((r) => show === 'all' || (show === 'problems' ? r.action === 'error' : r.duplicate !== null)),
    [result.rows, show],
  );
  const columns: ColumnsType<ImportRow> = [
    { title: t('imports.line'), dataIndex: 'line', width: 64, fixed: 'left' },
    {
      title: t('imports.result'),
      key: 'action',
      width: 96,
      fixed: 'left',
      render: (_, r) => {
        // A duplicate does what the user chose for it, which the preview was not yet run with.
        const action = r.duplicate && r.action !== 'error' ? (props.rowChoices[r.line] ?? r.action) : r.action;
        return <Tag color={ACTION_COLOURS[action]}>{t(`imports.action.${action}`)}</Tag>;
      },
    },
    // Right after the result, so the problems are in view however many columns the file has.
    {
      title: t('imports.remarks'),
      key: 'remarks',
      width: 380,
      render: (_, r) => (
        <Space direction="vertical" size={2} style={{ maxWidth: 400, whiteSpace: 'normal' }}>
          {r.problems.map((p, i) => (
            <Typography.Text key={`p${i}`} type="danger">
              {problemText(t, result.kind, r.line, p)}
            </Typography.Text>
          ))}
          {r.duplicate && (
            <Space size={6} wrap>
              <Typography.Text>{t(`imports.duplicate.${r.duplicate.reason}`, { label: r.duplicate.label })}</Typography.Text>
              {r.action !== 'error' && (
                <Select
                  size="small"
                  aria-label={t('imports.duplicateChoice', { line: r.line })}
                  value={props.rowChoices[r.line] ?? (r.action === 'update' ? 'update' : 'skip')}
                  onChange={(v) => props.onRowChoice(r.line, v)}
                  options={[
                    { value: 'skip', label: t('imports.skip') },
                    { value: 'update', label: t('imports.update') },
                  ]}
                  style={{ width: 110 }}
                />
              )}
            </Space>
          )}
          {r.notices.map((n, i) => (
            <Typography.Text key={`n${i}`} type="secondary">
              {noticeText(t, n)}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
    ...result.columns.map((c) => ({
      title: columnLabel(t, result.kind, c),
      key: c,
      ellipsis: true,
      width: 120,
      render: (_: unknown, r: ImportRow) => {
        const bad = r.problems.some((p) => p.column === c);
        return <span style={bad ? { color: '#cf1322', fontWeight: 600 } : undefined}>{r.values[c]}</span>;
      },
    })),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Segmented
        value={show}
        onChange={(v) => setShow(v as typeof show)}
        options={[
          { value: 'all', label: t('imports.showAll', { count: result.counts.rows }) },
          { value: 'problems', label: t('imports.showProblems', { count: result.counts.error }) },
          { value: 'duplicates', label: t('imports.showDuplicates', { count: result.rows.filter((r) => r.duplicate).length }) },
        ]}
      />
      <Table
        size="small"
        rowKey="line"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowClassName={(r) => (r.action === 'error' ? 'import-row-error' : '')}
      />
    </Space>
  );
}
