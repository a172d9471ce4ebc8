/**
 * A .csv as Chinese offices save it: Excel and WPS write GB18030 (GBK) unless told
 * otherwise, newer ones UTF-8 with a byte-order mark. The bytes are tried as strict
 * UTF-8 first (a GBK file is almost never valid UTF-8), then read as GB18030, so nobody
 * is asked which encoding they used. Commas, tabs or semicolons are found from the
 * first line.
 */
import { parse } from 'csv-parse/sync';
import { MAX_ROWS, refused } from './limits';
import type { Grid } from './grid';

export type TextEncoding = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(body), encoding: 'gb18030' };
  }
}

/** The separator of the first non-empty line: the one it holds most of, outside quotes. */
function delimiterOf(text: string): string {
  const first = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const outside = first.replace(/"[^"]*"/g, '');
  const counts = [',', '\t', ';'].map((d) => ({ d, n: outside.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

export function readCsv(bytes: Uint8Array): Grid & { encoding: TextEncoding } {
  const { text, encoding } = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      // A quote inside a cell (=HYPERLINK("…")) is text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: false,
      trim: false,
      // Stop early on a huge file instead of reading all of it.
      to: MAX_ROWS + 21,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    throw refused('csv_unreadable', 'The CSV file cannot be read (a quote is not closed?)', { line });
  }
  if (records.length > MAX_ROWS + 20) throw refused('too_many_rows', `More than ${MAX_ROWS} rows`, { max: MAX_ROWS, found: records.length });
  return { encoding, rows: records.map((cells, i) => ({ line: i + 1, cells })) };
}
