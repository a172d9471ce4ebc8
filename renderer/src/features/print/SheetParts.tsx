/** Pieces every printed sheet shares: the audience legend and the footer with the desk's details. */
import type { ReactNode } from 'react';
import type { LegendAudience } from '../../../../electron/shared/contract/print';
import { Bi, useSheetText } from './language';
import { swatch } from './patterns';

/** The legend index fixes an audience's pattern, so the same audience looks the same on every page. */
export function legendIndex(audiences: LegendAudience[], audienceId: number | null): number {
  return audienceId === null ? -1 : audiences.findIndex((a) => a.id === audienceId);
}

/** `held`: the sheet shows ground held by the whole court or a half, which gets its own entry. */
export function Legend(props: { audiences: LegendAudience[]; shown: LegendAudience[]; held?: boolean }) {
  const s = useSheetText();
  if (!props.shown.length && !props.held) return null;
  return (
    <div className="sheet-legend">
      <Bi className="sheet-legend-title" text={s.t('print.sheet.legend')} />
      <ul>
        {props.shown.map((a) => (
          <li key={a.id}>
            <span className="sheet-swatch" style={{ background: swatch(a.color, legendIndex(props.audiences, a.id)) }} />
            <Bi text={s.name(a)} />
          </li>
        ))}
        {props.held && (
          <li>
            <span className="sheet-swatch sheet-hold-swatch" />
            <Bi text={s.t('occupancy.legend')} />
          </li>
        )}
      </ul>
    </div>
  );
}

export function SheetFooter(props: {
  site: { name: string; nameEn: string; address: string; addressEn: string; phone: string };
  today: string;
  legend?: ReactNode;
}) {
  const s = useSheetText();
  return (
    <footer className="sheet-footer">
      <div className="sheet-footer-legend">{props.legend}</div>
      <div className="sheet-footer-contact">
        {props.site.phone && (
          <div className="sheet-phone">
            <Bi inline text={s.t('print.sheet.deskPhone')} /> <strong>{props.site.phone}</strong>
          </div>
        )}
        {props.site.address && (
          <div className="sheet-address">
            <Bi text={{ zh: props.site.address, en: props.site.addressEn }} />
          </div>
        )}
        <div className="sheet-printed">
          <Bi inline text={s.t('print.sheet.printedOn', { date: props.today })} /> · <Bi inline text={s.t('print.sheet.brand')} />
        </div>
      </div>
    </footer>
  );
}
