/**
 * Fills a brand-new database with the demo subdistrict: sites, spaces, audiences,
 * partner organisations, a few contacts, and a lived-in current and next week.
 * Bookings go through the same rules as the UI's, so the demo never holds a conflict.
 */
import { saveAudience } from '../../db/repos/audiences';
import { saveContact } from '../../db/repos/contacts';
import { saveOperator } from '../../db/repos/operators';
import { saveOrganisation } from '../../db/repos/organisations';
import { insertSite } from '../../db/repos/sites';
import { insertSpace } from '../../db/repos/spaces';
import { AppError } from '../../../shared/errors';
import { addDays, mondayOf } from '../../../shared/time';
import { createBooking } from '../bookings/service';
import type { ServiceContext } from '../context';
import type { Store } from '../store';
import { seedDemoPlans } from './plans';
import { DEMO_AUDIENCES, DEMO_CONTACTS, DEMO_ORGANISATIONS, DEMO_SITES, DEMO_WEEK } from './data';

export async function seedDemoData(ctx: ServiceContext, store: Store): Promise<{ bookings: number }> {
  return store.write(async (tx) => {
    // Named staff of a small office: two at the desk and a coordinator (no PIN, so a new
    // install can choose anyone; the coordinator sets PINs in 工作人员).
    const deskId = await saveOperator(tx, { name: '王敏', role: 'desk' });
    await saveOperator(tx, { name: '李娟', role: 'desk' });
    await saveOperator(tx, { name: '陈静', role: 'coordinator' });
    const audience = new Map<string, number>();
    let order = 0;
    for (const a of DEMO_AUDIENCES) {
      audience.set(a.key, await saveAudience(tx, { name: a.name, nameEn: a.nameEn, color: a.color, sortOrder: order++ }));
    }
    const org = new Map<string, number>();
    for (const o of DEMO_ORGANISATIONS) org.set(o.key, await saveOrganisation(tx, { ...o, note: '' }));
    const contact = new Map<string, number>();
    for (const c of DEMO_CONTACTS) {
      contact.set(
        c.name,
        await saveContact(tx, { name: c.name, phone: c.phone, organisationId: c.org ? org.get(c.org)! : null, note: c.note }),
      );
    }
    const space = new Map<string, number>();
    for (const s of DEMO_SITES) {
      const siteId = await insertSite(tx, s);
      for (const sp of s.spaces) {
        space.set(
          sp.key,
          await insertSpace(tx, {
            siteId,
            parentId: sp.parent ? space.get(sp.parent)! : null,
            name: sp.name,
            nameEn: sp.nameEn ?? '',
            kind: sp.kind,
            capacity: sp.capacity,
            amenities: sp.amenities ?? [],
            openingHours: sp.openingHours ?? [],
            slotMinutes: sp.slotMinutes ?? 30,
            minBookingMinutes: sp.minBookingMinutes ?? 30,
            maxBookingMinutes: sp.maxBookingMinutes ?? 240,
            bufferMinutes: sp.bufferMinutes ?? 0,
            needsApproval: sp.needsApproval ?? false,
            mode: sp.mode ?? 'exclusive',
            color: sp.color ?? '#4e79a7',
          }),
        );
      }
    }
    const operatorBefore = ctx.operatorId;
    ctx.operatorId = deskId;
    let bookings = 0;
    const monday = mondayOf(ctx.now().slice(0, 10));
    for (const week of [0, 7]) {
      for (const b of DEMO_WEEK) {
        const day = addDays(monday, week + b.weekday - 1);
        try {
          await createBooking(
            ctx,
            tx,
            {
              spaceId: space.get(b.space)!,
              start: `${day}T${b.start}`,
              end: `${day}T${b.end}`,
              title: b.title,
              contactId: b.contact ? contact.get(b.contact)! : null,
              organisationId: b.org ? org.get(b.org)! : null,
              audienceId: audience.get(b.audience)!,
              headCount: b.heads,
              note: '',
              overrideReason: null,
            },
            // Demo standing bookings are already agreed with the groups.
            { status: 'confirmed' },
          );
          bookings++;
        } catch (e) {
          // A demo row that breaks a rule is a mistake in data.ts: fail loudly in tests.
          if (!(e instanceof AppError)) throw e;
          throw new Error(`demo booking "${b.title}" on ${day} refused: ${e.message}`);
        }
      }
    }
    await seedDemoPlans(tx, monday, { space, audience, org });
    ctx.operatorId = operatorBefore;
    return { bookings };
  });
}
