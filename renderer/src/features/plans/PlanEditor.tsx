import { useEffect, useState } from 'react';
import { Alert, App, Button, Input, List, Modal, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanWindow } from '../../../../electron/shared/contract/plans';
import { invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useLocalName } from '../../components/localName';
import { PlanGrid } from './PlanGrid';
import { WindowSettings } from './WindowSettings';

/** A coordinator's plan editor: pick a space and a version, draw windows, copy days, save. */
export function PlanEditor() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const local = useLocalName();
  const spaces = useQuery('spaces.list', {});
  const audiences = useQuery('audiences.list', {});
  const organisations = useQuery('organisations.list', {});
  const [spaceId, setSpaceId] = useState<number | null>(null);
  const plans = useQuery('plans.list', spaceId === null ? null : { spaceId });
  const [validFrom, setValidFrom] = useState('');
  const [planId, setPlanId] = useState<number | undefined>();
  const [windows, setWindows] = useState<PlanWindow[]>([]);
  const [audienceId, setAudienceId] = useState<number | null>(null);
  const [copyFrom, setCopyFrom] = useState(1);
  const [copyTarget, setCopyTarget] = useState<number | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const selectedWindow = selected === null ? undefined : windows[selected];

  useEffect(() => {
    const current = plans.data?.at(-1);
    setPlanId(current?.id);
    setValidFrom(current?.validFrom ?? '');
    setWindows(current?.windows ?? []);
    setSelected(null);
  }, [plans.data]);

  const copyDay = () => {
    setSelected(null);
    setWindows([
      ...windows.filter((w) => w.weekday === copyFrom || w.weekday > 5),
      ...[1, 2, 3, 4, 5].filter((d) => d !== copyFrom).flatMap((d) => windows.filter((w) => w.weekday === copyFrom).map((w) => ({ ...w, weekday: d }))),
    ]);
  };

  const save = async () => {
    if (spaceId === null) return;
    try {
      const diff = await invoke('plans.compare', { spaceId, validFrom, windows });
      if (diff.bookings.length) {
        const ok = await new Promise<boolean>((resolve) =>
          Modal.confirm({
            title: t('plans.outsideTitle', { count: diff.bookings.length }),
            content: (
              <List size="small" dataSource={diff.bookings} renderItem={(b) => <List.Item>{b.start.replace('T', ' ')} {b.title}</List.Item>} />
            ),
            onOk: () => resolve(true),
            onCancel: () => resolve(false),
          }),
        );
        if (!ok) return;
      }
      // A new start date makes a new version (next term); the same date updates that version.
      const existing = plans.data?.find((p) => p.validFrom === validFrom);
      const saved = await invoke('plans.save', { id: existing?.id, version: existing?.version, spaceId, validFrom, windows });
      setPlanId(saved.id);
      message.success(t('common.saved'));
    } catch (e) {
      message.error(describeError(t, e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          style={{ width: 240 }}
          placeholder={t('plans.chooseSpace')}
          aria-label={t('plans.chooseSpace')}
          value={spaceId ?? undefined}
          onChange={setSpaceId}
          options={(spaces.data ?? []).map((s) => ({ value: s.id, label: local(s) }))}
          showSearch
          optionFilterProp="label"
        />
        <Select
          style={{ width: 220 }}
          placeholder={t('plans.version')}
          value={planId}
          onChange={(id) => {
            const p = plans.data?.find((x) => x.id === id);
            setPlanId(id);
            setValidFrom(p?.validFrom ?? '');
            setWindows(p?.windows ?? []);
            setSelected(null);
          }}
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.validFrom} – ${p.validTo ?? ''} ${p.name}` }))}
        />
        <Input style={{ width: 230 }} aria-label={t('plans.validFrom')} placeholder="YYYY-MM-DD" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} addonBefore={t('plans.validFrom')} />
      </Space>
      <Space wrap>
        <span>{t('plans.drawFor')}</span>
        {(audiences.data ?? []).map((a) => (
          <Tag.CheckableTag key={a.id} checked={audienceId === a.id} onChange={() => setAudienceId(a.id)} style={{ borderColor: a.color, background: audienceId === a.id ? a.color : undefined }}>
            {local(a)}
          </Tag.CheckableTag>
        ))}
      </Space>
      {spaceId !== null && (
        <PlanGrid
          windows={windows}
          audiences={audiences.data ?? []}
          organisations={organisations.data ?? []}
          audienceId={audienceId}
          selected={selected}
          onSelect={setSelected}
          onChange={setWindows}
        />
      )}
      {spaceId !== null && selectedWindow && (
        <WindowSettings
          window={selectedWindow}
          audienceName={local(audiences.data?.find((a) => a.id === selectedWindow.audienceId))}
          organisations={organisations.data ?? []}
          onChange={(w) => setWindows(windows.map((x, i) => (i === selected ? w : x)))}
          onRemove={() => {
            setWindows(windows.filter((_, i) => i !== selected));
            setSelected(null);
          }}
          onClose={() => setSelected(null)}
        />
      )}
      {spaceId !== null && (
        <Space wrap>
          <Select style={{ width: 100 }} value={copyFrom} onChange={setCopyFrom} options={[1, 2, 3, 4, 5].map((d) => ({ value: d, label: t(`plans.weekday.${d}`) }))} />
          <Button onClick={copyDay}>{t('plans.copyDay')}</Button>
          <Button type="primary" onClick={save} disabled={!/^\d{4}-\d{2}-\d{2}$/.test(validFrom)}>
            {t('plans.save')}
          </Button>
          <Select style={{ width: 200 }} placeholder={t('plans.copyToSpace')} value={copyTarget ?? undefined} onChange={setCopyTarget} options={(spaces.data ?? []).filter((s) => s.id !== spaceId).map((s) => ({ value: s.id, label: local(s) }))} />
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
        </Space>
      )}
      {spaceId !== null && <Alert type="info" showIcon message={t('plans.hint')} />}
    </Space>
  );
}
