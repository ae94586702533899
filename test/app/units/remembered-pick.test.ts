import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler, LOCAL_ADMIN_ID, type MessageHandler } from '../../../src/app/handle-message.js';
import type { UnitDirectory } from '../../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import type { Store } from '../../../src/ports/store.js';
import { manualClock } from '../../support/manual-clock.js';
import { seededWorld } from '../../support/seeded-world.js';

const NOW = '2026-11-25T02:00:00Z';
// Ten old districts (and some new communes) are called Châu Thành: no one of them stands out.
const SHARED = 'bhxh Châu Thành';
const REMEMBERED_VI = /^Theo lựa chọn trước của bạn cho "Châu Thành"\. Muốn hỏi nơi khác cùng tên, ghi rõ tỉnh, ví dụ: "Châu Thành, Tây Ninh"\.$/u;

let store: Store;
let directory: UnitDirectory;
beforeAll(async () => {
  // Each test has speakers of its own: a pick, once made, stays in the shared store.
  ({ store, directory } = await seededWorld(['ana', 'ben', 'cam', 'dan', 'eve', 'fay'], NOW));
});

function handler(): MessageHandler {
  return createMessageHandler({ store, units: directory.current, clock: manualClock(NOW), log: pino({ level: 'silent' }), schedules: () => DEFAULT_SCHEDULES });
}
const say = (h: MessageHandler, userId: string, text: string) => h.handle({ channel: 'console', chatId: `c-${userId}`, userId, text });

/** Asks the shared name and picks the second place; returns that place's label. */
async function pickSecond(h: MessageHandler, userId: string): Promise<string> {
  const list = await say(h, userId, SHARED);
  const second = list.choices?.[1];
  if (!second) throw new Error(`no list: ${list.text}`);
  expect((await say(h, userId, '2')).text).toContain(second);
  return second;
}

describe('coverage: a place picked among several of one name', () => {
  it('answers the same name again for the picked place, saying so, without a list', async () => {
    const h = handler();
    const second = await pickSecond(h, 'ana');
    const again = await say(h, 'ana', 'bhyt Châu Thành');
    expect(again.choices).toBeUndefined();
    const [first, ...answer] = again.text.split('\n');
    expect(first).toMatch(REMEMBERED_VI);
    expect(answer.join('\n')).toContain(second);
  });

  it('takes the pick for the name typed without diacritics, and says so in the language asked', async () => {
    const h = handler();
    await pickSecond(h, 'ben');
    const again = await say(h, 'ben', 'coverage for chau thanh');
    expect(again.choices).toBeUndefined();
    expect(again.text.split('\n')[0]).toBe(
      'Going by your earlier pick for "chau thanh". To ask about another place of that name, add its province, e.g. "chau thanh, Tay Ninh".',
    );
    expect(again.text).toContain('Chau Thanh District, Long An Province');
  });

  it('still asks another official back with the list', async () => {
    const h = handler();
    await pickSecond(h, 'cam');
    const other = await say(h, 'dan', 'bhyt Châu Thành');
    expect(other.choices?.length).toBeGreaterThan(2);
    expect(other.text).not.toMatch(/lựa chọn trước/u);
  });

  it('leaves a name with its province alone', async () => {
    const h = handler();
    await pickSecond(h, 'eve');
    const { text, choices } = await say(h, 'eve', 'bhxh Châu Thành, Tây Ninh');
    expect(choices).toBeUndefined();
    expect(text).toContain('Huyện Châu Thành, Tỉnh Tây Ninh');
    expect(text).not.toMatch(/lựa chọn trước/u);
  });

  it('remembers nothing from a list saved without the name it was asked for', async () => {
    const h = handler();
    const list = await say(h, 'fay', SHARED);
    const key = { channel: 'console' as const, chatId: 'c-fay', userId: 'fay' };
    const state = await store.getConversation(key, new Date(NOW));
    if (!state) throw new Error('no list saved');
    const { nameKey: _nameKey, ...older } = state.payload as { nameKey?: string };
    await store.setConversation(key, { ...state, payload: older });
    await say(h, 'fay', '2');
    expect((await say(h, 'fay', SHARED)).choices).toEqual(list.choices);
  });

  it('remembers nothing for the console’s local administrator, who is no registered person', async () => {
    const h = handler();
    const list = await say(h, LOCAL_ADMIN_ID, SHARED);
    await say(h, LOCAL_ADMIN_ID, '2');
    expect((await say(h, LOCAL_ADMIN_ID, SHARED)).choices).toEqual(list.choices);
  });
});
