import fs from 'node:fs/promises';
import { AppError } from '../../../shared/errors';
import type { Handlers } from '../handlers';
import type { ServiceContext } from '../context';
import { fileSaverOf } from '../files/saver';
import { buildLedger, readReportSettings, saveReportSettings } from './ledger';
import { buildReport } from './report';
import { usageReport } from './usage';
import { buildWorkbook } from './workbook';

type ReportMethods = 'reports.usage' | 'reports.figures' | 'reports.ledger' | 'reports.settings.get' | 'reports.settings.save' | 'reports.exportWorkbook';

/** The workbook's ledger sheet stops here; a longer ledger is a sign the scope is too wide to file. */
const WORKBOOK_LEDGER_ROWS = 100_000;

export function reportsHandlers(ctx: ServiceContext): Handlers<ReportMethods> {
  return {
    'reports.usage': async (i, db) => usageReport(db, i),
    'reports.figures': async (i, db) => buildReport(ctx, db, i),
    'reports.ledger': async (i, db) => buildLedger(ctx, db, i),
    'reports.settings.get': async (_i, db) => readReportSettings(db),
    'reports.settings.save': async (i, tx) => saveReportSettings(ctx, tx, i),
    'reports.exportWorkbook': async ({ language, charts, fileName, ...query }, db) => {
      // Outside the desktop app there is nowhere to save: say so before any work. Then the
      // workbook: one that cannot be built never opens a dialog.
      const saver = fileSaverOf(ctx);
      const report = await buildReport(ctx, db, query);
      const ledger = await buildLedger(ctx, db, query, WORKBOOK_LEDGER_ROWS);
      const buffer = await buildWorkbook(report, ledger, language, charts);
      const path = await saver.chooseSavePath({ suggestedName: fileName, filterName: 'Excel', extensions: ['xlsx'] });
      if (path === null) return { path: null };
      try {
        await fs.writeFile(path, buffer);
      } catch {
        // Most often the file is open in Excel, or the folder is read-only.
        throw new AppError('validation', 'reports.write_failed', `Could not write ${path}`, { params: { path } });
      }
      return { path };
    },
  };
}
