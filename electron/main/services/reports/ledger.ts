/**
 * 台账: every held activity of a period and scope in date order, for printing, signing
 * and filing, and for the workbook. Names of organisers only, never a phone number.
 */
import type { Kysely } from 'kysely';
import { MAX_LEDGER_ROWS, type LedgerOutput, type LedgerRow, type ReportQuery } from '../../../shared/contract/reports';
import { ledgerRows, ledgerTotals } from '../../db/repos/report-rows';
import { readSetting, writeSetting } from '../../db/repos/settings';
import type { DB } from '../../db/schema';
import { audit, type ServiceContext } from '../context';
import { resolveScope } from './report';

const SETTINGS_KEY = 'reports';

export async function readReportSettings(db: Kysely<DB>): Promise<{ unit: string }> {
  const stored = (await readSetting(db, SETTINGS_KEY)) as { unit?: unknown } | undefined;
  return { unit: typeof stored?.unit === 'string' ? stored.unit : '' };
}

export async function saveReportSettings(ctx: ServiceContext, tx: Kysely<DB>, next: { unit: string }): Promise<{ unit: string }> {
  const before = await readReportSettings(tx);
  await writeSetting(tx, SETTINGS_KEY, next);
  await audit(ctx, tx, 'update', 'settings', null, before, next);
  return next;
}

export async function buildLedger(ctx: ServiceContext, db: Kysely<DB>, q: ReportQuery, limit = MAX_LEDGER_ROWS): Promise<LedgerOutput> {
  const facts = await resolveScope(db, q.scope);
  const query = { spaceIds: facts.spaces.map((s) => s.id), from: q.period.from, to: q.period.to, heldBy: ctx.now() };
  const rows = await ledgerRows(db, { ...query, limit });
  const totals = await ledgerTotals(db, query);
  return {
    period: { kind: q.period.kind, from: q.period.from, to: q.period.to },
    scope: facts.scope,
    unit: (await readReportSettings(db)).unit,
    today: ctx.now().slice(0, 10),
    rows: rows.map(
      (r): LedgerRow => ({
        id: r.id,
        date: r.start.slice(0, 10),
        start: r.start.slice(11, 16),
        end: r.end.slice(11, 16),
        siteName: r.site_name,
        siteNameEn: r.site_name_en,
        spaceName: r.space_name,
        spaceNameEn: r.space_name_en,
        title: r.title,
        organiser: r.organisation_name ?? r.contact_name ?? '',
        organiserEn: r.organisation_name_en || r.organisation_name || r.contact_name || '',
        audienceName: r.audience_name ?? '',
        audienceNameEn: r.audience_name_en ?? '',
        headCount: r.head_count,
        checkedIn: r.status === 'checked_in',
      }),
    ),
    total: totals.total,
    totalHeads: totals.heads,
    checkedIn: totals.checkedIn,
  };
}
