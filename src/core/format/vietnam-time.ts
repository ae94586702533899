/** Instants shown as Vietnamese civil time (Asia/Ho_Chi_Minh: UTC+7, no daylight saving). */

const OFFSET_MS = 7 * 3600_000;

/** "2026-12-02 09:00" for an ISO instant; text that is not a timestamp is returned unchanged. */
export function formatVietnamTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const local = new Date(at + OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
