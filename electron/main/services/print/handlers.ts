import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { printerOf } from './printer';
import { deskSheet, weekTimetable } from './timetables';

type PrintMethods = 'print.weekTimetable.get' | 'print.deskSheet.get' | 'print.toPdf' | 'print.print';

export function printHandlers(ctx: ServiceContext): Handlers<PrintMethods> {
  return {
    'print.weekTimetable.get': async (i, db) => weekTimetable(ctx, db, i),
    'print.deskSheet.get': async (i, db) => deskSheet(ctx, db, i),
    'print.toPdf': async (job) => printerOf(ctx).savePdf(job),
    'print.print': async (job) => printerOf(ctx).print(job),
  };
}
