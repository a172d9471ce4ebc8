import { useEffect, useState } from 'react';
import { Layout, Menu, Result, Segmented, Space, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';
import { BookingDialogHost } from '../features/bookings/BookingDialogHost';
import { BookingSearch } from '../features/bookings/BookingSearch';
import { DEFAULT_SCREEN, SCREENS } from './navigation';
import { ConnectionBanner } from '../features/storage/ConnectionBanner';
import { useLiveChanges } from '../features/storage/useLiveChanges';
import { OperatorPicker } from '../features/staff/OperatorPicker';
import { useCanCoordinate } from '../features/staff/useRole';

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
  // The desk does not see a coordinator's screens; reached by their address, one says whose they are.
  const canCoordinate = useCanCoordinate();
  const screens = SCREENS.filter((s) => !s.coordinatorOnly || canCoordinate !== false);
  const allowed = !active.coordinatorOnly || canCoordinate === true;

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
            items={screens.map((s) => ({ key: s.key, icon: s.icon, label: t(s.label) }))}
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
        <Layout.Content style={{ overflow: 'auto', padding: 16 }}>
          {allowed ? active.element() : canCoordinate === false && <Result icon={<LockOutlined />} subTitle={t('staff.coordinatorOnlyScreen', { screen: t(active.label) })} />}
        </Layout.Content>
        <BookingDialogHost />
      </Layout>
    </Layout>
  );
}
