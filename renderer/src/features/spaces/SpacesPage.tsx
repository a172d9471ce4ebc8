import { useState } from 'react';
import { Button, Card, Empty, List, Space as AntSpace, Switch, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Site, Space } from '../../../../electron/shared/domain';
import { invoke, useQuery } from '../../api/client';
import { ArchiveButton } from '../../components/ArchiveButton';
import { RowActions } from '../../components/RowActions';
import { setCurrentSite, useCurrentSiteId } from '../../components/SitePicker';
import { SiteForm } from './SiteForm';
import { SpaceForm } from './SpaceForm';
import { useLocalName } from '../../components/localName';
import { useAmenityLabel } from '../../components/amenities';

/** Sites on the left, the chosen site's spaces on the right. */
export function SpacesPage() {
  const { t, i18n } = useTranslation();
  const [showArchived, setShowArchived] = useState(false);
  const sites = useQuery('sites.list', { includeArchived: showArchived });
  // The site chosen here is the current site of every screen, and the other way round.
  const chosen = useCurrentSiteId();
  const siteId = sites.data?.some((s) => s.id === chosen) ? chosen : sites.data?.[0]?.id;
  const setSiteId = setCurrentSite;
  const [siteForm, setSiteForm] = useState<{ site?: Site } | null>(null);
  const [spaceForm, setSpaceForm] = useState<{ space?: Space } | null>(null);
  const spaces = useQuery('spaces.list', siteId === undefined ? null : { siteId, includeArchived: showArchived });
  const site = sites.data?.find((s) => s.id === siteId);
  const localName = useLocalName();
  const amenityLabel = useAmenityLabel();
  const english = i18n.language === 'en';
  // The address in the UI's language when it has one; the other language's name and address
  // are shown beside only in Chinese (an English screen shows English or what has no English).
  const addressOf = (s: Site) => (english && s.addressEn ? s.addressEn : s.address);
  const nameOf = (id: number | null) => localName(spaces.data?.find((s) => s.id === id));

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <Card
        title={t('spaces.sites')}
        style={{ width: 300, flex: '0 0 300px' }}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => setSiteForm({})}>
            {t('spaces.newSite')}
          </Button>
        }
      >
        <AntSpace style={{ marginBottom: 8 }}>
          <Switch size="small" checked={showArchived} onChange={setShowArchived} id="show-archived" />
          <label htmlFor="show-archived">{t('common.showArchived')}</label>
        </AntSpace>
        <List
          dataSource={sites.data ?? []}
          renderItem={(s) => (
            <List.Item
              onClick={() => setSiteId(s.id)}
              style={{ cursor: 'pointer', background: s.id === siteId ? '#e6f4ff' : undefined, paddingInline: 8, borderRadius: 6 }}
            >
              <List.Item.Meta
                title={
                  <span>
                    {localName(s)} {s.archived && <Tag>{t('common.archived')}</Tag>}
                  </span>
                }
                description={addressOf(s)}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card
        style={{ flex: 1, minWidth: 0 }}
        title={site ? localName(site) : t('spaces.sites')}
        extra={
          site && (
            <AntSpace>
              <Button size="small" icon={<EditOutlined />} onClick={() => setSiteForm({ site })}>
                {t('spaces.editSite')}
              </Button>
              <ArchiveButton archived={site.archived} name={localName(site)} onToggle={(archived) => invoke('sites.setArchived', { id: site.id, archived })} />
              <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setSpaceForm({})}>
                {t('spaces.newSpace')}
              </Button>
            </AntSpace>
          )
        }
      >
        {site && (
          <Typography.Paragraph type="secondary">
            {(english ? [addressOf(site)] : [site.nameEn, site.address, site.addressEn]).concat(site.phone ? `${t('fields.deskPhone')} ${site.phone}` : '').filter(Boolean).join(' · ')}
          </Typography.Paragraph>
        )}
        {!site ? (
          <Empty />
        ) : (
          <Table<Space>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={spaces.data ?? []}
            columns={[
              {
                title: t('fields.name'),
                render: (_, s) => (
                  <AntSpace>
                    <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: s.color }} />
                    <span>{localName(s)}</span>
                    {s.parentId && <Typography.Text type="secondary">⊂ {nameOf(s.parentId)}</Typography.Text>}
                    {s.archived && <Tag>{t('common.archived')}</Tag>}
                  </AntSpace>
                ),
              },
              { title: t('fields.kind'), render: (_, s) => t(`space.kind.${s.kind}`) },
              { title: t('fields.capacity'), dataIndex: 'capacity', align: 'right' },
              { title: t('fields.mode'), render: (_, s) => <Tag color={s.mode === 'shared' ? 'green' : 'blue'}>{t(`space.mode.${s.mode}`)}</Tag> },
              { title: t('fields.amenities'), render: (_, s) => s.amenities.map((a) => <Tag key={a}>{amenityLabel(a)}</Tag>) },
              {
                title: t('fields.openingHours'),
                render: (_, s) => (s.openingHours.length ? `${s.openingHours[0].open}–${s.openingHours[0].close} · ${t('spaces.daysAWeek', { count: s.openingHours.length })}` : t('calendar.closed')),
              },
              {
                title: '',
                align: 'right',
                render: (_, s) => (
                  <RowActions name={localName(s)} archived={s.archived} onEdit={() => setSpaceForm({ space: s })} onToggleArchived={(archived) => invoke('spaces.setArchived', { id: s.id, archived })} />
                ),
              },
            ]}
          />
        )}
      </Card>
      <SiteForm open={siteForm !== null} site={siteForm?.site} onClose={() => setSiteForm(null)} />
      {siteId !== undefined && (
        <SpaceForm open={spaceForm !== null} siteId={siteId} space={spaceForm?.space} siblings={spaces.data ?? []} onClose={() => setSpaceForm(null)} />
      )}
    </div>
  );
}
