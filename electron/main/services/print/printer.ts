/**
 * Printing and PDF output need Electron (webContents.print / printToPDF), which the
 * services must never import. The app provides an Electron printer for its backend
 * (electron/main/printing.ts); tests provide their own; without one, the print
 * methods answer with a clear error instead of failing silently.
 */
import { AppError } from '../../../shared/errors';
import type { PrintJob } from '../../../shared/contract/print';
import type { ServiceContext } from '../context';
import { providedPerContext } from '../provided';

export interface Printer {
  /** Render the window in print layout to a PDF and let the user save it; null when cancelled. */
  savePdf(job: PrintJob): Promise<{ path: string | null }>;
  /** Open the system print dialog; false when the user cancelled or printing failed. */
  print(job: PrintJob): Promise<{ printed: boolean }>;
}

const printers = providedPerContext<Printer>(() => new AppError('internal', 'print.unavailable', 'Printing is only available in the desktop app'));

/** Attach a printer to one backend's context (one window, one printer). */
export const providePrinter: (ctx: ServiceContext, printer: Printer) => void = printers.provide;
export const printerOf: (ctx: ServiceContext) => Printer = printers.of;
