/**
 * The printable sheets: the same element is shown in the preview and printed, so what
 * the desk sees is exactly what comes out of the printer.
 */
// The shared sheet styles come first so each sheet's own file can refine them.
import './print.css';
import type { Output } from '../../../../electron/shared/contract';
import type { PrintLanguage } from './language';
import { PrintLanguageProvider } from './language';
import { DeskSheet } from './DeskSheet';
import { WeekSheet } from './WeekSheet';

export type PrintKind = 'week' | 'desk';
export type Paper = 'A4' | 'A3';

export type PrintData =
  | { kind: 'week'; week: Output<'print.weekTimetable.get'> }
  | { kind: 'desk'; desk: Output<'print.deskSheet.get'> };

export function PrintSheets(props: { data: PrintData; language: PrintLanguage; paper: Paper }) {
  const { data } = props;
  return (
    <PrintLanguageProvider language={props.language}>
      <div className={`print-sheets paper-${props.paper}`} lang={props.language === 'en' ? 'en' : 'zh-CN'}>
        {/* Posters fill the whole page themselves; the desk sheet flows over pages inside a margin. */}
        <style>{`@page { size: ${props.paper} landscape; margin: ${data.kind === 'desk' ? '8mm' : '0'}; }`}</style>
        {data.kind === 'week'
          ? data.week.spaces.map((space) => (
              <WeekSheet key={space.id} space={space} weekStart={data.week.weekStart} today={data.week.today} audiences={data.week.audiences} />
            ))
          : <DeskSheet sheet={data.desk} />}
      </div>
    </PrintLanguageProvider>
  );
}
