/**
 * Contacts (联系人): name, phone, organisation, note. A row repeats an existing contact
 * when it has the same phone number, or (without one) the same name in the same
 * organisation; the user chooses to skip or update it. An organisation the directory
 * does not know yet is created with the import.
 */
import type { Kysely } from 'kysely';
import { contactInput, type Contact } from '../../../../shared/domain';
import { recordAudits, type AuditEntry } from '../../../db/repos/audit';
import { allContacts, insertContacts, saveContact } from '../../../db/repos/contacts';
import { listOrganisations } from '../../../db/repos/organisations';
import type { DB } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import type { TableRow } from '../read/table';
import { nameKey, RowCheck, zodProblems, type Choices, type ImportKindSpec } from '../rows';
import { OrganisationMaker } from './organisation-maker';

export const contactsKind: ImportKindSpec = {
  columns: [
    { key: 'name', zh: '姓名', en: 'Name', aliases: ['联系人', '名字', 'full name', 'contact'], required: true },
    { key: 'phone', zh: '电话', en: 'Phone', aliases: ['手机', '手机号', '手机号码', '联系电话', '电话号码', 'mobile', 'tel', 'telephone'] },
    { key: 'organisation', zh: '单位', en: 'Organisation', aliases: ['所属单位', '组织', '团队', 'organization', 'group'] },
    { key: 'note', zh: '备注', en: 'Note', aliases: ['说明', 'notes', 'remark', 'remarks'] },
  ],
  example: {
    'zh-CN': { name: '王芳', phone: '13800138000', organisation: '老伙伴志愿者', note: '周三上午可联系' },
    en: { name: 'Wang Fang', phone: '13800138000', organisation: 'Old Partners Volunteers', note: 'Reachable Wednesday mornings' },
  },
  note: {
    'zh-CN': '说明：姓名必填；电话为大陆手机号或座机号（可带区号和分机）；单位不存在时会自动新建。电话相同，或没有电话但姓名和单位相同，视为同一人。本行和示例行不会导入。',
    en: 'Note: Name is required; Phone is a mainland mobile or landline (area code and extension allowed); an unknown organisation is created. The same phone, or without a phone the same name and organisation, means the same person. This line and the example row are not imported.',
  },
};

const COLUMN_OF_FIELD = { name: 'name', phone: 'phone', note: 'note', organisationId: 'organisation' };

interface Planned {
  check: RowCheck;
  fields: { name: string; phone: string; note: string; organisationName: string };
  existing?: Contact;
}

export async function importContacts(ctx: ServiceContext, tx: Kysely<DB>, rows: TableRow[], choices: Choices): Promise<RowCheck[]> {
  const contacts = await allContacts(tx);
  const byPhone = new Map(contacts.filter((c) => c.phone).map((c) => [c.phone.replace(/-/g, ''), c]));
  const byNameOrg = new Map(contacts.map((c) => [`${nameKey(c.name)}|${c.organisationId ?? ''}`, c]));
  const orgs = new OrganisationMaker(ctx, await listOrganisations(tx, true));
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  for (const row of rows) {
    const check = new RowCheck(row);
    const parsed = contactInput.safeParse({ name: check.text('name'), phone: check.text('phone'), note: check.text('note') });
    if (!parsed.success) zodProblems(check, parsed.error, COLUMN_OF_FIELD);
    const fields = {
      name: parsed.data?.name ?? check.text('name'),
      phone: parsed.data?.phone ?? '',
      note: parsed.data?.note ?? '',
      organisationName: check.text('organisation'),
    };
    const org = fields.organisationName ? orgs.find(fields.organisationName) : null;
    if (fields.organisationName && !org) check.notice('organisation', 'import.new_organisation', { name: fields.organisationName });
    // The same person twice in the file: the second line is a mistake to fix, not a choice.
    const phoneKey = fields.phone.replace(/-/g, '');
    const key = phoneKey ? `phone:${phoneKey}` : `name:${nameKey(fields.name)}|${nameKey(fields.organisationName)}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) check.problem(phoneKey ? 'phone' : 'name', 'import.duplicate_in_file', { line: earlier });
    else seen.set(key, check.line);
    const samePhone = phoneKey ? byPhone.get(phoneKey) : undefined;
    // A new organisation has no members yet: nobody can repeat a person of it.
    const sameName = fields.organisationName && !org ? undefined : byNameOrg.get(`${nameKey(fields.name)}|${org?.id ?? ''}`);
    const existing = samePhone ?? sameName;
    if (existing) {
      check.duplicate = { reason: samePhone ? 'phone' : 'name_organisation', id: existing.id, label: [existing.name, existing.phone].filter(Boolean).join(' ') };
      check.decide(choices);
    }
    planned.push({ check, fields, existing });
  }
  await write(ctx, tx, planned, orgs);
  return planned.map((p) => p.check);
}

async function write(ctx: ServiceContext, tx: Kysely<DB>, planned: Planned[], orgs: OrganisationMaker): Promise<void> {
  const now = ctx.now();
  const creates: { name: string; phone: string; organisationId: number | null; note: string }[] = [];
  const audits: AuditEntry[] = [];
  for (const p of planned) {
    if (!p.check.ok || p.check.action === 'skip') continue;
    const organisationId = p.fields.organisationName ? await orgs.idFor(tx, p.fields.organisationName) : null;
    if (p.check.action === 'create') {
      creates.push({ name: p.fields.name, phone: p.fields.phone, organisationId, note: p.fields.note });
      continue;
    }
    // Update: what the file says replaces what is stored; an empty cell keeps the stored value.
    const before = p.existing!;
    const after = {
      id: before.id,
      name: p.fields.name,
      phone: p.fields.phone || before.phone,
      organisationId: organisationId ?? before.organisationId,
      note: p.fields.note || before.note,
    };
    await saveContact(tx, after);
    audits.push({ at: now, operatorId: ctx.operatorId, action: 'import', entity: 'contact', entityId: before.id, before, after: { ...after, version: before.version + 1 } });
  }
  const ids = await insertContacts(tx, creates);
  ids.forEach((id, i) => audits.push({ at: now, operatorId: ctx.operatorId, action: 'import', entity: 'contact', entityId: id, after: { id, ...creates[i], version: 1 } }));
  await recordAudits(tx, audits);
}
