/**
 * Finding the columns in a sheet as people make them: a title line or two above the
 * header, a header in Chinese or English (with notes in brackets, a * for required),
 * merged header cells, blank lines, a note line under the header and the template's
 * example row left in. Columns are found by their header, in any order; unknown
 * columns are ignored.
 */
import { isBlank, isBlankRow, type Cell, type Grid } from './grid';
import { textOf } from './values';

export interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  /** Other headers seen in real sheets. */
  aliases?: string[];
  required?: boolean;
}

export interface TableRow {
  line: number;
  /** The cell under each found column, by key. */
  cells: Record<string, Cell>;
}

export interface Table {
  /** The columns found, by key, in file order. */
  found: string[];
  /** Required columns the header does not have. */
  missing: string[];
  rows: TableRow[];
  /** Lines left out on purpose: the template's note line and its untouched example row. */
  skipped: { line: number; reason: 'note' | 'example' }[];
}

/** Lines looked at for the header: a title and a merged group header may sit above it. */
const HEADER_SEARCH_LINES = 10;

export function normaliseHeader(text: string): string {
  return text
    .replace(/[（(［\[【][^）)］\]】]*[）)］\]】]/g, '')
    .replace(/[\s*＊:：_\-]/g, '')
    .toLowerCase();
}

function labelsOf(spec: ColumnSpec): string[] {
  return [spec.zh, spec.en, ...(spec.aliases ?? [])].map(normaliseHeader);
}

function matchColumns(cells: Cell[], specs: ColumnSpec[]): Map<string, number> {
  const byLabel = new Map<string, string>();
  for (const s of specs) for (const l of labelsOf(s)) byLabel.set(l, s.key);
  const found = new Map<string, number>();
  cells.forEach((c, i) => {
    const key = byLabel.get(normaliseHeader(textOf(c)));
    if (key && !found.has(key)) found.set(key, i);
  });
  return found;
}

const NOTE_RE = /^(说明|注意|注[:：]|填写说明|提示|note|notes|hint)/i;

export function readTable(grid: Grid, specs: ColumnSpec[], example?: Record<string, string>): Table {
  const candidates = grid.rows.slice(0, HEADER_SEARCH_LINES);
  let best = { index: -1, columns: new Map<string, number>() };
  candidates.forEach((row, index) => {
    const columns = matchColumns(row.cells, specs);
    if (columns.size > best.columns.size) best = { index, columns };
  });
  const required = specs.filter((s) => s.required).map((s) => s.key);
  if (best.index < 0) return { found: [], missing: required, rows: [], skipped: [] };
  // A header merged over two lines: a column the chosen line leaves blank takes its name from the line above.
  const above = best.index > 0 ? matchColumns(grid.rows[best.index - 1].cells, specs) : new Map<string, number>();
  const taken = new Set(best.columns.values());
  for (const [key, i] of above) if (!best.columns.has(key) && !taken.has(i) && isBlank(grid.rows[best.index].cells[i] ?? null)) best.columns.set(key, i);
  const columns = [...best.columns.entries()].sort((a, b) => a[1] - b[1]);
  const table: Table = {
    found: columns.map(([k]) => k),
    missing: required.filter((k) => !best.columns.has(k)),
    rows: [],
    skipped: [],
  };
  for (const row of grid.rows.slice(best.index + 1)) {
    if (isBlankRow(row)) continue;
    const cells: Record<string, Cell> = {};
    for (const [k, i] of columns) cells[k] = row.cells[i] ?? null;
    if (columns.every(([k]) => isBlank(cells[k]))) continue;
    const first = row.cells.find((c) => !isBlank(c));
    if (first !== undefined && NOTE_RE.test(textOf(first))) {
      table.skipped.push({ line: row.line, reason: 'note' });
      continue;
    }
    if (example && Object.entries(example).every(([k, v]) => !(k in cells) || textOf(cells[k]) === v)) {
      table.skipped.push({ line: row.line, reason: 'example' });
      continue;
    }
    table.rows.push({ line: row.line, cells });
  }
  return table;
}
