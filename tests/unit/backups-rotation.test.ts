/**
 * Which backups the rotation keeps: everything from the last day, then one a day for a
 * week, one a week for four weeks, one a month for a year; never a backup made by
 * hand or the copy an undo needs, and always the newest few.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupFolder, shanghaiSeconds } from '../../electron/main/backups/folder';
import { backupsToKeep, ROTATION, type RotatedBackup } from '../../electron/main/backups/rotation';

const NOW = '2026-11-23T09:00:00';

/** A backup every `hours` hours going back `days` days from NOW. */
function everyHours(hours: number, days: number): RotatedBackup[] {
  const end = Date.parse(`${NOW}Z`);
  const list: RotatedBackup[] = [];
  for (let t = end; t > end - days * 86_400_000; t -= hours * 3_600_000) {
    const at = new Date(t).toISOString().slice(0, 19);
    list.push({ id: at, at, manual: false });
  }
  return list;
}

describe('rotation of backups', () => {
  it('a backup every 4 hours for two years keeps the last day, one a day, one a week and the month-ends', () => {
    const kept = [...backupsToKeep(everyHours(4, 730), NOW)].sort().reverse();
    expect(kept).toEqual([
      // The last 24 hours, all of them.
      '2026-11-23T09:00:00', '2026-11-23T05:00:00', '2026-11-23T01:00:00', '2026-11-22T21:00:00', '2026-11-22T17:00:00', '2026-11-22T13:00:00',
      // The last of each of the 7 days (those of the 23rd and the 22nd are among the 24 hours above).
      '2026-11-21T21:00:00', '2026-11-20T21:00:00', '2026-11-19T21:00:00', '2026-11-18T21:00:00', '2026-11-17T21:00:00',
      // The last of each of the 4 weeks (weeks from Monday; the week of the 16th ends on the 22nd, above).
      '2026-11-15T21:00:00', '2026-11-08T21:00:00',
      // The last of each of the 12 months.
      '2026-10-31T21:00:00', '2026-09-30T21:00:00', '2026-08-31T21:00:00', '2026-07-31T21:00:00', '2026-06-30T21:00:00', '2026-05-31T21:00:00',
      '2026-04-30T21:00:00', '2026-03-31T21:00:00', '2026-02-28T21:00:00', '2026-01-31T21:00:00', '2025-12-31T21:00:00',
    ]);
  });

  it('never removes a backup made by hand or a pinned one, and keeps the newest three however old', () => {
    const old = [
      { id: 'a', at: '2024-01-05T10:00:00', manual: false },
      { id: 'b', at: '2024-01-04T10:00:00', manual: false },
      { id: 'c', at: '2024-01-03T10:00:00', manual: false },
      { id: 'd', at: '2024-01-02T10:00:00', manual: false },
      { id: 'hand', at: '2023-06-01T10:00:00', manual: true },
      { id: 'undo', at: '2023-05-01T10:00:00', manual: false },
      { id: 'e', at: '2023-04-01T10:00:00', manual: false },
    ];
    expect([...backupsToKeep(old, NOW, new Set(['undo']))].sort()).toEqual(['a', 'b', 'c', 'hand', 'undo']);
  });

  const backup = fc.record({
    // Two years before NOW to a little after (a clock that was set wrong).
    t: fc.integer({ min: Date.parse('2024-11-23T00:00:00Z'), max: Date.parse('2026-11-24T00:00:00Z') }),
    manual: fc.boolean(),
  });
  const lists = fc.uniqueArray(backup, { selector: (b) => Math.floor(b.t / 1000), maxLength: 120 }).map((bs) =>
    bs.map((b, i) => ({ id: `b${i}`, at: new Date(b.t).toISOString().slice(0, 19), manual: b.manual })),
  );

  it('keeps only backups it was given, always the newest, all made by hand, and a bounded number of the rest', () => {
    fc.assert(
      fc.property(lists, (list) => {
        const keep = backupsToKeep(list, NOW);
        const ids = new Set(list.map((b) => b.id));
        expect([...keep].every((id) => ids.has(id))).toBe(true);
        for (const b of list.filter((x) => x.manual)) expect(keep.has(b.id)).toBe(true);
        if (list.length) expect(keep.has([...list].sort((a, b) => (a.at < b.at ? 1 : -1))[0].id)).toBe(true);
        const lastDay = list.filter((b) => Date.parse(`${NOW}Z`) - Date.parse(`${b.at}Z`) < ROTATION.hours * 3_600_000).length;
        const automatic = list.filter((b) => !b.manual && keep.has(b.id)).length;
        expect(automatic).toBeLessThanOrEqual(lastDay + ROTATION.days + ROTATION.weeks + ROTATION.months + ROTATION.newest);
      }),
    );
  });

  it('running it again on what it kept keeps all of it', () => {
    fc.assert(
      fc.property(lists, (list) => {
        const keep = backupsToKeep(list, NOW);
        const again = backupsToKeep(list.filter((b) => keep.has(b.id)), NOW);
        expect([...again].sort()).toEqual([...keep].sort());
      }),
    );
  });

  it('each of the last 7 days, 4 weeks and 12 months that had a backup still has one', () => {
    const day = (at: string) => at.slice(0, 10);
    const month = (at: string) => at.slice(0, 7);
    const monday = (at: string) => {
      const d = new Date(`${day(at)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    };
    const recentDays = new Set(Array.from({ length: 7 }, (_, i) => new Date(Date.parse('2026-11-23T00:00:00Z') - i * 86_400_000).toISOString().slice(0, 10)));
    const recentWeeks = new Set(['2026-11-23', '2026-11-16', '2026-11-09', '2026-11-02']);
    const recentMonths = new Set(Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2026, 10 - i, 1)).toISOString().slice(0, 7)));
    fc.assert(
      fc.property(lists, (list) => {
        const keep = backupsToKeep(list, NOW);
        for (const [of, recent] of [[day, recentDays], [monday, recentWeeks], [month, recentMonths]] as const) {
          const had = new Set(list.map((b) => of(b.at)).filter((k) => recent.has(k)));
          const has = new Set(list.filter((b) => keep.has(b.id)).map((b) => of(b.at)));
          for (const k of had) expect(has.has(k), k).toBe(true);
        }
      }),
    );
  });

  it('the backups folder deletes what the rotation does not keep, with the counts beside each file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stagger-rotation-'));
    const folder = new BackupFolder(dir);
    const make = (at: string, kind: string) => {
      const name = `stagger-${at.slice(0, 10)}_${at.slice(11).replace(/:/g, '-')}_${kind}.db`;
      fs.writeFileSync(path.join(dir, name), 'x');
      fs.writeFileSync(path.join(dir, name.replace(/\.db$/, '.json')), '{}');
      return name;
    };
    const names = everyHours(4, 60).map((b) => make(b.at, 'scheduled'));
    const hand = make('2026-01-02T10:00:00', 'manual');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    const removed = folder.rotate(NOW, new Set());
    const left = folder.list().map((b) => b.id);
    expect(left).toContain(hand);
    expect(new Set([...left, ...removed])).toEqual(new Set([...names, hand]));
    expect(left.length).toBe(backupsToKeep(everyHours(4, 60), NOW).size + 1);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json')).length).toBe(left.length);
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
  });

  it('names a backup after its Shanghai time', () => {
    expect(shanghaiSeconds(new Date('2026-11-22T16:30:05.120Z'))).toBe('2026-11-23T00:30:05');
  });
});
