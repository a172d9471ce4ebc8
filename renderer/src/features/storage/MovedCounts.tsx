import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';

/** After a move: what arrived on the server, table by table (the same counts as on this computer). */
export function MovedCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => ({ table, n }));
  return (
    <Card size="small" title={t('storage.move.countsTitle')}>
      <Table
        size="small"
        pagination={false}
        rowKey="table"
        dataSource={rows}
        columns={[
          { title: t('storage.move.what'), dataIndex: 'table', render: (v: string) => t(`storage.tables.${v}`, { defaultValue: v }) },
          { title: t('storage.move.count'), dataIndex: 'n', align: 'right' },
        ]}
      />
    </Card>
  );
}
