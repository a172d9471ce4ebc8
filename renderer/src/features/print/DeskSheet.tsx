/**
 * The desk's own sheet for a site's day: every booking in time order with the contact
 * and phone to call, the expected head count and a box to tick on arrival. It carries
 * personal data, so it is for the desk and never for the door.
 */
import type { Output } from '../../../../electron/shared/contract';
import type { DeskSheetHold, DeskSheetRow } from '../../../../electron/shared/contract/print';
import { timePart } from '../../../../electron/shared/time';
import { Bi, useSheetText } from './language';
import { swatch } from './patterns';
import { legendIndex, Legend, SheetFooter } from './SheetParts';
import { fullDate } from './sheetDates';
import './desk-sheet.css';

const COLUMNS = ['time', 'space', 'title', 'organisation', 'contact', 'phone', 'headCount', 'status', 'checkIn'] as const;

/** One line per booking that holds other spaces (the whole court: both halves), listing them. */
interface HeldLine {
  key: string;
  start: string;
  end: string;
  relation: DeskSheetHold['relation'];
  title: string;
  organisationName: string | null;
  spaces: { zh: string; en: string }[];
}

function heldLines(held: DeskSheetHold[]): HeldLine[] {
  const lines = new Map<string, HeldLine>();
  for (const h of held) {
    const key = `${h.bookingId}-${h.relation}`;
    const line = lines.get(key) ?? { key, start: h.start, end: h.end, relation: h.relation, title: h.title, organisationName: h.organisationName, spaces: [] };
    line.spaces.push({ zh: h.spaceName, en: h.spaceNameEn });
    lines.set(key, line);
  }
  return [...lines.values()];
}

export function DeskSheet(props: { sheet: Output<'print.deskSheet.get'> }) {
  const s = useSheetText();
  const { sheet } = props;
  // The site's bookings and the ground their families hold, in one time order.
  const lines: ({ start: string; row: DeskSheetRow } | { start: string; held: HeldLine })[] = [
    ...sheet.rows.map((row) => ({ start: row.start, row })),
    ...heldLines(sheet.held).map((held) => ({ start: held.start, held })),
  ].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 'held' in a ? 1 : 'held' in b ? -1 : 0));
  const people = sheet.rows.filter((r) => r.status !== 'no_show').reduce((sum, r) => sum + r.headCount, 0);
  return (
    <section className="print-sheet desk-sheet" role="article" aria-label={s.one(s.t('print.sheet.deskTitle'))}>
      <header className="sheet-header">
        <div className="sheet-heading">
          <div className="sheet-site">
            <Bi inline text={s.t('print.sheet.deskTitle')} />
          </div>
          <h1 className="sheet-title">
            <Bi text={s.name(sheet.site)} />
          </h1>
        </div>
        <div className="sheet-week">
          <div className="sheet-week-range desk-date">
            <Bi text={fullDate(sheet.date)} />
          </div>
          <div className="sheet-kind">
            <Bi inline text={s.t('print.sheet.total', { count: sheet.rows.length, people })} />
          </div>
        </div>
      </header>
      <table className="desk-table">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} className={`desk-${c}`}>
                <Bi text={s.t(`print.sheet.columns.${c}`)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            if ('held' in line) {
              const h = line.held;
              return (
                <tr key={h.key} className="desk-held">
                  <td className="desk-time">
                    <span className="sheet-swatch sheet-hold-swatch" />
                    {timePart(h.start)}–{timePart(h.end)}
                  </td>
                  <td className="desk-space">{h.spaces.map((sp) => s.one(sp)).join('、')}</td>
                  <td className="desk-title" colSpan={2}>
                    <b>{s.one(s.t(`occupancy.${h.relation}`))}</b> · {h.title}
                  </td>
                  <td colSpan={5} />
                </tr>
              );
            }
            const r = line.row;
            const i = legendIndex(sheet.audiences, r.audienceId);
            return (
              <tr key={r.id} className={r.status === 'cancelled' || r.status === 'no_show' ? 'desk-inactive' : ''}>
                <td className="desk-time">
                  <span className="sheet-swatch" style={{ background: i < 0 ? 'transparent' : swatch(sheet.audiences[i].color, i) }} />
                  {timePart(r.start)}–{timePart(r.end)}
                </td>
                <td className="desk-space">{s.one({ zh: r.spaceName, en: r.spaceNameEn })}</td>
                <td className="desk-title">
                  {r.title}
                  {r.note && <div className="desk-note">{r.note}</div>}
                </td>
                <td className="desk-organisation">{s.one({ zh: r.organisationName ?? '', en: r.organisationNameEn ?? '' })}</td>
                <td className="desk-contact">{r.contactName}</td>
                <td className="desk-phone">{r.contactPhone}</td>
                <td className="desk-headCount">{r.headCount}</td>
                <td className="desk-status">{s.one(s.t(`booking.status.${r.status}`))}</td>
                <td className="desk-checkIn">
                  <span className="desk-box" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {sheet.rows.length === 0 && (
        <div className="sheet-notice">
          <Bi inline text={s.t('print.sheet.noBookings')} />
        </div>
      )}
      <SheetFooter site={sheet.site} today={sheet.today} legend={<Legend audiences={sheet.audiences} shown={sheet.audiences} held={sheet.held.length > 0} />} />
    </section>
  );
}
