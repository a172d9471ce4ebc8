/**
 * What a file really is, from its first bytes, whatever its name says: an .xlsx is a
 * zip, a .csv is text. A renamed program, an old .xls or a PDF is refused in words
 * before anything tries to parse it.
 */
import { refused } from './limits';

export type FileFormat = 'xlsx' | 'csv';

type Found = 'zip' | 'xls' | 'exe' | 'pdf' | 'image' | 'binary' | 'text' | 'empty';

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function sniff(bytes: Uint8Array): Found {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'exe';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46])) return 'image';
  // Text has no NUL bytes (UTF-16 would, and is not what Excel or WPS save as CSV).
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary' : 'text';
}

/** The format the name promises, checked against the bytes; throws a refusal in words. */
export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const found = sniff(bytes);
  if (found === 'empty') throw refused('empty_file', 'The file is empty');
  if (ext === 'xls' || found === 'xls') throw refused('old_xls', 'Old .xls files cannot be read; save the file as .xlsx');
  if (ext !== 'xlsx' && ext !== 'csv' && ext !== 'txt') throw refused('unsupported_type', `Only .xlsx and .csv files can be imported`, { ext });
  const expected = ext === 'xlsx' ? 'zip' : 'text';
  if (found !== expected) {
    throw refused('not_what_name_says', `The file is called .${ext} but is ${found}`, { ext, found });
  }
  return ext === 'xlsx' ? 'xlsx' : 'csv';
}
