/**
 * composeUnreachable: the units owing a report that no reminder can reach, grouped by what fixes
 * them (the quickest first), each group counted and capped, in Vietnamese and English.
 */
import { describe, expect, it } from 'vitest';
import { composeUnreachable, type UnreachableItem } from '../../../src/core/reminders/reachability-replies.js';
import { MAX_LISTED_UNITS } from '../../../src/core/replies/unit-list.js';

const items: readonly UnreachableItem[] = [
  { unit: 'Xã A', reason: 'no-holder' },
  { unit: 'Xã B', reason: 'console-only' },
  { unit: 'Xã C', reason: 'blocked' },
  { unit: 'Xã D', reason: 'no-holder' },
];

describe('composeUnreachable', () => {
  it('groups the units by reason, blocked first, each with its count, units in the order given (vi)', () => {
    expect(composeUnreachable('vi', items)).toBe(
      [
        'Không liên lạc được 4 đơn vị chưa nộp (không đầu mối nào nhận được tin nhắc):',
        '- đầu mối đã chặn bot (1): Xã C',
        '- đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo (1): Xã B',
        '- chưa có đầu mối (2): Xã A; Xã D',
      ].join('\n'),
    );
  });

  it('says the same in English, and leaves out a reason no unit has', () => {
    expect(
      composeUnreachable(
        'en',
        items.filter((i) => i.reason !== 'console-only'),
      ),
    ).toBe(
      [
        'Cannot reach 3 units that have not reported (no focal point can get the reminder):',
        '- focal point blocked the bot (1): Xã C',
        '- no focal point (2): Xã A; Xã D',
      ].join('\n'),
    );
    expect(composeUnreachable('en', [{ unit: 'Xã B', reason: 'console-only' }])).toBe(
      [
        'Cannot reach 1 unit that has not reported (no focal point can get the reminder):',
        '- focal point registered on the console only, no Telegram/Zalo (1): Xã B',
      ].join('\n'),
    );
  });

  it('names at most 15 units per reason and counts the rest, or as many as asked', () => {
    const many = Array.from({ length: 40 }, (_, i): UnreachableItem => ({ unit: `Xã ${i + 1}`, reason: 'no-holder' }));
    const vi = composeUnreachable('vi', many) ?? '';
    expect(vi.split('\n')[1]).toBe(
      `- chưa có đầu mối (40): ${many
        .slice(0, MAX_LISTED_UNITS)
        .map((i) => i.unit)
        .join('; ')} và 25 đơn vị khác`,
    );
    expect((composeUnreachable('en', many, { max: 2 }) ?? '').split('\n')[1]).toBe('- no focal point (40): Xã 1; Xã 2 and 38 more');
  });

  it('gives nothing when every unit can be reached', () => {
    expect(composeUnreachable('vi', [])).toBeNull();
    expect(composeUnreachable('en', [])).toBeNull();
  });
});
