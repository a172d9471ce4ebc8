import type { Handlers } from '../handlers';
import { audit, type ServiceContext } from '../context';
import { safeFileName, saveFile } from '../files/saver';
import type { Store } from '../store';
import { findSpace } from '../../db/repos/spaces';
import { findOrganisation } from '../../db/repos/organisations';
import { required } from '../not-found';
import { bookingsCsv, bookingsWorkbook, exportRows } from './bookings';
import { contactRows, contactsCsv, contactsWorkbook } from './contacts';
import { calendarFile } from './ics';

type ExportMethods = 'exports.bookings' | 'exports.contacts' | 'exports.calendar';

const XLSX = { filterName: 'Excel', extensions: ['xlsx'] };
const CSV = { filterName: 'CSV', extensions: ['csv'] };

/** The moment as iCalendar UTC: 20261123T010000Z. */
function utcStamp(now: string): string {
  const d = new Date(Date.parse(`${now}:00+08:00`));
  return `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

export function exportsHandlers(ctx: ServiceContext, store: Store): Handlers<ExportMethods> {
  return {
    'exports.bookings': async (e, db) => {
      const rows = await exportRows(db, e);
      const base = `${e.language === 'en' ? 'bookings' : '预约'}_${e.from}_${e.to}`;
      const path =
        e.format === 'csv'
          ? await saveFile(ctx, { suggestedName: safeFileName(`${base}.csv`), ...CSV }, bookingsCsv(rows, e.language))
          : await saveFile(ctx, { suggestedName: safeFileName(`${base}.xlsx`), ...XLSX }, await bookingsWorkbook(rows, e));
      return { path, count: rows.length };
    },
    'exports.contacts': async (e, db) => {
      const rows = await contactRows(db, e.language);
      const name = `${e.language === 'en' ? 'contacts' : '联系人'}_${ctx.now().slice(0, 10)}`;
      const bytes = e.format === 'csv' ? contactsCsv(rows, e.language) : await contactsWorkbook(rows, e.language);
      const path = await saveFile(ctx, { suggestedName: `${name}.${e.format}`, ...(e.format === 'csv' ? CSV : XLSX) }, bytes);
      // Written once the file is: the save dialog is not held open inside a write transaction.
      if (path) await store.write((tx) => audit(ctx, tx, 'export', 'contact', null, undefined, { count: rows.length, format: e.format, path }));
      return { path, count: rows.length };
    },
    'exports.calendar': async (e, db) => {
      const owner = e.spaceId
        ? required(await findSpace(db, e.spaceId), 'space', e.spaceId)
        : required(await findOrganisation(db, e.organisationId!), 'organisation', e.organisationId!);
      const name = e.language === 'en' && owner.nameEn ? owner.nameEn : owner.name;
      const file = await calendarFile(db, e, utcStamp(ctx.now()), name);
      const path = await saveFile(ctx, { suggestedName: safeFileName(`${name}_${e.from}_${e.to}.ics`), filterName: 'iCalendar', extensions: ['ics'] }, file.text);
      return { path, count: file.events };
    },
  };
}
