import { Alert, Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../electron/shared/contract';
import { datePart } from '../../../../electron/shared/time';
import { useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useEntityNames } from '../../components/entityNames';
import { BookingStatusTags } from '../../components/BookingStatusTags';
import { UNBROKEN, dayLabel } from '../../components/dayLabel';
import { openBooking } from '../bookings/openBooking';
import { useNow } from '../../api/clock';

type Item = Output<'contacts.history'>['bookings'][number];

/** How many of a contact's bookings the drawer lists, newest first (the counts cover all of them). */
const HISTORY_LIMIT = 200;

/**
 * A contact's record at the counter: every booking with where, when and how it went
 * (checked in, no-show, cancelled and why), above it the counts the desk weighs when
 * someone who often does not turn up asks for the hall again.
 */
export function ContactHistory(props: { contactId: number | null; onClose(): void }) {
  const { t } = useTranslation();
  const now = useNow();
  const history = useQuery('contacts.history', props.contactId === null ? null : { contactId: props.contactId, limit: HISTORY_LIMIT });
  const h = history.data;
  const names = useEntityNames();
  return (
    <Drawer open={props.contactId !== null} size={760} title={h ? t('directory.history.title', { name: h.contact.name }) : ''} onClose={props.onClose} destroyOnHidden>
      {history.error && <Alert type="error" showIcon title={describeError(t, history.error)} />}
      {h && (
        <>
          <Typography.Paragraph>{t('desk.history.summary', h.counts)}</Typography.Paragraph>
          {h.bookings.length > 0 && <Typography.Paragraph type="secondary">{t('directory.history.openHint')}</Typography.Paragraph>}
          {h.counts.total > h.bookings.length && (
            <Typography.Paragraph type="secondary">{t('directory.history.latest', { count: h.bookings.length })}</Typography.Paragraph>
          )}
          <Table<Item>
            rowKey="id"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={h.bookings}
            locale={{ emptyText: t('directory.history.none') }}
            // A row opens its booking (to move, change or cancel it), by click or Enter.
            onRow={(b) => ({
              onClick: () => openBooking(b.id),
              onKeyDown: (e) => {
                if (e.key === 'Enter') openBooking(b.id);
              },
              tabIndex: 0,
              style: { cursor: 'pointer' },
            })}
            columns={[
              {
                title: t('fields.date'),
                render: (_, b) => <span style={UNBROKEN}>{dayLabel(t, datePart(b.start))}</span>,
              },
              { title: t('directory.history.time'), render: (_, b) => <span style={UNBROKEN}>{`${b.start.slice(11)}–${b.end.slice(11)}`}</span> },
              { title: t('fields.space'), render: (_, b) => `${names.site(null, b.siteName)} · ${names.space(null, b.spaceName)}` },
              { title: t('fields.title'), dataIndex: 'title' },
              { title: <span style={UNBROKEN}>{t('fields.headCountShort')}</span>, dataIndex: 'headCount', align: 'right' },
              {
                title: t('directory.history.status'),
                render: (_, b) => (
                  <>
                    <BookingStatusTags booking={b} now={now} />
                    {b.cancelReason && <Typography.Text type="secondary">{b.cancelReason}</Typography.Text>}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
