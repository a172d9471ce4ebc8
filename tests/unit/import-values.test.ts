/** Dates, times and open days as real sheets hold them. */
import { describe, expect, it } from 'vitest';
import { parseDate, parseTime } from '../../electron/main/services/imports/read/values';
import { parseDays } from '../../electron/main/services/imports/kinds/spaces';
import { inertText, csvFile } from '../../electron/main/services/files/cells';

const value = <T>(p: { ok: boolean; value?: T; code?: string }) => (p.ok ? p.value : p.code);

describe('reading dates and times', () => {
  it('reads a date as an Excel date, a serial number, yyyymmdd, or text with or without the year', () => {
    const cases: [unknown, string][] = [
      [new Date(Date.UTC(2026, 8, 1)), '2026-09-01'],
      [46266, '2026-09-01'],
      [20260901, '2026-09-01'],
      ['2026/9/1', '2026-09-01'],
      ['2026-09-01', '2026-09-01'],
      ['2026.9.1', '2026-09-01'],
      ['2026年9月1日', '2026-09-01'],
      [' 2026 / 9 / 1 ', '2026-09-01'],
      ['9月1日', '2027-09-01'],
      ['2026-02-30', 'import.date_invalid'],
      ['下周一', 'import.not_a_date'],
      ['', 'import.required'],
    ];
    for (const [cell, expected] of cases) expect(value(parseDate(cell as never, 2027)), String(cell)).toBe(expected);
  });

  it('reads a time as an Excel time, a fraction of a day, or text', () => {
    const cases: [unknown, string][] = [
      [new Date(Date.UTC(1899, 11, 30, 14, 30)), '14:30'],
      [0.375, '09:00'],
      ['9:00', '09:00'],
      ['09：30', '09:30'],
      ['9点半', '09:30'],
      ['下午3点', '15:00'],
      ['14时15分', '14:15'],
      ['24:00', '24:00'],
      ['25:00', 'import.not_a_time'],
      ['noon', 'import.not_a_time'],
    ];
    for (const [cell, expected] of cases) expect(value(parseTime(cell as never)), String(cell)).toBe(expected);
  });

  it('reads open days in the ways offices write them', () => {
    expect(parseDays('每天')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(parseDays('周一至周五')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays('周一、三、五')).toEqual([1, 3, 5]);
    expect(parseDays('星期六,星期日')).toEqual([6, 7]);
    expect(parseDays('Mon-Fri')).toEqual([1, 2, 3, 4, 5]);
    expect(parseDays('1-3,6')).toEqual([1, 2, 3, 6]);
    expect(parseDays('周八')).toBeNull();
  });
});

describe('writing cells spreadsheets will not run', () => {
  it('prefixes text that starts like a formula, and quotes CSV where needed', () => {
    expect(['=1+2', '+86', '-x', '@SUM(A1)', '\tx', 'ok'].map(inertText)).toEqual(["'=1+2", "'+86", "'-x", "'@SUM(A1)", "'\tx", 'ok']);
    expect(csvFile([['a,b', 'say "hi"', 12, null, '=cmd'], ['two\nlines']])).toBe('\uFEFF"a,b","say ""hi""",12,,\'=cmd\r\n"two\nlines"\r\n');
  });
});
