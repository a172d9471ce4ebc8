import { useState } from 'react';
import { Alert, App, Button, Descriptions, Drawer, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useToday } from '../../api/clock';
import { useLocalName } from '../../components/localName';
import { dayLabel } from '../../components/dayLabel';
import { SeriesEditDialog } from './SeriesEditDialog';
import { describeEnd, describeRule } from './seriesText';

type Editing = { date: string; action: 'cancel' | 'change' } | null;

/** How an occurrence stands: booked, moved, skipped (restorable), past, or without a booking. */
function stateOf(o: Occurrence, today: string): { key: string; colour: string } {
  if (o.exception === 'skipped') return { key: 'skipped', colour: 'default' };
  if (o.date < today) return { key: 'past', colour: 'default' };
  if (o.exception === 'moved') return { key: 'moved', colour: 'blue' };
  if (o.bookingId !== null) return { key: 'booked', colour: 'green' };
  return { key: 'none', colour: 'default' };
}

/**
 * One series with every occurrence. From any future occurrence the coordinator changes
 * or cancels it (or the following ones, or all); a skipped date can be restored.
 */
export function SeriesDetail(props: { seriesId: number | null; onClose(): void; onSwitch(seriesId: number): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const series = useQuery('series.get', props.seriesId === null ? null : { id: props.seriesId });
  const spaces = useQuery('spaces.list', {});
  const [editing, setEditing] = useState<Editing>(null);
  const today = useToday();
  const s = series.data;
  const space = spaces.data?.find((x) => x.id === s?.spaceId);

  const restore = async (date: string) => {
    try {
      await invoke('series.restoreOccurrence', { seriesId: props.seriesId!, version: s!.version, date });
      message.success(t('plans.restored', { date }));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };

  return (
    <Drawer open={props.seriesId !== null} size={820} title={s ? t('plans.seriesDetailTitle', { title: s.title }) : ''} onClose={props.onClose} destroyOnHidden>
      {series.error && <Alert type="error" showIcon title={describeError(t, series.error)} />}
      {s && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('plans.space')}>{space ? local(space) : ''}</Descriptions.Item>
            <Descriptions.Item label={t('plans.rule')}>{`${describeRule(t, s.rule)}，${describeEnd(t, s.rule)}`}</Descriptions.Item>
            <Descriptions.Item label={t('plans.time')}>{`${s.startTime}–${s.endTime}`}</Descriptions.Item>
            <Descriptions.Item label={t('plans.headCount')}>{s.headCount}</Descriptions.Item>
          </Descriptions>
          <Table<Occurrence>
            rowKey="date"
            size="small"
            pagination={false}
            dataSource={s.occurrences}
            columns={[
              { title: t('plans.date'), render: (_, o) => dayLabel(t, o.date) },
              { title: t('plans.time'), render: (_, o) => (o.exception === 'skipped' ? '—' : `${o.start.slice(11)}–${o.end.slice(11)}`) },
              {
                title: t('plans.statusTitle'),
                render: (_, o) => {
                  const st = stateOf(o, today);
                  return (
                    <Space size={4}>
                      <Tag color={st.colour}>{t(`plans.occurrenceState.${st.key}`)}</Tag>
                      {o.exception === 'moved' && o.start.slice(0, 10) !== o.date && <span>{t('plans.movedTo', { date: o.start.slice(0, 10) })}</span>}
                      {o.exceptionNote && <span>{t('plans.exceptionNote', { note: o.exceptionNote })}</span>}
                    </Space>
                  );
                },
              },
              {
                title: '',
                render: (_, o) => {
                  if (o.exception === 'skipped' && o.date >= today) {
                    return (
                      <Button size="small" aria-label={`${t('plans.restore')} ${o.date}`} onClick={() => restore(o.date)}>
                        {t('plans.restore')}
                      </Button>
                    );
                  }
                  if (o.bookingId === null || o.date < today) return null;
                  return (
                    <Space size={4}>
                      <Button size="small" aria-label={`${t('plans.edit.change')} ${o.date}`} onClick={() => setEditing({ date: o.date, action: 'change' })}>
                        {t('plans.edit.change')}
                      </Button>
                      <Button size="small" danger aria-label={`${t('plans.edit.cancel')} ${o.date}`} onClick={() => setEditing({ date: o.date, action: 'cancel' })}>
                        {t('plans.edit.cancel')}
                      </Button>
                    </Space>
                  );
                },
              },
            ]}
          />
          {editing && (
            <SeriesEditDialog
              key={`${s.id}-${editing.date}-${editing.action}`}
              series={s}
              date={editing.date}
              action={editing.action}
              onClose={() => setEditing(null)}
              onApplied={(id) => {
                setEditing(null);
                // "This and following" splits the series: show the part that was changed.
                if (id !== s.id) props.onSwitch(id);
              }}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
