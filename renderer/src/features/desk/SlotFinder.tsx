import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Empty, Form, InputNumber, Select } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BoardSpace, FreeSlot } from '../../../../electron/shared/contract/desk';
import { addDays } from '../../../../electron/shared/time';
import { ApiError, invoke, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { useAmenityLabel } from '../../components/amenities';
import { QuickBook } from './QuickBook';
import { DAY_FIELD, focusField, type SlotSearch } from './keyboardFlow';
import { WaitlistDialog } from './WaitlistDialog';
import { SlotBoard } from './SlotBoard';
import { useAudienceOptions } from '../../components/audienceOptions';

/** Parts of the day the desk asks about, as [earliest, latest]. */
const DAY_PARTS = { any: [undefined, undefined], morning: ['08:00', '12:00'], afternoon: ['12:00', '18:00'], evening: ['18:00', '22:00'] } as const;
const DURATIONS = [30, 60, 90, 120, 180, 240];
const SEARCH_DAYS = 14;
const PART_FIELD = 'desk-find-part';
const DURATION_FIELD = 'desk-find-duration';
const AUDIENCE_FIELD = 'desk-find-audience';
const AMENITIES_FIELD = 'desk-find-amenities';
const HEAD_COUNT_FIELD = 'desk-find-head-count';

interface NeedValues {
  day: string;
  part: keyof typeof DAY_PARTS;
  durationMinutes: number;
  headCount: number;
  amenities: string[];
  audienceId?: number;
}

/** Find a slot by need across the site's spaces; Enter searches, arrows pick a free stretch, Enter books. */
export function SlotFinder(props: { siteId: number; today: string }) {
  const { t } = useTranslation();
  const amenityLabel = useAmenityLabel();
  const [form] = Form.useForm<NeedValues>();
  const spaces = useQuery('spaces.list', { siteId: props.siteId });
  const audiences = useQuery('audiences.list', {});
  const audienceOptions = useAudienceOptions(audiences.data);
  const [search, setSearch] = useState<SlotSearch | null>(null);
  const [slots, setSlots] = useState<BoardSpace[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [booking, setBooking] = useState<FreeSlot | null>(null);
  const [waitlisting, setWaitlisting] = useState(false);
  const [amenitiesOpen, setAmenitiesOpen] = useState(false);
  const results = useRef<HTMLDivElement>(null);

  const amenities = useMemo(() => [...new Set((spaces.data ?? []).flatMap((s) => s.amenities))].sort(), [spaces.data]);
  const dayOptions = useMemo(() => {
    const days = Array.from({ length: SEARCH_DAYS }, (_, i) => addDays(props.today, i));
    return [
      { value: 'any', label: t('desk.find.nextDays', { count: SEARCH_DAYS }) },
      ...days.map((d) => ({ value: d, label: dayjs(d).format(t('desk.dayFormat')) })),
    ];
  }, [props.today, t]);

  async function find(v: NeedValues) {
    const [earliest, latest] = DAY_PARTS[v.part];
    const input: SlotSearch = {
      siteId: props.siteId,
      from: v.day === 'any' ? props.today : v.day,
      to: v.day === 'any' ? addDays(props.today, SEARCH_DAYS) : addDays(v.day, 1),
      durationMinutes: v.durationMinutes,
      headCount: v.headCount,
      earliest,
      latest,
      amenities: v.amenities ?? [],
      audienceId: v.audienceId,
    };
    setSearch(input);
    try {
      // Every day of the search, per space: the rule engine's slots as free stretches.
      const found = await invoke('desk.slotBoard', input);
      setSlots(found.spaces);
      setError(null);
      focusBest.current = true;
    } catch (e) {
      setSlots(null);
      setError(e instanceof ApiError ? e : null);
    }
  }

  // The desk goes on with the keyboard: once the new results are on screen, the best
  // slot has the focus and Enter books it. (After the commit, not on a timer: a busy
  // machine may not have drawn the list yet when a timer fires.)
  const focusBest = useRef(false);
  useEffect(() => {
    if (!focusBest.current || !slots) return;
    focusBest.current = false;
    results.current?.querySelector<HTMLButtonElement>('button[data-slot]')?.focus();
  }, [slots]);

  return (
    <section aria-label={t('desk.find.title')} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ day: 'any', part: 'any', durationMinutes: 60, headCount: 1, amenities: [] }}
        onFinish={find}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="day" label={t('desk.find.day')}>
          <Select
            id={DAY_FIELD}
            aria-label={t('desk.find.day')}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 170 }}
            options={dayOptions}
            onSelect={() => focusField(PART_FIELD)}
          />
        </Form.Item>
        <Form.Item name="part" label={t('desk.find.part')}>
          <Select
            id={PART_FIELD}
            aria-label={t('desk.find.part')}
            showSearch={{ optionFilterProp: 'label' }}
            onSelect={() => focusField(DURATION_FIELD)}
            style={{ width: 110 }}
            options={Object.keys(DAY_PARTS).map((k) => ({ value: k, label: t(`desk.part.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="durationMinutes" label={t('desk.find.duration')}>
          <Select
            id={DURATION_FIELD}
            aria-label={t('desk.find.duration')}
            showSearch={{ optionFilterProp: 'label' }}
            onSelect={() => focusField(AUDIENCE_FIELD)}
            style={{ width: 110 }}
            options={DURATIONS.map((m) => ({ value: m, label: t('desk.minutes', { count: m }) }))}
          />
        </Form.Item>
        <Form.Item name="audienceId" label={t('fields.audience')}>
          <Select
            id={AUDIENCE_FIELD}
            aria-label={t('fields.audience')}
            onSelect={() => focusField(AMENITIES_FIELD)}
            allowClear
            style={{ width: 130 }}
            options={audienceOptions}
          />
        </Form.Item>
        <Form.Item name="amenities" label={t('fields.amenities')}>
          <Select
            id={AMENITIES_FIELD}
            aria-label={t('fields.amenities')}
            open={amenitiesOpen}
            onOpenChange={setAmenitiesOpen}
            // A multiple select keeps its list open; close it when the keyboard moves on.
            onSelect={() => (setAmenitiesOpen(false), focusField(HEAD_COUNT_FIELD))}
            mode="multiple" allowClear style={{ minWidth: 140 }} options={amenities.map((a) => ({ value: a, label: amenityLabel(a) }))} />
        </Form.Item>
        <Form.Item name="headCount" label={t('fields.headCount')}>
          <InputNumber id={HEAD_COUNT_FIELD} aria-label={t('fields.headCount')} min={1} max={2000} style={{ width: 80 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('desk.find.search')}
          </Button>
        </Form.Item>
      </Form>

      {error && <Alert type="warning" showIcon title={describeError(t, error)} />}
      {slots && slots.length === 0 && (
        <Empty description={t('desk.find.none')}>
          <Button onClick={() => setWaitlisting(true)}>{t('desk.waitlist.add')}</Button>
        </Empty>
      )}
      {slots && slots.length > 0 && (
        <SlotBoard
          spaces={slots}
          listRef={results}
          onBook={setBooking}
          footer={
            search && (
              <Button type="link" style={{ alignSelf: 'flex-start' }} onClick={() => setWaitlisting(true)}>
                {t('desk.waitlist.addInstead')}
              </Button>
            )
          }
        />
      )}
      <QuickBook
        slot={booking}
        headCount={search?.headCount ?? 1}
        audienceId={search?.audienceId}
        onClose={(booked) => {
          setBooking(null);
          if (booked && search) void find(form.getFieldsValue());
        }}
      />
      <WaitlistDialog open={waitlisting} search={search} onClose={() => setWaitlisting(false)} />
    </section>
  );
}
