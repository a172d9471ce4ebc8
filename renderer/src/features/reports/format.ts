/** Numbers as the report's tables show them. */
export const hrs = (minutes: number) => (Math.round(minutes / 6) / 10).toLocaleString(undefined, { maximumFractionDigits: 1 });
export const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
export const int = (n: number) => n.toLocaleString();
