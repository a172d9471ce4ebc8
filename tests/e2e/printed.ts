/**
 * Pages saved as the app prints them: the page in print media, saved by Chromium at the
 * sheets' own paper size, then read back with poppler (pdftotext, pdfinfo) and rendered
 * to PNGs beside the PDF (pdftoppm) for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const PRINT_DIR = path.resolve('test-results/print');

/** Save what the window shows as `file` in print media; `inPrint` runs while print media is on (checks of the laid-out sheets). */
export async function savePrintPdf(page: Page, file: string, inPrint?: () => Promise<void>): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.emulateMedia({ media: 'print' });
  await inPrint?.();
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
}

/** A saved PDF's text (pdftotext's raw order unless `layout`), its number and size of pages; its pages rendered to PNGs beside it. */
export function readPrintPdf(file: string, mode: 'raw' | 'layout' = 'raw'): { text: string; pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
  return {
    text: execFileSync('pdftotext', [`-${mode}`, file, '-'], { encoding: 'utf8' }),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    pageSize: /Page size:\s+(.*)/.exec(info)![1],
  };
}

/** Save the window as test-results/print/<name>.pdf and read it back. */
export async function printToPdf(page: Page, name: string, inPrint?: () => Promise<void>) {
  const file = path.join(PRINT_DIR, `${name}.pdf`);
  await savePrintPdf(page, file, inPrint);
  return readPrintPdf(file);
}

/** Text as printed, without the white space pdftotext puts where a line wrapped (or drops between English words). */
export const compact = (s: string) => s.replace(/\s+/g, '');
