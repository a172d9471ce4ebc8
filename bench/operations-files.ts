/**
 * Files in and out. Importing a contact list of 10,000 people through the app (the file read, every row
 * validated and matched against the directory's 20,000 contacts, written and audited
 * in one transaction), next to the bare INSERTs of the same rows and audit rows.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { provideFileSaver } from '../electron/main/services/files/saver';
import { addDays } from '../electron/shared/time';
import type { BenchFixture } from './fixture';
import type { Operation } from './operation';

const ROWS = 10_000;

export function importOperation(f: BenchFixture): Operation {
  const organisation = (f.sqlite.prepare('SELECT name FROM organisations ORDER BY id LIMIT 1').get() as { name: string }).name;
  const people = Array.from({ length: ROWS }, (_, i) => ({
    name: `导入测试${i}`,
    // A range the generator does not use, so no row repeats a contact already there.
    phone: `1990000${String(i).padStart(4, '0')}`,
    organisation: i % 2 ? organisation : '',
    note: i % 7 ? '' : '周末可联系',
  }));
  const csv = `\uFEFF姓名,电话,单位,备注\r\n${people.map((p) => `${p.name},${p.phone},${p.organisation},${p.note}`).join('\r\n')}\r\n`;
  const input = { kind: 'contacts', fileName: 'contacts.csv', data: Buffer.from(csv, 'utf8').toString('base64') };
  const orgId = (f.sqlite.prepare('SELECT id FROM organisations WHERE name = ?').get(organisation) as { id: number }).id;
  const insert = f.sqlite.prepare('INSERT INTO contacts (name, phone, organisation_id, note) VALUES (?, ?, ?, ?) RETURNING id');
  const audit = f.sqlite.prepare(`INSERT INTO audit_log (at, operator_id, action, entity, entity_id, after) VALUES (?, NULL, 'import', 'contact', ?, ?)`);
  const bare = f.sqlite.transaction(() => {
    for (const p of people) {
      const { id } = insert.get(p.name, p.phone, p.organisation ? orgId : null, p.note) as { id: number };
      audit.run('2026-11-23T09:00', id, JSON.stringify({ id, ...p }));
    }
  });
  return {
    name: 'import 10,000 contacts (CSV, validated, written)',
    barMs: 5000,
    runs: 5,
    warmup: 1,
    app: async () => {
      const r = (await f.call('imports.apply', input)) as { counts: { create: number } };
      if (r.counts.create !== ROWS) throw new Error(`imported ${r.counts.create} of ${ROWS}`);
    },
    bare: () => bare.immediate(),
    reset: f.snapshot(),
  };
}

/**
 * A year of the busiest site's bookings to .xlsx (a sheet per space, real date cells),
 * written to a temp file, next to the bare minimum for the same file: the rows read by
 * the calendar's query and streamed into one sheet as they come, with no formats,
 * widths, frozen header or sheets per space.
 */
export function exportOperation(f: BenchFixture, viewSql: (where: string) => string): Operation {
  const out = path.join(os.tmpdir(), 'stagger-bench-export');
  provideFileSaver(f.backend.ctx, { chooseSavePath: async (r) => `${out}-${r.suggestedName}` });
  const from = addDays(f.today, -365);
  const to = addDays(f.today, -1);
  const rows = f.sqlite.prepare(viewSql('s.site_id = ?'));
  const bare = async () => {
    const found = rows.all(f.site, `${addDays(from, -1)}T00:00`, `${addDays(to, 1)}T00:00`, `${from}T00:00`) as Record<string, unknown>[];
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${out}-bare.xlsx` });
    const ws = wb.addWorksheet('bookings');
    for (const r of found) ws.addRow([r.start, r.end, r.space_name, r.title, r.audience_name, r.organisation_name, r.contact_name, r.head_count, r.status, r.note]).commit();
    ws.commit();
    await wb.commit();
    return found;
  };
  return {
    name: "export a year of a site's bookings (.xlsx)",
    barMs: 3000,
    runs: 5,
    warmup: 1,
    app: () => f.call('exports.bookings', { siteId: f.site, from, to, format: 'xlsx' }),
    bare,
    reset: () => fs.rmSync(`${out}-bare.xlsx`, { force: true }),
    size: (app, bare) => [(app as { count: number }).count, (bare as unknown[]).length],
  };
}
