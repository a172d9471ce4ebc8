import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClosuresPanel } from './ClosuresPanel';
import { HolidaysPanel } from './HolidaysPanel';
import { PlanEditor } from './PlanEditor';
import { SeriesPanel } from './SeriesPanel';
import { UsagePanel } from './UsagePanel';

/** The coordinator's screen: plans, recurring series, holidays and the off-peak view. */
export function PlansPage() {
  const { t } = useTranslation();
  return (
    <Tabs
      items={[
        { key: 'plan', label: t('plans.tabs.plan'), children: <PlanEditor /> },
        { key: 'series', label: t('plans.tabs.series'), children: <SeriesPanel /> },
        { key: 'holidays', label: t('plans.tabs.holidays'), children: <HolidaysPanel /> },
        { key: 'closures', label: t('plans.tabs.closures'), children: <ClosuresPanel /> },
        { key: 'usage', label: t('plans.tabs.usage'), children: <UsagePanel /> },
      ]}
    />
  );
}
