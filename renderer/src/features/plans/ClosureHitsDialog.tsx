import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Alert, App, Button, Modal, Popconfirm, Space, Table, Tag } from 'antd';
import { CopyOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../electron/shared/contract';
import { invoke } from '../../api/client';
import { describeError } from '../../api/errors';
import { UNBROKEN, dayLabel } from '../../components/dayLabel';
import { useEntityNames } from '../../components/entityNames';
import { noticeText, type ClosureFacts } from './closureNotice';
import '../print/print.css';
import '../print/desk-sheet.css';

export type ClosureHits = Output<'closures.save'>;
type Hit = ClosureHits['hits'][number];

/** The printed list: the desk sheet's table, one row per booking, for ticking off calls. */
function NoticeSheet(props: { facts: ClosureFacts; hits: Hit[]; heading: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-sheets">
      <style>{'@page { size: A4 landscape; margin: 10mm; }'}</style>
      <section className="print-sheet desk-sheet" role="article" aria-label={t('plans.notice.sheet')}>
        <h1 style={{ fontSize: '5.5mm', lineHeight: 1.3, margin: '0 0 2mm', whiteSpace: 'normal' }}>
          {props.heading}
        </h1>
        <table className="desk-table">
          <thead>
            <tr>
              {['when', 'space', 'title', 'contact', 'phone', 'organisation', 'told'].map((k) => (
                <th key={k}>{t(`plans.notice.col.${k}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.hits.map((b) => (
              <tr key={b.id}>
                <td className="desk-time">{`${dayLabel(t, b.start.slice(0, 10))} ${b.start.slice(11)}–${b.end.slice(11)}`}</td>
                <td>{b.spaceName}</td>
                <td>{b.title}</td>
                <td>{b.contactName ?? ''}</td>
                <td style={UNBROKEN}>{b.contactPhone ?? ''}</td>
                <td>{b.organisationName ?? ''}</td>
                <td style={{ width: '14mm' }}>☐</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/**
 * The bookings a new closure hits, with who to tell: contact, phone and group. The desk
 * copies the list for WeChat or prints it, and cancels them all with the reason or keeps
 * them. After cancelling the list stays, since everyone on it still has to be told.
 */
export function ClosureHitsDialog(props: { result: ClosureHits | null; facts: ClosureFacts | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [cancelled, setCancelled] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const names = useEntityNames();
  const r = props.result;
  const facts = props.facts;
  if (!r || !facts) return null;
  // Spaces and groups in the UI's language, on screen, in the copied text and on paper.
  const hits = [...r.hits]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((h) => ({ ...h, spaceName: names.space(h.spaceId, h.spaceName), organisationName: h.organisationName && names.organisation(h.organisationId, h.organisationName) }));
  const text = noticeText(t, facts, hits);
  const heading = text.split('\n')[0];

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      message.success(t('plans.notice.copied', { count: hits.length }));
    } catch {
      message.error(t('plans.notice.copyFailed'));
    }
  };
  const print = async () => {
    setBusy(true);
    try {
      await invoke('print.print', { paper: 'A4', fileName: t('plans.notice.fileName', { place: facts.place, date: facts.firstDay }).replace(/[/\\:*?"<>|]+/g, '-') });
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };
  const cancelAll = async () => {
    setBusy(true);
    try {
      const done = await invoke('closures.save', { closure: { ...r.closure }, cancelHits: true, note: facts.reason });
      setCancelled(done.cancelled);
    } catch (e) {
      message.error(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setCancelled(null);
    props.onClose();
  };

  return (
    <Modal
      open
      width={1000}
      title={t('plans.closureHits', { count: hits.length })}
      onCancel={close}
      footer={
        <Space wrap>
          <Button icon={<CopyOutlined />} onClick={copy}>
            {t('plans.notice.copy')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={print} disabled={busy}>
            {t('plans.notice.print')}
          </Button>
          {cancelled === null ? (
            <>
              <Button onClick={close}>{t('plans.keepHits')}</Button>
              <Popconfirm title={t('plans.notice.cancelConfirm', { count: hits.length, reason: facts.reason })} onConfirm={cancelAll} okText={t('plans.notice.cancelOk')} cancelText={t('common.back')}>
                <Button danger type="primary" loading={busy}>
                  {t('plans.cancelHits')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Button type="primary" onClick={close}>
              {t('common.close')}
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type={cancelled === null ? 'warning' : 'success'} showIcon title={cancelled === null ? t('plans.notice.tellThem') : t('plans.notice.cancelledTell', { count: cancelled })} />
        <Table<Hit>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ y: 360 }}
          dataSource={hits}
          columns={[
            { title: t('plans.notice.col.when'), width: 210, render: (_, b) => <span style={UNBROKEN}>{`${dayLabel(t, b.start.slice(0, 10))} ${b.start.slice(11)}–${b.end.slice(11)}`}</span> },
            { title: t('plans.notice.col.space'), dataIndex: 'spaceName' },
            { title: t('plans.notice.col.title'), dataIndex: 'title' },
            { title: t('plans.notice.col.contact'), render: (_, b) => b.contactName ?? <Tag>{t('plans.notice.noContact')}</Tag> },
            { title: t('plans.notice.col.phone'), width: 130, render: (_, b) => <span style={UNBROKEN}>{b.contactPhone ?? ''}</span> },
            { title: t('plans.notice.col.organisation'), render: (_, b) => b.organisationName ?? '' },
            ...(cancelled !== null ? [{ title: t('plans.notice.col.status'), render: () => <Tag color="red">{t('plans.notice.cancelled')}</Tag> }] : []),
          ]}
        />
      </Space>
      {createPortal(
        <div className="print-output">
          <NoticeSheet facts={facts} hits={hits} heading={heading} />
        </div>,
        document.body,
      )}
    </Modal>
  );
}
