/**
 * Reports upward (统计与台账): a period and a scope (the subdistrict, a site or a space)
 * in, every figure out, with the previous period and the same period last year beside
 * it. Archived spaces stay in: their past activities count, and their open hours stop
 * on the day they were archived.
 */
import type { Kysely } from 'kysely';
import type { ReportOutput, ReportQuery, ReportScope } from '../../../shared/contract/reports';
import { addDays } from '../../../shared/time';
import { previousPeriod, samePeriodLastYear, type Period } from '../../../shared/report-period';
import { listAudiences } from '../../db/repos/audiences';
import { listOrganisations } from '../../db/repos/organisations';
import { referenceData, type ReferenceData } from '../../db/repos/reference';
import { archiveMoments, cancellationReasons, reportRows, type ReportRows } from '../../db/repos/report-rows';
import { listSites } from '../../db/repos/sites';
import type { DB } from '../../db/schema';
import type { Space } from '../../../shared/domain';
import type { ServiceContext } from '../context';
import { required } from '../not-found';
import { spaceDaysFrom } from '../rules/space-days';
import { computePeriod, type PeriodInput } from './figures';

/** A space archived with no record of when counts as archived before any period. */
const LONG_AGO = '0000-01-01';
/** How many of the busiest and idlest windows a report lists. */
const WINDOW_LIST = 5;

export interface ScopeFacts {
  spaces: Space[];
  scope: ReportOutput['scope'];
  sites: Map<number, { name: string; nameEn: string }>;
  closedFrom: Map<number, string>;
  ref: ReferenceData;
}

/** The spaces a scope covers (archived ones included), its names, and when archived spaces stopped. */
export async function resolveScope(db: Kysely<DB>, scope: ReportScope): Promise<ScopeFacts> {
  const ref = await referenceData(db);
  const allSites = await listSites(db, true);
  const sites = new Map(allSites.map((s) => [s.id, { name: s.name, nameEn: s.nameEn, archived: s.archived }]));
  let spaces = [...ref.spaces.values()];
  let names = { name: '', nameEn: '', siteName: '', siteNameEn: '' };
  if (scope.kind === 'site') {
    const site = required(sites.get(scope.siteId), 'site', scope.siteId);
    spaces = spaces.filter((s) => s.siteId === scope.siteId);
    names = { name: site.name, nameEn: site.nameEn, siteName: site.name, siteNameEn: site.nameEn };
  } else if (scope.kind === 'space') {
    const space = required(ref.spaces.get(scope.spaceId), 'space', scope.spaceId);
    const site = sites.get(space.siteId);
    spaces = [space];
    names = { name: space.name, nameEn: space.nameEn, siteName: site?.name ?? '', siteNameEn: site?.nameEn ?? '' };
  }
  spaces.sort((a, b) => a.siteId - b.siteId || a.id - b.id);
  // The day after the archive counts as the first closed day: the day itself was worked.
  const archivedSpaces = spaces.filter((s) => s.archived).map((s) => s.id);
  const archivedSites = [...new Set(spaces.filter((s) => sites.get(s.siteId)?.archived).map((s) => s.siteId))];
  const spaceMoments = await archiveMoments(db, 'space', archivedSpaces);
  const siteMoments = await archiveMoments(db, 'site', archivedSites);
  const closedFrom = new Map<number, string>();
  for (const s of spaces) {
    const stops: string[] = [];
    if (s.archived) stops.push(spaceMoments.has(s.id) ? addDays(spaceMoments.get(s.id)!.slice(0, 10), 1) : LONG_AGO);
    if (sites.get(s.siteId)?.archived) stops.push(siteMoments.has(s.siteId) ? addDays(siteMoments.get(s.siteId)!.slice(0, 10), 1) : LONG_AGO);
    if (stops.length) closedFrom.set(s.id, stops.sort()[0]);
  }
  return { spaces, scope: { kind: scope.kind, ...names }, sites, closedFrom, ref };
}

function periodInput(facts: ScopeFacts, from: string, to: string, now: string): Omit<PeriodInput, 'rows'> {
  const ids = facts.spaces.map((s) => s.id);
  return { from, to, now, spaces: facts.spaces, days: spaceDaysFrom(facts.ref, ids, from, to), closedFrom: facts.closedFrom };
}

const periodOf = (p: Period) => ({ kind: p.kind, from: p.from, to: p.to });

export async function buildReport(ctx: ServiceContext, db: Kysely<DB>, q: ReportQuery): Promise<ReportOutput> {
  const now = ctx.now();
  const facts = await resolveScope(db, q.scope);
  const ids = facts.spaces.map((s) => s.id);
  const period: Period = q.period;
  const previous = previousPeriod(period);
  const lastYear = samePeriodLastYear(period);

  // The rows of the period and of its comparisons are asked for at once: on a server each
  // read runs on a connection of its own, side by side (on a file they run one by one, as
  // before). A year's previous period is the same period last year: read it once.
  const sameAsPrevious = lastYear.from === previous.from && lastYear.to === previous.to;
  const read = (p: Period) => reportRows(db, ids, p.from, p.to, now);
  const [mainRows, prevRows, lastRows] = await Promise.all([read(period), read(previous), sameAsPrevious ? null : read(lastYear)]);
  const main = computePeriod({ ...periodInput(facts, period.from, period.to, now), rows: mainRows }, true);
  const headline = (p: Period, rows: ReportRows) => computePeriod({ ...periodInput(facts, p.from, p.to, now), rows }, false).figures;
  const prevFigures = headline(previous, prevRows);
  const lastFigures = lastRows === null ? prevFigures : headline(lastYear, lastRows);

  const audiences = new Map((await listAudiences(db, true)).map((a) => [a.id, a]));
  const organisations = new Map((await listOrganisations(db, true)).map((o) => [o.id, o]));
  const spaceById = new Map(facts.spaces.map((s) => [s.id, s]));
  const spaceNames = (id: number) => ({ spaceName: spaceById.get(id)?.name ?? '', spaceNameEn: spaceById.get(id)?.nameEn ?? '' });
  const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
  const withRate = <T extends { openMinutes: number; bookedMinutes: number }>(r: T) => ({ ...r, utilisation: ratio(r.bookedMinutes, r.openMinutes) });
  const anything = (r: { openMinutes: number; bookings: number; cancellations: number }) => r.openMinutes > 0 || r.bookings > 0 || r.cancellations > 0;

  let totalWindow = 0;
  let totalBookingMinutes = 0;
  for (const r of main.byAudience.values()) {
    totalWindow += r.windowMinutes;
    if (r !== main.byAudience.get(null)) totalBookingMinutes += r.bookingMinutes;
  }
  const windowRows = main.windows
    .filter((w) => w.windowMinutes > 0)
    .map((w) => ({ ...w, ...spaceNames(w.spaceId), share: w.usedMinutes / w.windowMinutes }));
  const strip = ({ share: _s, ...w }: (typeof windowRows)[number]) => w;
  const reasons = await cancellationReasons(db, ids, period.from, period.to);

  return {
    period: periodOf(period),
    scope: facts.scope,
    figures: main.figures,
    previous: { period: periodOf(previous), figures: prevFigures },
    lastYear: { period: periodOf(lastYear), figures: lastFigures },
    unknownYears: main.unknownYears,
    bySite: [...main.bySite]
      .map(([siteId, r]) => ({ siteId, name: facts.sites.get(siteId)?.name ?? '', nameEn: facts.sites.get(siteId)?.nameEn ?? '', ...withRate(r) }))
      .filter(anything),
    bySpace: [...main.bySpace]
      .map(([spaceId, r]) => {
        const space = spaceById.get(spaceId)!;
        const site = facts.sites.get(space.siteId);
        const stop = facts.closedFrom.get(spaceId);
        return {
          spaceId,
          name: space.name,
          nameEn: space.nameEn,
          siteName: site?.name ?? '',
          siteNameEn: site?.nameEn ?? '',
          archived: stop !== undefined,
          archivedOn: stop === undefined || stop === LONG_AGO ? null : addDays(stop, -1),
          ...withRate(r),
        };
      })
      .filter(anything),
    byAudience: [...main.byAudience]
      .map(([audienceId, r]) => {
        const a = audienceId === null ? undefined : audiences.get(audienceId);
        return {
          audienceId,
          name: a?.name ?? '',
          nameEn: a?.nameEn ?? '',
          color: a?.color ?? '#999999',
          ...r,
          plannedShare: ratio(r.windowMinutes, totalWindow),
          usedShare: audienceId === null ? null : ratio(r.bookingMinutes, totalBookingMinutes),
        };
      })
      .sort((x, y) => (audiences.get(x.audienceId ?? -1)?.sortOrder ?? 1e9) - (audiences.get(y.audienceId ?? -1)?.sortOrder ?? 1e9)),
    byOrganisation: [...main.byOrganisation]
      .map(([organisationId, r]) => ({ organisationId, name: organisations.get(organisationId)?.name ?? '', nameEn: organisations.get(organisationId)?.nameEn ?? '', ...r }))
      .sort((x, y) => y.held - x.held || y.heads - x.heads || x.organisationId - y.organisationId),
    byWeekday: [1, 2, 3, 4, 5, 6, 7].filter((d) => main.byWeekday.has(d)).map((weekday) => ({ weekday, ...main.byWeekday.get(weekday)! })),
    byHour: [...main.byHour].sort((a, b) => a[0] - b[0]).map(([hour, r]) => ({ hour, ...r })),
    byMonth: [...main.byMonth.values()].sort((a, b) => a.month.localeCompare(b.month) || (a.audienceId ?? 0) - (b.audienceId ?? 0)),
    heatmap: main.heatmap,
    busiestWindows: [...windowRows].sort((a, b) => b.share - a.share || b.usedMinutes - a.usedMinutes).slice(0, WINDOW_LIST).map(strip),
    idlestWindows: [...windowRows]
      .sort((a, b) => a.share - b.share || b.windowMinutes - b.usedMinutes - (a.windowMinutes - a.usedMinutes))
      .slice(0, WINDOW_LIST)
      .map(strip),
    cancellationReasons: reasons
      .map((r) => ({ reason: r.reason?.trim() ?? '', count: r.count }))
      // Reasons typed alike (but for spaces) are one reason.
      .reduce<{ reason: string; count: number }[]>((acc, r) => {
        const same = acc.find((x) => x.reason === r.reason);
        if (same) same.count += r.count;
        else acc.push({ ...r });
        return acc;
      }, [])
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    unusedBlocks: main.unusedBlocks.map((b) => ({
      ...b,
      ...spaceNames(b.spaceId),
      name: organisations.get(b.organisationId)?.name ?? '',
      nameEn: organisations.get(b.organisationId)?.nameEn ?? '',
    })),
  };
}
