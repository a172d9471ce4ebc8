/**
 * Files as offices have them, and files nobody should trust. Every refusal is in words
 * (a message in both languages) and nothing is written: the database's counts are the
 * same before and after.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testBackend, type TestBackend } from '../helpers/backend';
import { zipOf } from '../helpers/zip';
import zh from '../../renderer/src/i18n/zh-CN/imports.json';
import en from '../../renderer/src/i18n/en/imports.json';

const FIXTURES = path.resolve('tests/fixtures/import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const b64 = (b: Buffer) => b.toString('base64');

let t: TestBackend;
beforeEach(async () => {
  t = await testBackend({ demoData: true });
});
afterEach(async () => t.close());

async function counts() {
  const n = (table: 'contacts' | 'organisations' | 'bookings' | 'audit_log') =>
    t.conn.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow().then((r) => Number(r.n));
  return { contacts: await n('contacts'), organisations: await n('organisations'), bookings: await n('bookings'), audit: await n('audit_log') };
}

/** The refusal's code, after checking it has words in both languages and nothing changed. */
async function refusal(fileName: string, data: Buffer, kind = 'contacts'): Promise<string> {
  const before = await counts();
  const preview = await t.fail('imports.preview', { kind, fileName, data: b64(data) });
  const apply = await t.fail('imports.apply', { kind, fileName, data: b64(data) });
  expect(apply.details.code).toBe(preview.details.code);
  const key = preview.details.code.replace(/^import\./, '');
  expect((zh as any).errors.import[key], `zh words for ${key}`).toBeTruthy();
  expect((en as any).errors.import[key], `en words for ${key}`).toBeTruthy();
  expect(await counts()).toEqual(before);
  return preview.details.code;
}

describe('real files from real offices', () => {
  it('reads a GB18030 CSV as Chinese Excel saves it, and names each bad cell by line and column', async () => {
    const r = await t.call('imports.preview', { kind: 'contacts', fileName: '联系人.csv', data: b64(fixture('contacts-gb18030.csv')) });
    expect(r.encoding).toBe('gb18030');
    expect(r.columns).toEqual(['name', 'phone', 'organisation', 'note']);
    const byLine = new Map<number, any>(r.rows.map((row: any) => [row.line, row]));
    expect(byLine.get(2).values).toMatchObject({ name: '李秀英', phone: '13800131001', organisation: '老伙伴志愿者' });
    expect(byLine.has(3)).toBe(false); // the blank line
    expect(byLine.get(5)).toMatchObject({ action: 'error', problems: [{ column: 'phone', code: 'import.phone' }] });
    // Same phone as a contact in the directory: a duplicate to skip or update, not an error.
    expect(byLine.get(6)).toMatchObject({ action: 'skip', duplicate: { reason: 'phone', label: '王阿姨 13800138003' } });
    // A name that starts with = is text, never a formula.
    expect(byLine.get(7)).toMatchObject({ action: 'create', values: { name: '=HYPERLINK("http://x")' } });
    expect(byLine.get(8).notices).toEqual([{ column: 'organisation', code: 'import.new_organisation', params: { name: '新成立的读书会' } }]);
    expect(r.counts).toEqual({ rows: 6, create: 4, update: 0, skip: 1, error: 1 });
  });

  it('the same file in UTF-8 with a BOM and without one reads the same', async () => {
    const text = new TextDecoder('gb18030').decode(fixture('contacts-gb18030.csv'));
    const plain = await t.call('imports.preview', { kind: 'contacts', fileName: 'a.csv', data: b64(Buffer.from(text, 'utf8')) });
    const bom = await t.call('imports.preview', { kind: 'contacts', fileName: 'a.csv', data: b64(Buffer.from(`\uFEFF${text}`, 'utf8')) });
    expect(plain.encoding).toBe('utf-8');
    expect(bom.rows).toEqual(plain.rows);
    expect(plain.rows.map((r: any) => r.values.name)).toContain('李秀英');
  });

  it('reads an .xlsx with a title, a header merged over two lines, a note line, a blank line and a formula', async () => {
    const r = await t.call('imports.preview', { kind: 'contacts', fileName: 'list.xlsx', data: b64(fixture('contacts-merged-header.xlsx')) });
    expect(r.format).toBe('xlsx');
    expect(new Set(r.columns)).toEqual(new Set(['name', 'organisation', 'phone', 'note']));
    expect(r.skippedLines).toEqual([{ line: 4, reason: 'note' }]);
    const names = r.rows.map((row: any) => [row.line, row.values.name, row.values.phone, row.action]);
    expect(names).toEqual([
      [5, '赵文', '13800132001', 'create'],
      // The formula's stored result, not the formula.
      [7, '钱海', '13800132002', 'create'],
      [8, '孙琳', '0215678901', 'create'],
      [9, '李老师', '13800138004', 'skip'],
    ]);
  });

  it('the template downloads with Chinese headers and reads back: its example row and note line are skipped', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-tpl-'));
    const { provideFileSaver } = await import('../../electron/main/services/files/saver');
    provideFileSaver(t.ctx, { chooseSavePath: async (r) => path.join(dir, r.suggestedName) });
    for (const kind of ['contacts', 'organisations', 'spaces', 'bookings']) {
      for (const language of ['zh-CN', 'en']) {
        const { path: saved } = await t.call('imports.template', { kind, language });
        const r = await t.call('imports.preview', { kind, fileName: path.basename(saved), data: b64(fs.readFileSync(saved)) });
        expect(r.missingColumns, `${kind} ${language}`).toEqual([]);
        expect(r.rows, `${kind} ${language}`).toEqual([]);
        expect(r.skippedLines.map((s: any) => s.reason), `${kind} ${language}`).toEqual(['note', 'example']);
      }
    }
  });
});

describe('hostile and broken files are refused in words, and nothing is written', () => {
  it('a zip bomb is refused from its directory, before anything is unpacked', async () => {
    // 60 MB of zeros packs to about 60 KB: a ratio of about 1000.
    const bomb = zipOf([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(60 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal('联系人.xlsx', bomb)).toBe('import.zip_bomb');
  });

  it('a zip of too many parts is refused', async () => {
    const many = zipOf(Array.from({ length: 2100 }, (_, i) => ({ name: `x/${i}.xml`, data: Buffer.from('<a/>') })));
    expect(await refusal('many.xlsx', many)).toBe('import.zip_bomb');
  });

  it('a workbook cut short is refused as incomplete', async () => {
    expect(await refusal('联系人.xlsx', fixture('truncated.xlsx'))).toBe('import.truncated');
  });

  it('a program renamed to .xlsx, or a workbook renamed to .csv, is not what its name says', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(2000, 1)]);
    expect(await refusal('联系人.xlsx', exe)).toBe('import.not_what_name_says');
    expect(await refusal('联系人.csv', fixture('contacts-merged-header.xlsx'))).toBe('import.not_what_name_says');
    expect(await refusal('联系人.xls', exe)).toBe('import.old_xls');
    expect(await refusal('联系人.pdf', Buffer.from('%PDF-1.7'))).toBe('import.unsupported_type');
  });

  it('more than 50,000 rows are refused', async () => {
    const lines = ['姓名,电话', ...Array.from({ length: 60_000 }, (_, i) => `人${i},`)];
    expect(await refusal('big.csv', Buffer.from(lines.join('\n')))).toBe('import.too_many_rows');
  });

  it('a file with a bad row imports nothing at all, and says how many rows to fix', async () => {
    const before = await counts();
    const e = await t.fail('imports.apply', { kind: 'contacts', fileName: 'c.csv', data: b64(fixture('contacts-gb18030.csv')) });
    expect(e.details).toMatchObject({ code: 'import.has_problems', params: { count: 1, line: 5 } });
    expect(await counts()).toEqual(before);
  });

  it('a file without the required columns says which are missing', async () => {
    const r = await t.call('imports.preview', { kind: 'contacts', fileName: 'x.csv', data: b64(Buffer.from('电话,备注\n13800131001,x\n')) });
    expect(r.missingColumns).toEqual(['name']);
    expect((await t.fail('imports.apply', { kind: 'contacts', fileName: 'x.csv', data: b64(Buffer.from('电话,备注\n13800131001,x\n')) })).details.code).toBe('import.missing_columns');
  });

  it('a file larger than the limit is refused by the contract', async () => {
    const e = await t.fail('imports.preview', { kind: 'contacts', fileName: 'x.csv', data: 'A'.repeat(14_000_000) });
    expect(e.details.fields[0]).toMatchObject({ path: 'data', code: 'file_too_big' });
  });
});
