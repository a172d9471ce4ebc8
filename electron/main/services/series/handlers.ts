import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { previewMove, previewSeries } from './occurrences';
import { createSeries, listSeries, restoreOccurrence, seriesView } from './series';
import { applyEdit, previewEdit } from './series-edit';

type SeriesMethods =
  | 'series.preview'
  | 'series.previewMove'
  | 'series.create'
  | 'series.get'
  | 'series.list'
  | 'series.previewEdit'
  | 'series.applyEdit'
  | 'series.restoreOccurrence';

export function seriesHandlers(ctx: ServiceContext): Handlers<SeriesMethods> {
  return {
    'series.preview': async (s, db) => previewSeries(db, s, ctx.now()),
    'series.previewMove': async ({ series, date, start, end, bookingId }, db) => previewMove(db, series, date, { start, end }, ctx.now(), bookingId),
    'series.create': async ({ series, decisions }, tx) => createSeries(ctx, tx, series, decisions),
    'series.get': async ({ id }, db) => seriesView(db, id),
    'series.list': async (filter, db) => listSeries(db, filter),
    'series.previewEdit': async (e, db) => previewEdit(ctx, db, e),
    'series.applyEdit': async (e, tx) => applyEdit(ctx, tx, e),
    'series.restoreOccurrence': async ({ seriesId, version, date }, tx) => restoreOccurrence(ctx, tx, seriesId, version, date),
  };
}
