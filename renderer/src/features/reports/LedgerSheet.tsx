import { useTranslation } from 'react-i18next';
import type { LedgerOutput } from '../../../../electron/shared/contract/reports';
import { periodLabel } from '../../../../electron/shared/report-period';
import { addDays } from '../../../../electron/shared/time';
import './report-sheets.css';

/** Who the report covers, as its heading says it: the unit, and the site or space. */
export function scopeText(l: Pick<LedgerOutput, 'scope' | 'unit'>, english: boolean, subdistrict: string): string {
  const name = (n: string, en: string) => (english && en ? en : n);
  if (l.scope.kind === 'subdistrict') return l.unit || subdistrict;
  if (l.scope.kind === 'site') return name(l.scope.name, l.scope.nameEn);
  return `${name(l.scope.siteName, l.scope.siteNameEn)} · ${name(l.scope.name, l.scope.nameEn)}`;
}

/**
 * 台账 on A4 portrait: heading with the unit, scope and period, every held activity in
 * date order (the table's header repeats on every printed page), totals, and the lines
 * to sign. Organisers' names only: nothing here is a phone number.
 */
export function LedgerSheet({ ledger }: { ledger: LedgerOutput }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const lang = english ? 'en' : 'zh';
  const name = (n: string, en: string) => (english && en ? en : n);
  const truncated = ledger.rows.length < ledger.total;
  return (
    <article className="report-sheet ledger-sheet" aria-label={t('reports.ledger.title')} lang={english ? 'en' : 'zh-CN'}>
      <header className="report-sheet-head">
        <h1>{t('reports.ledger.title')}</h1>
        <div className="report-sheet-lines">
          {ledger.unit && <span>{t('reports.ledger.unitLine', { unit: ledger.unit })}</span>}
          {/* The unit already names the subdistrict: the scope line says only that it is all of it. */}
          <span>{t('reports.ledger.scopeLine', { scope: scopeText({ ...ledger, unit: '' }, english, t('reports.scope.subdistrict')) })}</span>
          <span>{t('reports.ledger.periodLine', { period: periodLabel(ledger.period, lang), from: ledger.period.from, to: addDays(ledger.period.to, -1) })}</span>
        </div>
      </header>
      {truncated && <p className="ledger-warning">{t('reports.ledger.truncated', { total: ledger.total, shown: ledger.rows.length })}</p>}
      <table className="ledger-table">
        <thead>
          <tr>
            {(['no', 'date', 'time', 'place', 'title', 'organiser', 'audience', 'heads', 'checkedIn'] as const).map((c) => (
              <th key={c} className={`col-${c}`}>
                {t(`reports.ledger.cols.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ledger.rows.map((r, i) => (
            <tr key={r.id}>
              <td className="col-no">{i + 1}</td>
              <td className="col-date">{r.date}</td>
              <td className="col-time">
                {r.start}–{r.end}
              </td>
              <td className="col-place">
                {ledger.scope.kind === 'subdistrict' && <>{name(r.siteName, r.siteNameEn)} · </>}
                {name(r.spaceName, r.spaceNameEn)}
              </td>
              <td className="col-title">{r.title}</td>
              <td className="col-organiser">{english ? r.organiserEn : r.organiser}</td>
              <td className="col-audience">{name(r.audienceName, r.audienceNameEn)}</td>
              <td className="col-heads">{r.headCount}</td>
              <td className="col-checkedIn">{r.checkedIn ? t('reports.ledger.yes') : t('reports.ledger.no')}</td>
            </tr>
          ))}
          {ledger.rows.length === 0 && (
            <tr>
              <td colSpan={9} className="ledger-empty">
                {t('reports.ledger.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <p className="ledger-totals">{t('reports.ledger.totals', { total: ledger.total, heads: ledger.totalHeads, checkedIn: ledger.checkedIn })}</p>
      <footer className="ledger-sign">
        <span>{t('reports.ledger.signer')}：</span>
        <span>{t('reports.ledger.reviewer')}：</span>
        <span>{t('reports.ledger.date')}：</span>
      </footer>
    </article>
  );
}
