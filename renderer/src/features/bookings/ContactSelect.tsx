import { useRef, useState, type KeyboardEvent } from 'react';
import { App, Button, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../electron/shared/domain';
import { ApiError, useQuery } from '../../api/client';
import { describeError } from '../../api/errors';
import { splitNameAndPhone, type TypedContact } from './contactText';
import { saveNewContact } from './newContact';

/** The value of the "+ 新建联系人" option: never a contact's id. */
const CREATE = -1;

const contactLabel = (c: { name: string; phone: string | null }) => (c.phone ? `${c.name} · ${c.phone.slice(0, 3)}****${c.phone.slice(-4)}` : c.name);

/**
 * Type-ahead over contacts: a name, or the last digits of a phone number. What is typed
 * can also become a new contact ("+ 新建联系人「陈女士」", always last so Enter still
 * picks a match first): a name with a phone number is saved at once; otherwise a small
 * form asks for what is missing. The new contact is then the one chosen.
 */
export function ContactSelect(props: {
  value?: number | null;
  onChange?: (id: number | null) => void;
  id?: string;
  /** The chosen contact's name and phone when already known (an existing booking), so it shows before any search. */
  known?: { id: number; name: string; phone: string | null } | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<TypedContact | null>(null);
  const [created, setCreated] = useState<Contact | null>(null);
  const found = useQuery('contacts.search', { query, limit: 20 });
  const typed = splitNameAndPhone(query);

  const options: { value: number; label: string }[] = (found.data ?? []).map((c) => ({ value: c.id, label: contactLabel(c) }));
  for (const extra of [created, props.known]) {
    if (extra && extra.id === props.value && !options.some((o) => o.value === extra.id)) options.push({ value: extra.id, label: contactLabel(extra) });
  }
  if (typed) options.push({ value: CREATE, label: t('contactCreate.option', { text: query.trim() }) });

  type FieldErrors = { name?: string; phone?: string };
  const [draftErrors, setDraftErrors] = useState<FieldErrors>({});

  /** Save the new contact and choose it; refused fields go to `onFieldErrors`. */
  async function create(contact: TypedContact, onFieldErrors: (e: FieldErrors) => void): Promise<boolean> {
    try {
      const saved = await saveNewContact(t, contact, (fs) => onFieldErrors(Object.fromEntries(fs.map((f) => [f.field, f.errors[0]]))));
      setCreated(saved);
      setDraft(null);
      setQuery('');
      message.success(t('contactCreate.created', { name: saved.name }));
      props.onChange?.(saved.id);
      return true;
    } catch (e) {
      if (!(e instanceof ApiError) || !e.data.details.fields?.length) message.error(describeError(t, e));
      return false;
    }
  }

  if (draft) return <NewContactForm id={props.id} draft={draft} initialErrors={draftErrors} onCreate={create} onCancel={() => setDraft(null)} />;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQuery, searchValue: query }}
      allowClear
      value={props.value ?? undefined}
      onChange={(v) => {
        if (v !== CREATE) return props.onChange?.(v ?? null);
        // A name and a phone are all a contact needs; with less, ask for the rest.
        if (!typed) return;
        setDraftErrors({});
        if (typed.name && typed.phone) void create(typed, setDraftErrors).then((ok) => ok || setDraft(typed));
        else setDraft(typed);
      }}
      placeholder={t('booking.contactPlaceholder')}
      notFoundContent={t('booking.noContact')}
      options={options}
    />
  );
}

/** The little form in place of the picker: the name and phone of a new contact, Enter creates, Escape goes back. */
function NewContactForm(props: {
  id?: string;
  draft: TypedContact;
  initialErrors: { name?: string; phone?: string };
  onCreate: (c: TypedContact, onFieldErrors: (e: { name?: string; phone?: string }) => void) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(props.draft.name);
  const [phone, setPhone] = useState(props.draft.phone);
  const [errors, setErrors] = useState(props.initialErrors);
  const [saving, setSaving] = useState(false);
  const saving$ = useRef(false);

  async function submit() {
    if (saving$.current) return;
    saving$.current = true;
    setSaving(true);
    setErrors({});
    try {
      const typed = { name: name.trim(), phone: phone.trim() };
      if (!typed.name) {
        setErrors({ name: t('errors.fields.required') });
        return;
      }
      await props.onCreate(typed, setErrors);
    } finally {
      saving$.current = false;
      setSaving(false);
    }
  }

  // Enter and Escape belong to this little form, not to the dialog around it.
  const keys = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      e.stopPropagation();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onCancel();
    }
  };
  const error = errors.name ?? errors.phone;
  return (
    <div role="group" aria-label={t('contactCreate.title')} onKeyDown={keys}>
      <Space.Compact block>
        <Input
          id={props.id}
          aria-label={t('fields.name')}
          placeholder={t('fields.name')}
          value={name}
          status={errors.name ? 'error' : undefined}
          autoFocus={!props.draft.name}
          onChange={(e) => setName(e.target.value)}
        />
        <Input
          aria-label={t('fields.phone')}
          placeholder={t('fields.phone')}
          value={phone}
          status={errors.phone ? 'error' : undefined}
          autoFocus={!!props.draft.name}
          onChange={(e) => setPhone(e.target.value)}
        />
        <Button type="primary" loading={saving} onClick={() => void submit()}>
          {t('contactCreate.create')}
        </Button>
        <Button onClick={props.onCancel}>{t('contactCreate.cancel')}</Button>
      </Space.Compact>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </div>
  );
}
