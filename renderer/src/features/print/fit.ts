/**
 * How a booking's text fits its block on the printed week. The sheet has a fixed
 * size, so the fit is worked out from mm, not measured: wide (CJK) characters are one
 * em, Latin ones a little over half. A title that cannot fit even in the smallest
 * size gets a numbered note under the grid, so every title is printed in full.
 */

/** Page geometry of the week sheet on A4 (see print.css). */
export const SHEET = {
  /** Height of the hour grid when nothing else needs room. */
  gridMm: 122,
  /** The width of one weekday column: sheet minus padding minus the hour axis, by seven. */
  columnMm: (297 - 18 - 11) / 7,
  /** Width for notes under the grid. */
  notesWidthMm: 297 - 18,
  noticeMm: 8,
  /** The English line under a bilingual sheet's title. */
  englishTitleMm: 6,
};

const BLOCK_CHROME_MM = 2.2 + 1.8 + 0.8; // patterned bar, padding, borders
const PADDING_MM = 1.2;
export const TIME_LINE_MM = 3.6;
export const ORGANISATION_LINE_MM = 3.4;
/** Title sizes to try, largest first. */
const TITLE_MM = [3.8, 3.3, 2.9];
const LINE_HEIGHT = 1.2;
const COMPACT_MM = 2.9;
/** Latin text wraps at spaces, not anywhere: allow for the ragged right edge. */
const WRAP_SLACK = 1.12;

export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u0000-\u024f\u2000-\u206f]/.test(ch) ? 0.56 : 1;
  return em;
}

export interface BlockFit {
  /** One line, time and title, for blocks too short for more. */
  compact: boolean;
  titleMm: number;
  /** Title lines the block can show (the title is clamped to these). */
  lines: number;
  /** Narrow lanes show the start time only. */
  timeRange: boolean;
  showOrganisation: boolean;
  /** False when the title does not fit and needs a note under the grid. */
  fits: boolean;
}

export function fitBlock(title: string, organisation: string, heightMm: number, lanes: number): BlockFit {
  const widthMm = SHEET.columnMm / lanes - BLOCK_CHROME_MM;
  const timeRange = widthMm >= 20;
  const titleEm = textWidthEm(title) * WRAP_SLACK;
  if (heightMm < PADDING_MM + TIME_LINE_MM + TITLE_MM[TITLE_MM.length - 1] * LINE_HEIGHT) {
    const timeEm = textWidthEm('00:00 ');
    return { compact: true, titleMm: COMPACT_MM, lines: 1, timeRange: false, showOrganisation: false, fits: (timeEm + titleEm) * COMPACT_MM <= widthMm };
  }
  const room = heightMm - PADDING_MM - TIME_LINE_MM;
  for (const titleMm of TITLE_MM) {
    const lineMm = titleMm * LINE_HEIGHT;
    const lines = Math.floor(room / lineMm);
    const needed = Math.max(1, Math.ceil((titleEm * titleMm) / widthMm));
    if (needed <= lines) {
      const showOrganisation = organisation !== '' && room - needed * lineMm >= ORGANISATION_LINE_MM;
      return { compact: false, titleMm, lines: needed, timeRange, showOrganisation, fits: true };
    }
  }
  const titleMm = TITLE_MM[TITLE_MM.length - 1];
  return { compact: false, titleMm, lines: Math.max(1, Math.floor(room / (titleMm * LINE_HEIGHT))), timeRange, showOrganisation: false, fits: false };
}

/** Height the notes under the grid take, in mm, at their printed size. */
export function notesHeightMm(notes: string[]): number {
  if (!notes.length) return 0;
  const noteMm = 3.2;
  const em = notes.reduce((sum, n) => sum + textWidthEm(n) + 3, 0);
  const rows = Math.ceil((em * noteMm) / SHEET.notesWidthMm);
  return rows * noteMm * 1.35 + 2.5;
}
