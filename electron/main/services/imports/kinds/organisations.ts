/**
 * Organisations (单位): partner schools, universities, teams. A row with the name of an
 * organisation the directory has (in Chinese or English) repeats it: skip or update.
 */
import type { Kysely } from 'kysely';
import { ORGANISATION_KINDS, organisationInput, type Organisation } from '../../../../shared/domain';
import { recordAudits, type AuditEntry } from '../../../db/repos/audit';
import { listOrganisations, saveOrganisation } from '../../../db/repos/organisations';
import type { DB } from '../../../db/schema';
import type { ServiceContext } from '../../context';
import type { TableRow } from '../read/table';
import { choiceOf, nameKey, RowCheck, zodProblems, type Choices, type ImportKindSpec } from '../rows';

type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_WORDS: Record<OrganisationKind, string[]> = {
  school: ['学校', '中学', '小学', '幼儿园'],
  university: ['高校', '大学', '学院'],
  research: ['科研院所', '研究所', '科研'],
  company: ['企业', '公司'],
  volunteer: ['志愿团队', '志愿者', '志愿'],
  sports: ['体育队', '运动队', '球队', '体育'],
  community: ['社区', '社区团体', '居委'],
  other: ['其他', '其它'],
};

export const organisationsKind: ImportKindSpec = {
  columns: [
    { key: 'name', zh: '单位名称', en: 'Name', aliases: ['名称', '单位', '组织名称', 'organisation', 'organization'], required: true },
    { key: 'nameEn', zh: '英文名称', en: 'English name', aliases: ['英文名', 'name en'] },
    { key: 'kind', zh: '类型', en: 'Kind', aliases: ['类别', 'type'] },
    { key: 'note', zh: '备注', en: 'Note', aliases: ['notes', 'remark'] },
  ],
  example: {
    'zh-CN': { name: '新北郊中学', nameEn: 'Xinbeijiao Middle School', kind: '学校', note: '每周三中午' },
    en: { name: '新北郊中学', nameEn: 'Xinbeijiao Middle School', kind: 'school', note: 'Wednesdays at noon' },
  },
  note: {
    'zh-CN': '说明：单位名称必填；类型填 学校、高校、科研院所、企业、志愿团队、体育队、社区 或 其他（不填为其他）。名称相同视为同一单位。本行和示例行不会导入。',
    en: 'Note: Name is required; Kind is school, university, research, company, volunteer, sports, community or other (empty: other). The same name means the same organisation. This line and the example row are not imported.',
  },
};

const COLUMN_OF_FIELD = { name: 'name', nameEn: 'nameEn', kind: 'kind', note: 'note' };

export async function importOrganisations(ctx: ServiceContext, tx: Kysely<DB>, rows: TableRow[], choices: Choices): Promise<RowCheck[]> {
  const existing = await listOrganisations(tx, true);
  const byName = new Map<string, Organisation>();
  for (const o of existing) byName.set(nameKey(o.name), o);
  const seen = new Map<string, number>();
  const checks: RowCheck[] = [];
  const audits: AuditEntry[] = [];
  for (const row of rows) {
    const check = new RowCheck(row);
    const kindText = check.text('kind');
    const kind = kindText ? choiceOf(ORGANISATION_KIND_WORDS, kindText) : 'other';
    if (!kind) check.problem('kind', 'import.not_a_choice', { text: kindText });
    const parsed = organisationInput.safeParse({ name: check.text('name'), nameEn: check.text('nameEn'), kind: kind ?? 'other', note: check.text('note') });
    if (!parsed.success) zodProblems(check, parsed.error, COLUMN_OF_FIELD);
    const key = nameKey(check.text('name'));
    const earlier = seen.get(key);
    if (earlier !== undefined) check.problem('name', 'import.duplicate_in_file', { line: earlier });
    else seen.set(key, check.line);
    const same = byName.get(key);
    if (same) {
      check.duplicate = { reason: 'name', id: same.id, label: same.name };
      check.decide(choices);
    }
    checks.push(check);
    if (!check.ok || !parsed.success || check.action === 'skip') continue;
    const o = parsed.data;
    const fields = same
      ? { id: same.id, name: o.name, nameEn: o.nameEn || same.nameEn, kind: kindText ? o.kind : same.kind, note: o.note || same.note }
      : { name: o.name, nameEn: o.nameEn, kind: o.kind, note: o.note };
    const id = await saveOrganisation(tx, fields);
    audits.push({ at: ctx.now(), operatorId: ctx.operatorId, action: 'import', entity: 'organisation', entityId: id, before: same, after: { ...fields, id, archived: same?.archived ?? false } });
  }
  await recordAudits(tx, audits);
  return checks;
}
