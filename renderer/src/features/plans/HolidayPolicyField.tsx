import { App, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { useSiteChoice } from '../../components/SitePicker';

/** Per site (the current site to begin with): on public holidays the site is closed, or runs one weekday's plan (Sunday by default). */
export function HolidayPolicyField() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const { sites, siteId, setSiteId } = useSiteChoice();
  const policy = useQuery('holidayPolicies.get', siteId === undefined ? null : { siteId });
  const value = policy.data ? (policy.data.mode === 'closed' ? 0 : policy.data.weekday) : undefined;
  const save = (v: number) =>
    invoke('holidayPolicies.save', { siteId: siteId!, mode: v === 0 ? 'closed' : 'weekday_plan', weekday: v || 7 }).then(
      () => message.success(t('common.saved')),
      (e) => message.error(describeError(t, e)),
    );
  return (
    <Space>
      <span>{t('plans.holidayPolicy')}</span>
      <Select style={{ width: 200 }} aria-label={t('plans.site')} placeholder={t('plans.site')} value={siteId} onChange={setSiteId} options={sites.map((s) => ({ value: s.id, label: local(s) }))} />
      <Select
        style={{ width: 200 }}
        aria-label={t('plans.holidayPolicy')}
        disabled={siteId === undefined}
        value={value}
        onChange={save}
        options={[{ value: 0, label: t('plans.closedOnHolidays') }, ...[6, 7].map((d) => ({ value: d, label: t('plans.runsPlanOf', { day: t(`plans.weekday.${d}`) }) }))]}
      />
    </Space>
  );
}
