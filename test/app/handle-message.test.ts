import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHOICE_TTL_MS, createMessageHandler, type MessageHandler } from '../../src/app/handle-message.js';
import type { UnitDirectory } from '../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../src/core/calendar/index.js';
import type { Unit } from '../../src/core/types.js';
import type { Clock } from '../../src/ports/clock.js';
import type { Store } from '../../src/ports/store.js';
import { manualClock } from '../support/manual-clock.js';
import { seededWorld } from '../support/seeded-world.js';

const silent = pino({ level: 'silent' });

let store: Store;
let directory: UnitDirectory;
beforeAll(async () => {
  // The speakers are registered officials: unregistered people get only the registration hint.
  ({ store, directory } = await seededWorld(['u1', 'alice', 'bob', 'carol', 'dave']));
});

function handler(clock: Clock = manualClock('2026-11-25T02:00:00Z'), over: Partial<Store> = {}): MessageHandler {
  return createMessageHandler({ store: { ...store, ...over }, units: directory.current, clock, log: silent, schedules: () => DEFAULT_SCHEDULES });
}
const say = (h: MessageHandler, text: string, userId = 'u1') => h.handle({ channel: 'console', chatId: `c-${userId}`, userId, text });

describe('handleMessage: coverage questions', () => {
  it('answers a dissolved city with what it became, in the language of the question', async () => {
    const { text } = await say(handler(), 'coverage for Vinh city');
    expect(text).toMatch(/^No figures of its own for Vinh City, Nghe An Province/);
    for (const ward of ['Thanh Vinh', 'Truong Vinh', 'Vinh Phu', 'Vinh Loc', 'Cua Lo', 'Vinh Hung']) expect(text).toContain(ward);
  });

  it('computes the rate from the counts and shows both targets with their sources', async () => {
    const { text } = await say(handler(), 'bhxh tinh bac kan 9 thang 2021');
    expect(text).toContain('15,54% (31.455/202.418');
    expect(text).toContain('16% (chỉ tiêu giao');
    expect(text).toContain('1736/QĐ-UBND');
    expect(text).toContain('còn thiếu 0,46 điểm phần trăm');
  });
});

describe('handleMessage: typos', () => {
  it('says how it read a misspelt place before answering', async () => {
    const { text } = await say(handler(), 'bhxh Bac Kann province 2021');
    expect(text.split('\n')[0]).toBe('Taking "Bac Kann" to mean Bac Kan Province (before 1 Jul 2025).');
    expect(text).toContain('15.54%');
  });
});

describe('handleMessage: ambiguous places', () => {
  // Ten old districts (and some new communes) are called Châu Thành: no one of them stands out.
  // A pick is remembered per person (src/app/units/remembered-pick.ts): each test that needs the
  // list asks as someone who has not picked yet.
  const SHARED = 'bhxh Châu Thành';

  it('asks back with a numbered list and answers the chosen number', async () => {
    const h = handler();
    const list = await say(h, SHARED);
    expect(list.choices?.length).toBeGreaterThan(2);
    for (const choice of list.choices ?? []) expect(choice).toContain('Châu Thành');
    const first = (list.choices ?? [])[0] as string;
    expect(list.text).toContain(`1. ${first}`);
    const answer = await say(h, '1');
    expect(answer.text).toContain(first);
    // The list is used up: the same number again is not a choice any more.
    expect((await say(h, '1')).text).not.toContain(first);
  });

  it('says which numbers are valid when the answer is out of range', async () => {
    const h = handler();
    const list = await say(h, SHARED, 'carol');
    expect((await say(h, '20', 'carol')).text).toContain(`1 đến ${list.choices?.length}`);
  });

  it('keeps each user’s list to that user', async () => {
    const h = handler();
    const first = ((await say(h, SHARED, 'alice')).choices ?? [])[0] as string;
    expect((await say(h, '1', 'bob')).text).not.toContain(first);
    expect((await say(h, '1', 'alice')).text).toContain(first);
  });

  it('forgets a list after its time to live', async () => {
    const clock = manualClock('2026-11-25T02:00:00Z');
    const h = handler(clock);
    const first = ((await say(h, SHARED, 'dave')).choices ?? [])[0] as string;
    expect(first).toContain('Châu Thành');
    clock.advance(CHOICE_TTL_MS + 1000);
    expect((await say(h, '1', 'dave')).text).not.toContain(first);
  });
});

describe('handleMessage: a name shared across levels', () => {
  it('answers for the province and names the city and the ward that share its name', async () => {
    const { text, choices } = await say(handler(), 'Tỷ lệ bao phủ BHXH Bắc Kạn');
    expect(choices).toBeUndefined();
    expect(text).toContain('Tỉnh Bắc Kạn');
    expect(text).toContain('15,54%');
    const shared = text.split('\n').at(-1) as string;
    expect(shared).toMatch(/^Cùng tên: Thành phố Bắc Kạn.*Phường Bắc Kạn, Tỉnh Thái Nguyên/);
  });

  it('takes the ward when the type word says so', async () => {
    const { text } = await say(handler(), 'bhxh phường Bắc Kạn');
    expect(text).toContain('Phường Bắc Kạn, Tỉnh Thái Nguyên');
    expect(text).not.toContain('15,54%');
    expect(text).not.toContain('Cùng tên');
  });
});

describe('handleMessage: bad and hostile input', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \t  '],
    ['10 kB of text', 'bhxh Vinh '.repeat(1024)],
    ['emoji', '😀🔥 💯'],
    ['SQL-looking text', "'; DROP TABLE unit; --"],
    ['control characters', '\u0000\u0007bhxh\u001b[31m Gia Lai\u007f'],
    ['a lone surrogate', 'Gia Lai \ud800'],
    ['only a number', '42'],
    ['markup', '<script>alert(1)</script>'],
  ];

  it.each(hostile)('gives a clear reply to %s and loses nothing', async (_name, text) => {
    const before = await store.countUnits();
    const reply = await say(handler(), text);
    expect(reply.text.trim().length).toBeGreaterThan(10);
    expect(reply.text).not.toMatch(/Error|at .*\.ts:\d+|undefined|NaN/);
    expect(await store.countUnits()).toBe(before);
  });

  it('answers politely, in the question’s language, when the store fails', async () => {
    const failing = handler(undefined, { findReports: () => Promise.reject(new Error('connection refused')) });
    const { text } = await say(failing, 'coverage for Gia Lai');
    expect(text).not.toContain('connection refused');
    expect(text).toMatch(/sorry|try again/i);
  });
});

describe('handleMessage: the submission hint', () => {
  it('goes to a focal point of the unit asked, with the period due next, and to nobody else', async () => {
    const ward = directory.current().units.find((u) => u.structure === 'post2025' && u.fullName === 'Phường Thành Vinh') as Unit;
    await store.createInvite({ code: 'TESTFP1', unitId: ward.id, role: 'focal_point', createdById: null, expiresAt: '2100-01-01T00:00:00Z' });
    await store.redeemInvite('TESTFP1', { channel: 'console', userId: 'fp1', displayName: 'fp1' }, new Date('2026-11-25T02:00:00Z'));
    const own = await say(handler(), 'bhxh phường Thành Vinh', 'fp1');
    expect(own.text).toMatch(/Bạn là đầu mối của đơn vị: gửi số liệu [^,]*2026 bằng một tin/);
    expect(own.text).not.toMatch(/nop \d|6T\/2025/);
    const official = await say(handler(), 'bhxh phường Thành Vinh');
    expect(official.text).not.toContain('đầu mối');
  });
});
