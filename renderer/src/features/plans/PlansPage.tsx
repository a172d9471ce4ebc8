import { useEffect, useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClosuresPanel } from './ClosuresPanel';
import { HolidaysPanel } from './HolidaysPanel';
import { PlanEditor } from './PlanEditor';
import type { IdleWindowOffer } from './planOffer';
import { SeriesPanel } from './SeriesPanel';
import { UsagePanel } from './UsagePanel';

/** `#/plans?series=12` (from a booking in the calendar) opens that series in the series tab. */
function seriesInHash(): number | null {
  const id = Number(new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('series'));
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The coordinator's screen: plans, recurring series, holidays and the off-peak view. */
export function PlansPage() {
  const { t } = useTranslation();
  const [openSeriesId, setOpenSeriesId] = useState(seriesInHash);
  const [tab, setTab] = useState(openSeriesId ? 'series' : 'plan');
  // An idle window from the off-peak view, waiting for the plan editor to open on it.
  const [offer, setOffer] = useState<IdleWindowOffer | null>(null);
  useEffect(() => {
    const onHash = () => {
      const id = seriesInHash();
      setOpenSeriesId(id);
      if (id) setTab('series');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        { key: 'plan', label: t('plans.tabs.plan'), children: <PlanEditor offer={offer} onOfferHandled={() => setOffer(null)} /> },
        { key: 'series', label: t('plans.tabs.series'), children: <SeriesPanel openSeriesId={openSeriesId} /> },
        { key: 'holidays', label: t('plans.tabs.holidays'), children: <HolidaysPanel /> },
        { key: 'closures', label: t('plans.tabs.closures'), children: <ClosuresPanel /> },
        {
          key: 'usage',
          label: t('plans.tabs.usage'),
          children: (
            <UsagePanel
              onOffer={(o) => {
                setOffer(o);
                setTab('plan');
              }}
            />
          ),
        },
      ]}
    />
  );
}
