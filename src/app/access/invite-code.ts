/**
 * Invite codes are secrets shown once: the store keeps a SHA-256 hash of the normalised code (looked
 * up when a code is typed) and a two-character hint for listings, never the code. Plain SHA-256,
 * without a pepper: the codes are random, single use and short-lived, no configured secret is meant
 * for this, and the migration that hashed the codes already stored had only PostgreSQL's sha256().
 * The reply that shows a code, the audit trail and the logs carry the hint instead.
 */
import { createHash } from 'node:crypto';

/** How a code is written back: case and spaces as typed do not matter. */
export function normalizeCode(text: string): string {
  return text.trim().toUpperCase();
}

/** The stored form of a code: lower-case hex SHA-256 of the normalised code (as the migration computes it). */
export function hashInviteCode(code: string): string {
  return createHash('sha256').update(normalizeCode(code), 'utf8').digest('hex');
}

/** Characters of a code's end kept as its hint. */
export const INVITE_HINT_LENGTH = 2;

/** The last two characters of the normalised code, shown in listings as "…XP". */
export function inviteCodeHint(code: string): string {
  return normalizeCode(code).slice(-INVITE_HINT_LENGTH);
}

/** How listings show a code they no longer know: "…XP". */
export function shownHint(hint: string): string {
  return `…${hint}`;
}

/** What stands in for a code in stored or logged text. */
export const REDACTED_CODE = '‹code›';

/** `text` with every occurrence of each secret replaced by ‹code›. */
export function redactSecrets(text: string, secrets: readonly string[] | undefined): string {
  let redacted = text;
  for (const secret of secrets ?? []) if (secret !== '') redacted = redacted.split(secret).join(REDACTED_CODE);
  return redacted;
}
