import type { TestBackend } from './backend';

const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, open: '08:00', close: '22:00' }));

/** A site with one space; override any space field. */
export async function siteWithSpace(t: TestBackend, space: Record<string, unknown> = {}) {
  const site = await t.call('sites.save', { name: '测试驿站', address: '测试路 1 号' });
  const created = await t.call('spaces.save', {
    siteId: site.id,
    name: '活动室',
    kind: 'room',
    capacity: 10,
    openingHours: allWeek,
    ...space,
  });
  return { site, space: created };
}

export function booking(spaceId: number, start: string, end: string, extra: Record<string, unknown> = {}) {
  return { spaceId, start, end, title: extra.title ?? '活动', ...extra };
}

/** The two people of a small office: someone at the desk and a coordinator. */
export async function operators(t: TestBackend) {
  const desk = await t.call('operators.save', { name: '小王', role: 'desk' });
  const coordinator = await t.call('operators.save', { name: '李老师', role: 'coordinator' });
  return { desk, coordinator };
}

export { allWeek };
