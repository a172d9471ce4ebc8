import type { TFunction } from 'i18next';
import type { CellProblem, ImportKind } from '../../../../electron/shared/contract/imports';

/** The column's header as the template names it, in the UI's language. */
export function columnLabel(t: TFunction, kind: ImportKind, column: string): string {
  return t(`imports.columns.${kind}.${column}`, { defaultValue: column });
}

/** 第 12 行「电话」：不是有效的手机号或座机号 */
export function problemText(t: TFunction, kind: ImportKind, line: number, p: CellProblem): string {
  const message = t(`errors.${p.code}`, { ...p.params, defaultValue: p.code });
  return p.column === null
    ? t('imports.problemInRow', { line, message })
    : t('imports.problemInCell', { line, column: columnLabel(t, kind, p.column), message });
}

/** A remark without the line (shown in the row itself). */
export function noticeText(t: TFunction, p: CellProblem): string {
  return t(`errors.${p.code}`, { ...p.params, defaultValue: p.code });
}
