import { useEffect, useRef, useState } from 'react';
import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../electron/shared/domain';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { PinPrompt } from './PinPrompt';

const CHOSEN_KEY = 'stagger.operatorChosen';

/** Who is at the desk: every change is recorded against this person. A coordinator's PIN is asked for. */
export function OperatorPicker() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const operators = useQuery('operators.list', {});
  const current = useQuery('session.current', {});
  // Asked once per start of the app: the first screen is "who is at the desk?".
  const [asking, setAsking] = useState(() => globalThis.sessionStorage?.getItem(CHOSEN_KEY) !== '1');
  const [pinFor, setPinFor] = useState<Operator | null>(null);
  const picked = useRef(false);
  const chosen = () => {
    picked.current = true;
    globalThis.sessionStorage?.setItem(CHOSEN_KEY, '1');
    setAsking(false);
  };
  const choose = (op: Operator) => {
    if (op.id === current.data?.id && !asking) return;
    // The PIN is checked by the main process; the prompt only collects it.
    if (op.hasPin) {
      setPinFor(op);
      return;
    }
    chosen();
    invoke('session.setOperator', { operatorId: op.id }).catch((e) => message.error(describeError(t, e)));
  };
  useEffect(() => {
    // Once chosen in this window, a reloaded back end gets the first desk operator back.
    const first = operators.data?.find((o) => o.role === 'desk') ?? operators.data?.find((o) => !o.hasPin);
    if (!asking && !picked.current && current.data === null && first) void invoke('session.setOperator', { operatorId: first.id });
  }, [asking, operators.data, current.data]);
  const label = (o: Operator) => `${o.name} · ${t(`operator.role.${o.role}`)}`;
  const byId = new Map((operators.data ?? []).map((o) => [o.id, o]));
  return (
    <Space>
      <Typography.Text type="secondary">{t('app.operator')}</Typography.Text>
      <Select
        aria-label={t('app.operator')}
        style={{ minWidth: 140 }}
        value={current.data?.id}
        onChange={(id: number) => {
          const op = byId.get(id);
          if (op) choose(op);
        }}
        options={(operators.data ?? []).map((o) => ({
          value: o.id,
          title: label(o),
          label: (
            <span>
              {label(o)}
              {o.hasPin && <LockOutlined style={{ marginInlineStart: 6, color: '#8c8c8c' }} aria-label="PIN" />}
            </span>
          ),
        }))}
      />
      <Modal open={asking && !!operators.data?.length && pinFor === null} title={t('app.whoIsAtTheDesk')} footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
        <Typography.Paragraph type="secondary">{t('app.whoIsAtTheDeskHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          {(operators.data ?? []).map((o, i) => (
            <Button key={o.id} block size="large" autoFocus={i === 0} icon={o.hasPin ? <LockOutlined /> : undefined} iconPosition="end" onClick={() => choose(o)}>
              {label(o)}
            </Button>
          ))}
        </Space>
      </Modal>
      <PinPrompt
        operator={pinFor}
        onCancel={() => setPinFor(null)}
        onDone={() => {
          setPinFor(null);
          chosen();
        }}
      />
    </Space>
  );
}
