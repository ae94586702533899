/**
 * "Who cannot be reached": the units that owe a report and that no reminder can reach, grouped by
 * what the administrator has to do about it, the quickest fix first (ask someone to unblock the bot,
 * have someone register on Telegram or Zalo, issue an invite code). Pure: unit labels come in.
 *
 *   Không liên lạc được 4 đơn vị chưa nộp (không đầu mối nào nhận được tin nhắc):
 *   - đầu mối đã chặn bot (1): Xã C
 *   - đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo (1): Xã B
 *   - chưa có đầu mối (2): Xã A; Xã D
 */

import { MAX_LISTED_UNITS, unitList } from '../replies/unit-list.js';
import type { Language } from '../types.js';

/**
 * Why a unit cannot be reached: nobody holds the role; its holders are known only on the console,
 * where the bot cannot write; or its holders' chats are closed to the bot (they blocked it).
 */
export type UnreachableReason = 'no-holder' | 'console-only' | 'blocked';

/** One unit that cannot be reached, named for the reply. */
export interface UnreachableItem {
  readonly unit: string;
  readonly reason: UnreachableReason;
}

/** The order of the groups: the quickest to fix first. */
const ORDER: readonly UnreachableReason[] = ['blocked', 'console-only', 'no-holder'];

const WORDS: Readonly<Record<Language, { readonly head: (n: number) => string; readonly reasons: Record<UnreachableReason, string> }>> = {
  vi: {
    head: (n) => `Không liên lạc được ${n} đơn vị chưa nộp (không đầu mối nào nhận được tin nhắc):`,
    reasons: {
      blocked: 'đầu mối đã chặn bot',
      'console-only': 'đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo',
      'no-holder': 'chưa có đầu mối',
    },
  },
  en: {
    head: (n) => `Cannot reach ${n} ${n === 1 ? 'unit that has' : 'units that have'} not reported (no focal point can get the reminder):`,
    reasons: {
      blocked: 'focal point blocked the bot',
      'console-only': 'focal point registered on the console only, no Telegram/Zalo',
      'no-holder': 'no focal point',
    },
  },
};

/**
 * The units that cannot be reached, one line per reason with its count and the units in the order
 * given, at most `max` names per line (then "và N đơn vị khác"), apart with "; " since a label may
 * name its province after a comma; null when there are none, so that a reply adds nothing.
 */
export function composeUnreachable(lang: Language, items: readonly UnreachableItem[], options: { readonly max?: number } = {}): string | null {
  if (items.length === 0) return null;
  const words = WORDS[lang];
  const lines = [words.head(items.length)];
  for (const reason of ORDER) {
    const names = items.filter((i) => i.reason === reason).map((i) => i.unit);
    if (names.length > 0) lines.push(`- ${words.reasons[reason]} (${names.length}): ${unitList(lang, names, options.max ?? MAX_LISTED_UNITS, '; ')}`);
  }
  return lines.join('\n');
}
