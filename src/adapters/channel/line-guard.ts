/**
 * The canned lines a channel sends without the application (the bot reads text only, an edit changes
 * nothing) go past the per-user flood limit, which sits in the message handler. A burst of stickers
 * would get one line each, and the platform would start refusing with 429s. So each chat gets a given
 * line at most once per window: saying it again adds nothing.
 */

/** Our choice: 30 seconds, long enough for any burst, short enough to answer a later mistake. */
export const LINE_WINDOW_MS = 30_000;
/** Chats remembered at most; the oldest are forgotten first. */
const REMEMBERED = 10_000;

/** Whether a line may go to a chat now; records it when it may. */
export type LineGuard = (chatAndLine: string, nowMs?: number) => boolean;

/** Creates a guard with its own memory (one per channel adapter). */
export function createLineGuard(windowMs = LINE_WINDOW_MS): LineGuard {
  const lastSent = new Map<string, number>();
  return (key, nowMs = Date.now()) => {
    const last = lastSent.get(key);
    if (last !== undefined && nowMs - last < windowMs) return false;
    lastSent.delete(key);
    lastSent.set(key, nowMs);
    if (lastSent.size > REMEMBERED) lastSent.delete(lastSent.keys().next().value as string);
    return true;
  };
}
