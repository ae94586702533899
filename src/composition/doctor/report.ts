/**
 * One line of the doctor's report per thing checked: ✓ works, ✗ broken (with what to do), – not
 * configured or not checked. Texts are plain words for the person running the deployment, and never
 * carry a secret: no token, no password, no URL with credentials.
 */

/** How a check came out. `off`: not configured (optional) or skipped because something before it failed. */
export type CheckStatus = 'ok' | 'failed' | 'off';

/** One checked thing and what was found. */
export interface CheckLine {
  readonly status: CheckStatus;
  /** "Configuration", "Database", "Telegram webhook" … */
  readonly piece: string;
  readonly text: string;
}

export const passed = (piece: string, text: string): CheckLine => ({ status: 'ok', piece, text });
export const failed = (piece: string, text: string): CheckLine => ({ status: 'failed', piece, text });
export const off = (piece: string, text: string): CheckLine => ({ status: 'off', piece, text });

const MARKS: Readonly<Record<CheckStatus, string>> = { ok: '✓', failed: '✗', off: '–' };

/** "✓ Redis: redis://redis:6379 answers …". */
export function formatLine(line: CheckLine): string {
  return `${MARKS[line.status]} ${line.piece}: ${line.text}`;
}

/** The closing line: all good, or how many ✗ lines there are. */
export function summary(lines: readonly CheckLine[]): string {
  const problems = lines.filter((line) => line.status === 'failed').length;
  if (problems === 0) return 'Everything configured works.';
  return `${problems} problem${problems === 1 ? '' : 's'} found: see the ✗ line${problems === 1 ? '' : 's'} above.`;
}

/** "12 minutes ago", "3 hours ago", "2 days ago" from a time in seconds since the epoch. */
export function ago(unixSeconds: number, nowMs: number): string {
  const minutes = Math.max(0, Math.round((nowMs / 1000 - unixSeconds) / 60));
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hours ago`;
  return `${Math.round(hours / 24)} days ago`;
}

/** Names joined for a line, at most `max` of them: "a, b and 3 more". */
export function someNames(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
