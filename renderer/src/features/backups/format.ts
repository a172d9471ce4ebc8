/** A backup's wall-clock time as the screen shows it: `2026-11-23 09:00:05` (two backups a minute apart stay apart). */
export function formatWhen(at: string): string {
  return at.slice(0, 19).replace('T', ' ');
}

/** Bytes as KB or MB, one decimal for MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
