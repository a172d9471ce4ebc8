/**
 * The contact list as a file, for coordinators only: personal data leaves the app with
 * a privacy notice on top (the sheet can still be imported again: the notice line is
 * skipped), and every export is written in the audit log.
 */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import { allContacts } from '../../db/repos/contacts';
import { listOrganisations } from '../../db/repos/organisations';
import type { DB } from '../../db/schema';
import { csvFile, inertText } from '../files/cells';
import { CONTACT_COLUMNS, PRIVACY_NOTICE, type Language } from './words';

export async function contactRows(db: Kysely<DB>, language: Language): Promise<string[][]> {
  const organisations = new Map((await listOrganisations(db, true)).map((o) => [o.id, language === 'en' && o.nameEn ? o.nameEn : o.name]));
  return (await allContacts(db)).map((c) => [c.name, c.phone, c.organisationId === null ? '' : (organisations.get(c.organisationId) ?? ''), c.note]);
}

export async function contactsWorkbook(rows: string[][], language: Language): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(language === 'en' ? 'Contacts' : '联系人', { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns = CONTACT_COLUMNS[language];
  ws.columns = columns.map((_, i) => ({ width: [14, 16, 26, 40][i], style: { numFmt: '@' } }));
  ws.addRow([PRIVACY_NOTICE[language]]);
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getRow(1).height = 36;
  ws.getCell(1, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getCell(1, 1).font = { bold: true, color: { argb: 'FFB42318' } };
  ws.addRow([...columns]).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(inertText));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function contactsCsv(rows: string[][], language: Language): string {
  return csvFile([[PRIVACY_NOTICE[language]], [...CONTACT_COLUMNS[language]], ...rows]);
}
