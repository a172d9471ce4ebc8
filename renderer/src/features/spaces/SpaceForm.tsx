import { useEffect } from 'react';
import { Button, ColorPicker, Col, Drawer, Form, Input, InputNumber, Radio, Row, Select, Space as AntSpace, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { SPACE_KINDS, type Space, type SpaceInput } from '../../../../electron/shared/domain';
import { invoke } from '../../api/client';
import { useSave } from '../../components/useSave';
import { hexOf } from '../../components/colour';
import { OpeningHoursField } from './OpeningHoursField';
import { useLocalName } from '../../components/localName';
import { useAmenityLabel } from '../../components/amenities';
import { AMENITIES } from '../../../../electron/shared/amenities';

const DEFAULTS: Partial<SpaceInput> = {
  kind: 'room',
  capacity: 10,
  mode: 'exclusive',
  slotMinutes: 30,
  minBookingMinutes: 30,
  maxBookingMinutes: 240,
  bufferMinutes: 0,
  needsApproval: false,
  color: '#4e79a7',
  amenities: [],
  parentId: null,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '09:00', close: '21:00' })),
};

/** Everything a space has: what it is, who fits, when it is open, how it is booked. */
export function SpaceForm(props: { open: boolean; siteId: number; space?: Space; siblings: Space[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SpaceInput>();
  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue((props.space ?? DEFAULTS) as Partial<SpaceInput>);
    }
  }, [props.open, props.space, form]);
  const { saving, submit } = useSave(
    form,
    (v) => invoke('spaces.save', { ...v, color: hexOf(v.color), id: props.space?.id, version: props.space?.version, siteId: props.siteId }),
    props.onClose,
  );
  const parents = props.siblings.filter((s) => s.id !== props.space?.id && s.parentId === null);
  const localName = useLocalName();
  const amenityLabel = useAmenityLabel();
  // The common amenities to pick in the UI's language, and this space's own ones as typed.
  const amenityOptions = [...new Set([...AMENITIES.map((a) => a.zh), ...(props.space?.amenities ?? [])])].map((a) => ({ value: a, label: amenityLabel(a) }));
  const minutes = (n: number) => `${n} ${t('common.minutes')}`;
  return (
    <Drawer
      open={props.open}
      size={640}
      title={t(props.space ? 'spaces.editSpace' : 'spaces.newSpace')}
      onClose={props.onClose}
      destroyOnHidden
      extra={
        <AntSpace>
          <Button onClick={props.onClose}>{t('common.close')}</Button>
          <Button type="primary" loading={saving} onClick={submit}>
            {t('common.save')}
          </Button>
        </AntSpace>
      }
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="nameEn" label={t('fields.nameEn')}>
              <Input maxLength={120} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label={t('fields.kind')}>
              <Select options={SPACE_KINDS.map((k) => ({ value: k, label: t(`space.kind.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="capacity" label={t('fields.capacity')} rules={[{ required: true, message: t('errors.fields.required') }]}>
              <InputNumber min={1} max={2000} style={{ width: '100%' }} suffix={t('common.people')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="color" label={t('fields.colour')}>
              <ColorPicker format="hex" disabledAlpha showText />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="mode" label={t('fields.mode')} extra={t('spaces.modeHint')}>
              <Radio.Group
                options={[
                  { value: 'exclusive', label: t('space.mode.exclusive') },
                  { value: 'shared', label: t('space.mode.shared') },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="parentId" label={t('fields.parent')} extra={t('spaces.parentHint')}>
              <Select allowClear options={parents.map((s) => ({ value: s.id, label: localName(s) }))} onClear={() => form.setFieldValue('parentId', null)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="amenities" label={t('fields.amenities')}>
              <Select mode="tags" tokenSeparators={[',', '，']} options={amenityOptions} showSearch={{ optionFilterProp: 'label' }} aria-label={t('fields.amenities')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="slotMinutes" label={t('fields.slotMinutes')}>
              <Select options={[15, 30, 60].map((n) => ({ value: n, label: minutes(n) }))} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="minBookingMinutes" label={t('fields.minBooking')}>
              <InputNumber min={15} max={1440} step={15} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="maxBookingMinutes" label={t('fields.maxBooking')}>
              <InputNumber min={15} max={1440} step={15} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="bufferMinutes" label={t('fields.buffer')} tooltip={t('spaces.bufferHint')}>
              <InputNumber min={0} max={240} step={5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="needsApproval" label={t('fields.needsApproval')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="openingHours" label={t('fields.openingHours')}>
              <OpeningHoursField />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
