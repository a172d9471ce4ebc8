import { useEffect, useRef, useState } from 'react';
import { Button, Layout, Menu, Modal, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../electron/shared/domain';
import { invoke, useQuery } from '../api/client';
import { setLanguage, type Language } from '../i18n';
import { BookingDialogHost } from '../features/bookings/BookingDialogHost';
import { BookingSearch } from '../features/bookings/BookingSearch';
import { DEFAULT_SCREEN, SCREENS } from './navigation';
import { ConnectionBanner } from '../features/storage/ConnectionBanner';
import { useLiveChanges } from '../features/storage/useLiveChanges';

const CHOSEN_KEY = 'stagger.operatorChosen';

function currentHash(): string {
  const key = window.location.hash.replace(/^#\/?/, '').split('?')[0];
  return SCREENS.some((s) => s.key === key) ? key : DEFAULT_SCREEN;
}

/** The shell: menu of screens on the left, language and operator on top. */
export function App() {
  const { t, i18n } = useTranslation();
  const [screen, setScreen] = useState(currentHash);
  useEffect(() => {
    const onHash = () => setScreen(currentHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const active = SCREENS.find((s) => s.key === screen) ?? SCREENS[0];
  // Other desks' changes reload the open screens; a lost server is said across the top.
  const live = useLiveChanges();

  return (
    <Layout style={{ height: '100vh' }}>
      <Layout.Sider width={212} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px 12px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('app.tagline')}
          </Typography.Text>
        </div>
        <nav aria-label={t('app.navigation')}>
          <Menu
            mode="inline"
            selectedKeys={[active.key]}
            items={SCREENS.map((s) => ({ key: s.key, icon: s.icon, label: t(s.label) }))}
            onClick={({ key }) => {
              window.location.hash = `#/${key}`;
            }}
            style={{ borderInlineEnd: 'none' }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 20px', height: 52, borderBottom: '1px solid #f0f0f0' }}
        >
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t(active.label)}
          </Typography.Title>
          <Space size="large">
            <BookingSearch />
            <OperatorPicker />
            <Segmented
              aria-label={t('app.language')}
              value={i18n.language as Language}
              onChange={(v) => setLanguage(v as Language)}
              options={[
                // A language is named in itself, in either UI language.
                { value: 'zh-CN', label: <span lang="zh-CN">中文</span> },
                { value: 'en', label: 'English' },
              ]}
            />
          </Space>
        </Layout.Header>
        <ConnectionBanner live={live} />
        <Layout.Content style={{ overflow: 'auto', padding: 16 }}>{active.element()}</Layout.Content>
        <BookingDialogHost />
      </Layout>
    </Layout>
  );
}

/** Who is at the desk: every change is recorded against this operator. */
function OperatorPicker() {
  const { t } = useTranslation();
  const operators = useQuery('operators.list', {});
  const current = useQuery('session.current', {});
  // Asked once per start of the app: the first screen is "who is at the desk?".
  const [asking, setAsking] = useState(() => globalThis.sessionStorage?.getItem(CHOSEN_KEY) !== '1');
  const picked = useRef(false);
  const choose = (id: number) => {
    picked.current = true;
    globalThis.sessionStorage?.setItem(CHOSEN_KEY, '1');
    setAsking(false);
    void invoke('session.setOperator', { operatorId: id });
  };
  useEffect(() => {
    // Once chosen in this window, a reloaded back end gets the first desk operator back.
    const first = operators.data?.find((o) => o.role === 'desk') ?? operators.data?.[0];
    if (!asking && !picked.current && current.data === null && first) void invoke('session.setOperator', { operatorId: first.id });
  }, [asking, operators.data, current.data]);
  const label = (o: Operator) => `${o.name} · ${t(`operator.role.${o.role}`)}`;
  return (
    <Space>
      <Typography.Text type="secondary">{t('app.operator')}</Typography.Text>
      <Select
        aria-label={t('app.operator')}
        style={{ minWidth: 140 }}
        value={current.data?.id}
        onChange={(id: number) => choose(id)}
        options={(operators.data ?? []).map((o) => ({ value: o.id, label: label(o) }))}
      />
      <Modal open={asking && !!operators.data?.length} title={t('app.whoIsAtTheDesk')} footer={null} closable={false} mask={{ closable: false }} keyboard={false}>
        <Typography.Paragraph type="secondary">{t('app.whoIsAtTheDeskHint')}</Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%' }}>
          {(operators.data ?? []).map((o, i) => (
            <Button key={o.id} block size="large" autoFocus={i === 0} onClick={() => choose(o.id)}>
              {label(o)}
            </Button>
          ))}
        </Space>
      </Modal>
    </Space>
  );
}
