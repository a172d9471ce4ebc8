/**
 * The demo's time-sharing plans, after the reports: 书香曲阳's reading area staggered
 * through the day, the Saturday council block of 曲二在职党员先锋队, and the court's
 * standing evenings for the community basketball and football teams. They start four
 * weeks before the demo week and agree with the demo bookings in data.ts. 初心驿站 is
 * closed on public holidays.
 */
import type { Kysely } from 'kysely';
import type { PlanWindow } from '../../../shared/contract/plans';
import { addDays } from '../../../shared/time';
import { saveHolidayPolicy, sitesOfSpaces } from '../../db/repos/calendar';
import { savePlan } from '../../db/repos/plans';
import type { DB } from '../../db/schema';

type Keys = Map<string, number>;

export async function seedDemoPlans(tx: Kysely<DB>, monday: string, keys: { space: Keys; audience: Keys; org: Keys }): Promise<void> {
  const a = (k: string) => keys.audience.get(k)!;
  const o = (k: string) => keys.org.get(k)!;
  const w = (weekday: number, start: string, end: string, audienceId: number, extra: Partial<PlanWindow> = {}): PlanWindow => ({
    weekday,
    start,
    end,
    audienceId,
    organisationId: null,
    maxPerWeek: null,
    maxHeadCount: null,
    ...extra,
  });
  const validFrom = addDays(monday, -28);
  const weekdays = [1, 2, 3, 4, 5];
  const plans: { space: string; name: string; nameEn: string; windows: PlanWindow[] }[] = [
    {
      space: 'reading',
      name: '错峰开放（本学期）',
      nameEn: 'Off-peak opening (this term)',
      windows: weekdays.flatMap((d) => [
        w(d, '08:00', '11:30', a('residents')),
        w(d, '12:00', '13:30', a('students'), { maxHeadCount: 30 }),
        w(d, '18:00', '21:30', d % 2 === 1 ? a('parents') : a('researchers')),
      ]),
    },
    { space: 'saturday', name: '周六议事', nameEn: 'Saturday residents’ council', windows: [w(6, '09:00', '12:00', a('residents'), { organisationId: o('vanguard') })] },
    {
      space: 'court',
      name: '球队固定时段',
      nameEn: 'Team standing blocks',
      windows: [
        w(2, '18:00', '20:00', a('partners'), { organisationId: o('basketball'), maxPerWeek: 2 }),
        w(7, '16:00', '18:00', a('partners'), { organisationId: o('football'), maxPerWeek: 2 }),
      ],
    },
  ];
  for (const p of plans) await savePlan(tx, { spaceId: keys.space.get(p.space)!, validFrom, name: p.name, nameEn: p.nameEn, windows: p.windows });
  // 初心驿站 (home of 周六议事厅) closes on statutory holidays; the other sites run their Sunday plan.
  const chuxin = (await sitesOfSpaces(tx, [keys.space.get('saturday')!])).get(keys.space.get('saturday')!)!;
  await saveHolidayPolicy(tx, { siteId: chuxin, mode: 'closed', weekday: 7 });
}
