/**
 * The template of each kind: a header in the user's language (either language is read
 * back), a note line saying what goes where, and one example row that is skipped on
 * import if left as it is. Text columns are formatted as text so Excel keeps a phone
 * number's digits and a 09:00 as typed.
 */
import ExcelJS from 'exceljs';
import type { ImportKind } from '../../../shared/contract/imports';
import { KINDS } from './service';

export async function templateWorkbook(kind: ImportKind, language: 'zh-CN' | 'en'): Promise<Buffer> {
  const spec = KINDS[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(language === 'en' ? kind : { contacts: '联系人', organisations: '单位', spaces: '场地', bookings: '预约' }[kind], {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = spec.columns.map((c) => ({
    header: (language === 'en' ? c.en : c.zh) + (c.required ? ' *' : ''),
    key: c.key,
    width: Math.max(12, (language === 'en' ? c.en : c.zh).length * (language === 'en' ? 1.3 : 2.4) + 4),
    style: { numFmt: '@' },
  }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
  const note = ws.addRow([spec.note[language]]);
  ws.mergeCells(2, 1, 2, spec.columns.length);
  note.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  note.getCell(1).font = { italic: true, color: { argb: 'FF666666' } };
  note.height = 48;
  const example = ws.addRow(spec.columns.map((c) => spec.example[language][c.key] ?? ''));
  example.font = { color: { argb: 'FF888888' } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
