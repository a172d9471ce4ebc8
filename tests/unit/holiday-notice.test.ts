import { describe, expect, it } from 'vitest';
import { parseHolidayNotice } from '../../renderer/src/features/plans/holidayNotice';

const short = (days: { date: string; kind: string; name: string; followsWeekday: number | null }[]) =>
  days.map((d) => [d.date, d.kind, d.name, d.followsWeekday]);

describe('reading the holiday notice', () => {
  it('reads single holidays, ranges and make-up days with the weekday they follow', () => {
    const text = ['2027-01-01 元旦', '2027-02-06 至 2027-02-08 春节', '2027-02-20 补班 周四', '', '# 备注行'].join('\n');
    const r = parseHolidayNotice(text, 2027);
    expect(r.errors).toEqual([]);
    expect(short(r.days)).toEqual([
      ['2027-01-01', 'holiday', '元旦', null],
      ['2027-02-06', 'holiday', '春节', null],
      ['2027-02-07', 'holiday', '春节', null],
      ['2027-02-08', 'holiday', '春节', null],
      ['2027-02-20', 'workday', '', 4],
    ]);
    expect(r.days.map((d) => d.line)).toEqual([1, 2, 2, 2, 3]);
  });

  it('is lenient: Chinese dates, full-width digits, other range words and the notice’s own wording', () => {
    const text = ['劳动节：5月1日至5日放假调休，共5天', '２０２７年４月２５日（星期日）上班 按星期一', '2027/10/1~2027/10/3 国庆节', '2027.6.19 端午节'].join('\n');
    const r = parseHolidayNotice(text, 2027);
    expect(r.errors).toEqual([]);
    expect(short(r.days)).toEqual([
      ['2027-04-25', 'workday', '', 1],
      ['2027-05-01', 'holiday', '劳动节', null],
      ['2027-05-02', 'holiday', '劳动节', null],
      ['2027-05-03', 'holiday', '劳动节', null],
      ['2027-05-04', 'holiday', '劳动节', null],
      ['2027-05-05', 'holiday', '劳动节', null],
      ['2027-06-19', 'holiday', '端午节', null],
      ['2027-10-01', 'holiday', '国庆节', null],
      ['2027-10-02', 'holiday', '国庆节', null],
      ['2027-10-03', 'holiday', '国庆节', null],
    ]);
  });

  it('reports every bad line with its number and keeps the good ones', () => {
    const text = ['元旦放假', '2027-02-30 春节', '2026-12-31 元旦', '2027-03-05 至 2027-03-01 错', '2027-02-20 补班', '2027-01-01 元旦', '2027-01-01 又一次', '2027-01-01 至 2027-03-01 太长'].join('\n');
    const r = parseHolidayNotice(text, 2027);
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [1, 'no_date'],
      [2, 'bad_date'],
      [3, 'wrong_year'],
      [4, 'end_before_start'],
      [5, 'needs_weekday'],
      [7, 'duplicate'],
      [8, 'range_too_long'],
    ]);
    expect(r.errors[6].params).toMatchObject({ max: 31 });
    expect(r.errors[5].params).toEqual({ date: '2027-01-01', other: 6 });
    expect(r.errors[0].text).toBe('元旦放假');
    expect(short(r.days)).toEqual([['2027-01-01', 'holiday', '元旦', null]]);
  });

  it('two dates without a range word are not a range', () => {
    const r = parseHolidayNotice('2027-09-15 中秋节 另见 2027-09-16', 2027);
    expect(r.days.map((d) => d.date)).toEqual(['2027-09-15']);
  });
});

describe('reading English lines', () => {
  it('understands make-up days with English weekday names', () => {
    const r = parseHolidayNotice(['2027-02-20 make-up Thursday', '2027-10-09 workday Fri', '2027-01-01 New Year', '2027-11-11 Sunflower Day'].join('\n'), 2027);
    expect(r.errors).toEqual([]);
    expect(short(r.days)).toEqual([
      ['2027-01-01', 'holiday', 'New Year', null],
      ['2027-02-20', 'workday', '', 4],
      ['2027-10-09', 'workday', '', 5],
      ['2027-11-11', 'holiday', 'Sunflower Day', null],
    ]);
  });
});
