import { describe, expect, it } from 'vitest';
import { monthsOf, periodContaining, periodLabel, previousPeriod, samePeriodLastYear } from '../../electron/shared/report-period';
import { figureChange, formatChange } from '../../electron/shared/report-figures';

describe('report periods', () => {
  it('steps back a month across the new year, a quarter and a year', () => {
    expect(previousPeriod(periodContaining('month', '2026-01-15'))).toEqual({ kind: 'month', from: '2025-12-01', to: '2026-01-01' });
    expect(periodContaining('quarter', '2026-11-23')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2027-01-01' });
    expect(previousPeriod(periodContaining('quarter', '2026-02-01'))).toEqual({ kind: 'quarter', from: '2025-10-01', to: '2026-01-01' });
    expect(previousPeriod(periodContaining('year', '2026-06-01'))).toEqual({ kind: 'year', from: '2025-01-01', to: '2026-01-01' });
  });

  it('compares a range with as many days just before it, and with the same dates a year earlier', () => {
    const range = { kind: 'range' as const, from: '2026-03-10', to: '2026-03-20' };
    expect(previousPeriod(range)).toEqual({ kind: 'range', from: '2026-02-28', to: '2026-03-10' });
    expect(samePeriodLastYear(range)).toEqual({ kind: 'range', from: '2025-03-10', to: '2025-03-20' });
    // 29 February has no twin in 2027: the range starts on 1 March.
    expect(samePeriodLastYear({ kind: 'range', from: '2028-02-29', to: '2028-03-05' })).toEqual({ kind: 'range', from: '2027-03-01', to: '2027-03-05' });
  });

  it('names periods in both languages and lists the months a period touches', () => {
    expect(periodLabel(periodContaining('quarter', '2026-11-23'), 'zh')).toBe('2026年第4季度');
    expect(periodLabel(periodContaining('quarter', '2026-11-23'), 'en')).toBe('Q4 2026');
    expect(periodLabel({ kind: 'range', from: '2026-03-10', to: '2026-03-20' }, 'zh')).toBe('2026-03-10 至 2026-03-19');
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('gives amounts a relative change and rates a change in percentage points', () => {
    expect(figureChange('held', 120, 100)).toBeCloseTo(0.2);
    expect(figureChange('held', 5, 0)).toBeNull();
    expect(formatChange('held', 0.2, 'zh')).toBe('+20.0%');
    expect(figureChange('utilisation', 0.3, 0.25)).toBeCloseTo(0.05);
    expect(formatChange('utilisation', -0.05, 'zh')).toBe('−5.0 个百分点');
    expect(formatChange('utilisation', 0.05, 'en')).toBe('+5.0 pts');
  });
});
