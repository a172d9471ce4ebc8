import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Input, Modal, Table, Tooltip, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BookingSearchItem } from '../../../../electron/shared/contract/bookings';
import { datePart } from '../../../../electron/shared/time';
import { useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { BookingStatusTags } from '../../components/BookingStatusTags';
import { UNBROKEN, dayLabel } from '../../components/dayLabel';
import { useLocalName } from '../../components/localName';
import { openBooking } from './openBooking';
import { useNow } from '../../api/clock';

/** Wait this long after the last key before asking: a name is typed in a burst. */
const TYPING_PAUSE_MS = 200;

/** Typing in a field: "/" there is a character, not the shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const masked = (phone: string | null) => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '');

/**
 * The header's booking search, on every screen: click the box, press Ctrl+K (⌘K), or "/"
 * outside a text field. Results open the booking in the booking dialog.
 */
export function BookingSearch() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState('');
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      if (!ctrlK && !slash) return;
      e.preventDefault();
      setStart('');
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Tooltip title={t('bookingSearch.tooltip')} placement="bottom">
        <Input
          aria-label={t('bookingSearch.open')}
          prefix={<SearchOutlined />}
          placeholder={t('bookingSearch.placeholder')}
          suffix={<Typography.Text keyboard>Ctrl K</Typography.Text>}
          value=""
          style={{ width: 250 }}
          onClick={() => {
            setStart('');
            setOpen(true);
          }}
          // What is typed into the header box carries on in the search dialog.
          onChange={(e) => {
            setStart(e.target.value);
            setOpen(true);
          }}
        />
      </Tooltip>
      <SearchDialog open={open} start={start} onClose={() => setOpen(false)} />
    </>
  );
}

function SearchDialog(props: { open: boolean; start: string; onClose: () => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const localName = useLocalName();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  useEffect(() => {
    if (!props.open) return;
    setText(props.start);
    setQuery(props.start.trim());
    setActive(0);
  }, [props.open, props.start]);
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useQuery('bookings.search', props.open && query ? { query, limit: 50 } : null);
  const items = query ? (found.data?.items ?? []) : [];
  useEffect(() => setActive(0), [found.data]);

  function keys(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (items.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing && items[active]) {
      e.preventDefault();
      openBooking(items[active].id);
    }
  }

  // The space first: a long site name would otherwise push it out of a narrow column.
  const space = (b: BookingSearchItem) => `${localName({ name: b.spaceName, nameEn: b.spaceNameEn })} · ${localName({ name: b.siteName, nameEn: b.siteNameEn })}`;
  return (
    <Modal
      open={props.open}
      title={t('bookingSearch.open')}
      onCancel={props.onClose}
      footer={null}
      width="min(1040px, calc(100vw - 48px))"
      style={{ top: 48 }}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (o) input.current?.focus({ cursor: 'end' });
      }}
    >
      <Input
        ref={input}
        size="large"
        allowClear
        role="searchbox"
        aria-label={t('bookingSearch.open')}
        prefix={<SearchOutlined />}
        placeholder={t('bookingSearch.inputPlaceholder')}
        value={text}
        maxLength={80}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={keys}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '6px 0 10px', fontSize: 12 }}>
        {t('bookingSearch.hint')} {items.length > 0 && t('bookingSearch.keys')}
      </Typography.Paragraph>
      {found.error && <Alert type="error" showIcon title={describeError(t, found.error)} />}
      {query && found.data && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {found.data.more ? t('bookingSearch.more', { count: items.length }) : t('bookingSearch.count', { count: items.length })}
        </Typography.Text>
      )}
      {query && (
        <Table<BookingSearchItem>
          aria-label={t('bookingSearch.results')}
          rowKey="id"
          size="small"
          pagination={false}
          loading={found.loading && !found.data}
          scroll={{ y: 'calc(100vh - 330px)' }}
          dataSource={items}
          locale={{ emptyText: t('bookingSearch.none') }}
          style={{ marginTop: 6 }}
          onRow={(b, i) => ({
            onClick: () => openBooking(b.id),
            onMouseEnter: () => setActive(i ?? 0),
            'aria-selected': i === active,
            style: { cursor: 'pointer', background: i === active ? '#e6f4ff' : undefined },
          })}
          columns={[
            { title: t('fields.date'), width: 150, render: (_, b) => <span style={UNBROKEN}>{dayLabel(t, datePart(b.start))}</span> },
            { title: t('bookingSearch.time'), width: 110, render: (_, b) => <span style={UNBROKEN}>{`${b.start.slice(11)}–${b.end.slice(11)}`}</span> },
            { title: t('fields.space'), ellipsis: true, render: (_, b) => space(b) },
            {
              title: t('fields.title'),
              ellipsis: true,
              render: (_, b) => (
                <>
                  {b.title}
                  {b.organisationName && (
                    <Typography.Text type="secondary"> · {localName({ name: b.organisationName, nameEn: b.organisationNameEn ?? '' })}</Typography.Text>
                  )}
                </>
              ),
            },
            {
              title: t('fields.contact'),
              width: 190,
              render: (_, b) =>
                b.contactName ? (
                  <span style={UNBROKEN}>
                    {b.contactName} <Typography.Text type="secondary">{masked(b.contactPhone)}</Typography.Text>
                  </span>
                ) : null,
            },
            {
              title: t('bookingSearch.status'),
              width: 110,
              render: (_, b) => (
                <Tooltip title={b.cancelReason ?? undefined}>
                  <BookingStatusTags booking={b} now={now} />
                </Tooltip>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
