import { useEffect, useState } from 'react';
import { Button, Divider, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SeriesSummary } from '../../../../electron/shared/contract/plans';
import { useQuery } from '../../api/client';
import { useLocalName } from '../../components/localName';
import { SeriesCreateForm } from './SeriesCreateForm';
import { SeriesDetail } from './SeriesDetail';
import { describeEnd, describeRule } from './seriesText';

/**
 * Recurring series: create one (with the preview), and below, the existing series of the
 * chosen space (all spaces until one is chosen); opening one shows every occurrence.
 * `openSeriesId` opens a series straight away (from a booking in the calendar).
 */
export function SeriesPanel(props: { openSeriesId?: number | null }) {
  const { t } = useTranslation();
  const local = useLocalName();
  const [spaceId, setSpaceId] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(props.openSeriesId ?? null);
  useEffect(() => {
    if (props.openSeriesId) setOpenId(props.openSeriesId);
  }, [props.openSeriesId]);
  const list = useQuery('series.list', spaceId === null ? {} : { spaceId });
  const spaces = useQuery('spaces.list', {});
  const spaceName = new Map((spaces.data ?? []).map((s) => [s.id, local(s)]));

  return (
    <>
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        {t('plans.newSeries')}
      </Divider>
      <SeriesCreateForm onSpaceChange={setSpaceId} onCreated={setOpenId} />
      <Divider titlePlacement="start">{spaceId === null ? t('plans.seriesListAll') : t('plans.seriesListOf', { space: spaceName.get(spaceId) ?? '' })}</Divider>
      <Table<SeriesSummary>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('plans.noSeries') }}
        onRow={(s) => ({ onDoubleClick: () => setOpenId(s.id) })}
        columns={[
          { title: t('plans.seriesTitle'), dataIndex: 'title' },
          ...(spaceId === null ? [{ title: t('plans.space'), render: (_: unknown, s: SeriesSummary) => spaceName.get(s.spaceId) }] : []),
          { title: t('plans.rule'), render: (_, s) => `${describeRule(t, s.rule)}，${describeEnd(t, s.rule)}` },
          { title: t('plans.time'), render: (_, s) => `${s.startTime}–${s.endTime}` },
          { title: t('plans.dates'), render: (_, s) => (s.firstDate ? `${s.firstDate} – ${s.lastDate}` : <Typography.Text type="secondary">{t('plans.noneLeft')}</Typography.Text>) },
          { title: t('plans.bookedCount'), dataIndex: 'booked' },
          { title: t('plans.skippedCount'), dataIndex: 'skipped' },
          {
            title: '',
            render: (_, s) => (
              <Button size="small" aria-label={`${t('plans.openSeries')} ${s.title}`} onClick={() => setOpenId(s.id)}>
                {t('plans.openSeries')}
              </Button>
            ),
          },
        ]}
      />
      <SeriesDetail seriesId={openId} onClose={() => setOpenId(null)} onSwitch={setOpenId} />
    </>
  );
}
