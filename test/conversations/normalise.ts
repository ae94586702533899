/**
 * What a user reads, written the same way whatever the channel, so that the answers of different
 * channels can be compared. Only what legitimately differs is smoothed out:
 * - a reply may come in several messages (each platform has its own length limit): they are joined;
 * - choices are buttons on Telegram and numbered lines on Zalo and the console: buttons are written
 *   as the numbered lines a channel without buttons shows;
 * - the console cannot print an empty line inside a reply (one ends it): empty lines are dropped.
 */
import type { SeenMessage } from './drivers/driver.js';

/** The reply as one text. */
export function readable(messages: readonly SeenMessage[]): string {
  const text = messages.map((m) => m.text).join('\n');
  const choices = messages.flatMap((m) => m.buttons).map((b, i) => (b.label.startsWith(`${i + 1}. `) ? b.label : `${i + 1}. ${b.label}`));
  const lines = new Set(text.split('\n').map((line) => line.trim()));
  const shown = choices.every((line) => lines.has(line)) ? text : `${text}\n${choices.join('\n')}`;
  return shown.replace(/\n\s*\n/g, '\n').trim();
}
