import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Input, List, Modal, Select, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanWindow, TimeSharingPlan } from '../../../../electron/shared/contract/plans';
import { DATE_RE, addDays, mondayOf } from '../../../../electron/shared/time';
import { invoke, useQuery } from '../../api/client';
import { useToday } from '../../api/clock';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { useGroupedSpaceOptions } from '../../components/spaceOptions';
import { PlanGrid } from './PlanGrid';
import type { IdleWindowOffer } from './planOffer';
import { WindowSettings } from './WindowSettings';

/** The small mark that says which language a name field holds. */
const NAME_TAG = { color: 'rgba(0, 0, 0, 0.45)', fontSize: 12 } as const;

/**
 * A coordinator's plan editor: pick a space and a version, draw windows, copy days, save.
 * The grid is on the left; the selected window's settings, the actions and the help sit
 * beside it, so at 1366×768 all of them are in view without scrolling. `offer` opens the
 * editor on an idle window (from the off-peak view) to give it to another audience.
 */
export function PlanEditor(props: { offer?: IdleWindowOffer | null; onOfferHandled?(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const nextMonday = addDays(mondayOf(useToday()), 7);
  const audiences = useQuery('audiences.list', {});
  const organisations = useQuery('organisations.list', {});
  const [spaceId, setSpaceId] = useState<number | null>(null);
  const spaceOptions = useGroupedSpaceOptions();
  const copyOptions = useGroupedSpaceOptions(spaceId);
  const plans = useQuery('plans.list', spaceId === null ? null : { spaceId });
  const [validFrom, setValidFrom] = useState('');
  const [planId, setPlanId] = useState<number | undefined>();
  const [windows, setWindows] = useState<PlanWindow[]>([]);
  // The version's names (2026 秋季学期 / Autumn term 2026), saved with its windows.
  const [names, setNames] = useState({ name: '', nameEn: '' });
  const [audienceId, setAudienceId] = useState<number | null>(null);
  const [copyFrom, setCopyFrom] = useState(1);
  const [copyTarget, setCopyTarget] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  // The idle window being offered, kept for the banner once the editor has opened on it.
  const [offer, setOffer] = useState<(IdleWindowOffer & { found: boolean }) | null>(null);
  const selectedWindow = selected === null ? undefined : windows[selected];

  // An offer from the off-peak view: open its space; the effect below selects the window.
  useEffect(() => {
    if (props.offer) setSpaceId(props.offer.spaceId);
  }, [props.offer]);

  // What the draft was last loaded from: a reload with the same plans (after any write, or
  // when the window regains focus) keeps what is being drawn.
  const loadedFrom = useRef('');
  useEffect(() => {
    // Still loading, or still the previous space's plans.
    if (plans.loading || (plans.data?.length && plans.data[0].spaceId !== spaceId)) return;
    const o = props.offer && props.offer.spaceId === spaceId && plans.data?.length ? props.offer : null;
    const from = JSON.stringify([spaceId, plans.data]);
    if (from === loadedFrom.current && !o) return;
    loadedFrom.current = from;
    const current = plans.data?.at(-1);
    const ws = current?.windows ?? [];
    setPlanId(current?.id);
    // A space without a plan starts next Monday; an existing version keeps its own date.
    setValidFrom(current?.validFrom ?? nextMonday);
    setWindows(ws);
    setNames({ name: current?.name ?? '', nameEn: current?.nameEn ?? '' });
    setSelected(null);
    if (o) {
      const at = ws.findIndex((w) => w.weekday === o.weekday && w.start === o.start && w.end === o.end && w.audienceId === o.audienceId);
      setSelected(at < 0 ? null : at);
      // Offering a window is a change from next Monday on: a new version, this week untouched.
      if (current && current.validFrom < nextMonday) setValidFrom(nextMonday);
      setOffer({ ...o, found: at >= 0 });
      props.onOfferHandled?.();
    }
    // nextMonday moves only at midnight; the plans, the space and the offer are what matter here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [plans.data, plans.loading, props.offer, spaceId]);

  const copyDay = () => {
    setSelected(null);
    setWindows([
      ...windows.filter((w) => w.weekday === copyFrom || w.weekday > 5),
      ...[1, 2, 3, 4, 5].filter((d) => d !== copyFrom).flatMap((d) => windows.filter((w) => w.weekday === copyFrom).map((w) => ({ ...w, weekday: d }))),
    ]);
  };

  const existing = plans.data?.find((p) => p.validFrom === validFrom);
  const dateOk = DATE_RE.test(validFrom);
  // What keeps 保存计划 from being pressed, said next to it (and on hover).
  const missing = !dateOk ? t('plans.editor.needDate') : null;

  const save = async () => {
    if (spaceId === null || missing) return;
    try {
      const diff = await invoke('plans.compare', { spaceId, validFrom, windows });
      if (diff.bookings.length) {
        const ok = await new Promise<boolean>((resolve) =>
          Modal.confirm({
            title: t('plans.outsideTitle', { count: diff.bookings.length }),
            content: <List size="small" dataSource={diff.bookings} renderItem={(b) => <List.Item>{b.start.replace('T', ' ')} {b.title}</List.Item>} />,
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          }),
        );
        if (!ok) return;
      }
      // A new start date makes a new version (next term); the same date updates that version.
      const saved = await invoke('plans.save', { id: existing?.id, version: existing?.version, spaceId, validFrom, ...names, windows });
      setPlanId(saved.id);
      setOffer(null);
      message.success(t('common.saved'));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };

  // 2026-10-26 – 2027-02-28 · 错峰开放（本学期）; the last version runs on: 2027-03-01 起.
  const versionLabel = (p: TimeSharingPlan) =>
    [p.validTo ? `${p.validFrom} – ${p.validTo}` : t('plans.editor.openEnded', { date: p.validFrom }), local(p)].filter(Boolean).join(' · ');

  const offerAudience = offer && local(audiences.data?.find((a) => a.id === offer.audienceId));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={8}>
      <Space wrap>
        <Select
          style={{ width: 240 }}
          placeholder={t('plans.chooseSpace')}
          aria-label={t('plans.chooseSpace')}
          value={spaceId ?? undefined}
          onChange={(id: number) => {
            setOffer(null);
            setSpaceId(id);
          }}
          options={spaceOptions}
          showSearch
          optionFilterProp="label"
        />
        <Select
          style={{ width: 300 }}
          popupMatchSelectWidth={false}
          placeholder={t('plans.version')}
          aria-label={t('plans.version')}
          value={planId}
          onChange={(id) => {
            const p = plans.data?.find((x) => x.id === id);
            setPlanId(id);
            setValidFrom(p?.validFrom ?? nextMonday);
            setWindows(p?.windows ?? []);
            setNames({ name: p?.name ?? '', nameEn: p?.nameEn ?? '' });
            setSelected(null);
          }}
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: versionLabel(p) }))}
        />
        <Space size={4}>
          <span>{t('plans.validFrom')}</span>
          <DatePicker
            aria-label={t('plans.validFrom')}
            value={dateOk ? dayjs(validFrom) : null}
            onChange={(d) => setValidFrom(d ? d.format('YYYY-MM-DD') : '')}
            // A date typed in full counts when the field is left, not only after Enter.
            onBlur={(e) => {
              const typed = (e.target as HTMLInputElement).value;
              if (DATE_RE.test(typed)) setValidFrom(typed);
            }}
            status={spaceId !== null && !dateOk ? 'warning' : undefined}
          />
        </Space>
        {spaceId !== null && dateOk && (
          <Typography.Text type="secondary">{existing ? t('plans.editor.updatesVersion', { date: validFrom }) : t('plans.editor.newVersion', { date: validFrom })}</Typography.Text>
        )}
      </Space>
      <Space wrap>
        <span>{t('plans.drawFor')}</span>
        {(audiences.data ?? []).map((a) => (
          <Tag.CheckableTag key={a.id} checked={audienceId === a.id} onChange={() => setAudienceId(a.id)} style={{ borderColor: a.color, background: audienceId === a.id ? a.color : undefined }}>
            {local(a)}
          </Tag.CheckableTag>
        ))}
      </Space>
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
        <div style={{ flex: 1, minWidth: 420 }}>
          {spaceId !== null ? (
            <PlanGrid
              windows={windows}
              audiences={audiences.data ?? []}
              organisations={organisations.data ?? []}
              audienceId={audienceId}
              selected={selected}
              onSelect={setSelected}
              onChange={setWindows}
            />
          ) : (
            <Empty description={t('plans.editor.chooseSpaceFirst')} style={{ marginTop: 48 }} />
          )}
        </div>
        <Space direction="vertical" style={{ width: 380, flex: 'none' }} size={8} role="complementary" aria-label={t('plans.editor.side')}>
          {offer && (
            <Alert
              type={offer.found ? 'success' : 'warning'}
              showIcon
              closable={{ onClose: () => setOffer(null) }}
              title={t('plans.editor.offerTitle', { day: t(`plans.weekday.${offer.weekday}`), start: offer.start, end: offer.end, audience: offerAudience, percent: offer.usedPercent })}
              description={offer.found ? t('plans.editor.offerHow', { date: validFrom }) : t('plans.editor.offerGone')}
            />
          )}
          {spaceId !== null &&
            (selectedWindow ? (
              <WindowSettings
                window={selectedWindow}
                audiences={audiences.data ?? []}
                organisations={organisations.data ?? []}
                onChange={(w) => setWindows(windows.map((x, i) => (i === selected ? w : x)))}
                onRemove={() => {
                  setWindows(windows.filter((_, i) => i !== selected));
                  setSelected(null);
                }}
                onClose={() => setSelected(null)}
              />
            ) : (
              <Typography.Text type="secondary">{t('plans.editor.selectWindow')}</Typography.Text>
            ))}
          {spaceId !== null && (
            <>
              {/* The version's names and its save share one row, so at 1366×768 the help below stays in view. */}
              <div style={{ display: 'flex', gap: 8 }}>
                <Space.Compact style={{ flex: 1, minWidth: 0 }}>
                  <Input
                    aria-label={t('plans.editor.name')}
                    title={t('plans.editor.name')}
                    prefix={<span style={NAME_TAG}>{t('plans.editor.nameTag')}</span>}
                    placeholder={t('plans.editor.namePlaceholder')}
                    maxLength={80}
                    value={names.name}
                    onChange={(e) => setNames({ ...names, name: e.target.value })}
                  />
                  <Input
                    aria-label={t('plans.editor.nameEn')}
                    title={t('plans.editor.nameEn')}
                    prefix={<span style={NAME_TAG}>{t('plans.editor.nameEnTag')}</span>}
                    placeholder={t('plans.editor.nameEnPlaceholder')}
                    maxLength={80}
                    value={names.nameEn}
                    onChange={(e) => setNames({ ...names, nameEn: e.target.value })}
                  />
                </Space.Compact>
                <Tooltip title={missing}>
                  <Button type="primary" onClick={save} disabled={!!missing}>
                    {t('plans.save')}
                  </Button>
                </Tooltip>
              </div>
              {missing && (
                <Typography.Text type="warning" role="note">
                  {missing}
                </Typography.Text>
              )}
            </>
          )}
          <Alert type="info" showIcon title={t('plans.hint')} />
          {spaceId !== null && (
            <>
              <Space wrap>
                <Select style={{ width: 90 }} aria-label={t('plans.editor.copyFrom')} value={copyFrom} onChange={setCopyFrom} options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: t(`plans.weekday.${d}`) }))} />
                <Button onClick={copyDay}>{t('plans.copyDay')}</Button>
              </Space>
              <Space wrap>
                <Select
                  style={{ width: 200 }}
                  aria-label={t('plans.copyToSpace')}
                  placeholder={t('plans.copyToSpace')}
                  value={copyTarget ?? undefined}
                  onChange={setCopyTarget}
                  options={copyOptions}
                  showSearch
                  optionFilterProp="label"
                />
                <Tooltip title={!planId ? t('plans.editor.copyNeedsSaved') : copyTarget === null ? t('plans.editor.copyNeedsTarget') : null}>
                  <Button
                    disabled={!planId || copyTarget === null}
                    onClick={() =>
                      invoke('plans.copyToSpace', { planId: planId!, spaceId: copyTarget! }).then(
                        () => message.success(t('common.saved')),
                        (e) => message.error(describeError(t, e)),
                      )
                    }
                  >
                    {t('plans.copy')}
                  </Button>
                </Tooltip>
              </Space>
            </>
          )}
        </Space>
      </div>
    </Space>
  );
}
