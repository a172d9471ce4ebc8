import { describe, expect, it } from 'vitest';
import { fitBlock, notesHeightMm, textWidthEm } from '../../renderer/src/features/print/fit';

describe('fitting a booking into its block on the printed week', () => {
  it('counts Chinese characters as one em and Latin letters as about half', () => {
    expect(textWidthEm('居民晨读')).toBe(4);
    expect(textWidthEm('Club')).toBeCloseTo(2.24);
  });

  it('a two-hour booking alone in its day shows its time, whole title and organisation', () => {
    const fit = fitBlock('科研沙龙', '中科院上海技术物理研究所', 17, 1);
    expect(fit).toMatchObject({ compact: false, fits: true, timeRange: true, showOrganisation: true });
  });

  it('a half-hour booking is one line of time and title', () => {
    expect(fitBlock('血压测量', '', 4.4, 1)).toMatchObject({ compact: true, fits: true });
  });

  it('a long title squeezed into a third of a column does not fit and needs a note', () => {
    const fit = fitBlock('长者数字课堂：智能手机入门', '', 13, 3);
    expect(fit.fits).toBe(false);
    expect(fit.timeRange).toBe(false);
    expect(fit.lines).toBeGreaterThanOrEqual(1);
  });

  it('tries smaller type before giving up', () => {
    const fit = fitBlock('上外贤达学院社区口述史访谈工作坊（第三期）', '', 18, 1);
    expect(fit.fits).toBe(true);
    expect(fit.titleMm).toBeLessThan(3.8);
  });

  it('notes take no room when there are none, and a row per sheet width when there are', () => {
    expect(notesHeightMm([])).toBe(0);
    expect(notesHeightMm(['周一 09:00–10:30 长者数字课堂：智能手机入门'])).toBeGreaterThan(4);
  });
});
