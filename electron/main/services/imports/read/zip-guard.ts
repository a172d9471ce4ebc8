/**
 * An .xlsx is a zip. Before exceljs unpacks it (it has no guard of its own), its central
 * directory is read with yauzl, which unpacks nothing: too many entries, too much in
 * total, or an entry that grows far more than spreadsheet XML ever does is a zip bomb,
 * refused before a byte is inflated. A file cut short has no central directory, or
 * names parts that lie beyond its end.
 */
import yauzl from 'yauzl';
import type { AppError } from '../../../../shared/errors';
import { MAX_RATIO, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES, RATIO_FREE_BYTES, refused } from './limits';

export interface ZipSummary {
  entries: number;
  unpackedBytes: number;
}

const truncated = () => refused('truncated', 'The file is incomplete (cut short); nothing was imported');

/** The problem with one entry of the directory, or null when it is an ordinary part. */
function entryProblem(entry: yauzl.Entry, unpackedSoFar: number, fileSize: number): AppError | null {
  if (unpackedSoFar > MAX_UNPACKED_BYTES) return refused('zip_bomb', 'The workbook would unpack to too much', { reason: 'size' });
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > RATIO_FREE_BYTES && ratio > MAX_RATIO) {
    return refused('zip_bomb', `A part of the workbook grows ${Math.round(ratio)} times`, { reason: 'ratio' });
  }
  if (entry.relativeOffsetOfLocalHeader + entry.compressedSize > fileSize) return truncated();
  return null;
}

export async function inspectZip(bytes: Buffer): Promise<ZipSummary> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: false });
  } catch {
    throw truncated();
  }
  if (zip.entryCount > MAX_ZIP_ENTRIES) {
    zip.close();
    throw refused('zip_bomb', `The workbook holds ${zip.entryCount} parts`, { reason: 'entries' });
  }
  return new Promise<ZipSummary>((resolve, reject) => {
    let unpacked = 0;
    let entries = 0;
    const stop = (e: AppError) => {
      zip.close();
      reject(e);
    };
    zip.on('entry', (entry: yauzl.Entry) => {
      entries++;
      unpacked += entry.uncompressedSize;
      const problem = entryProblem(entry, unpacked, bytes.length);
      if (problem) stop(problem);
      else zip.readEntry();
    });
    zip.on('end', () => resolve({ entries, unpackedBytes: unpacked }));
    zip.on('error', () => stop(truncated()));
    zip.readEntry();
  });
}
