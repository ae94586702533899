import { resolve } from 'node:path';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/adapters/memory/fixed-clock.js';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store.js';
import { createMessageHandler, LOCAL_ADMIN_ID } from '../../../src/app/handle-message.js';
import { loadUnitDirectory } from '../../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import { periodEnd, periodStart } from '../../../src/core/periods/index.js';
import type { PeriodCode, Role, Unit } from '../../../src/core/types.js';
import type { UnitIndex } from '../../../src/core/units/unit-index.js';
import { seedReferenceData } from '../../../src/import/seed.js';
import type { Store } from '../../../src/ports/store.js';

const DATA = resolve(import.meta.dirname, '../../../data');
/** 10 July 2025, 9:00 in Vietnam: five days after the six-month report was due. */
const NOW = '2025-07-10T02:00:00Z';

let store: Store;
let index: UnitIndex;
let inviteNumber = 0;

const province = (name: string): Unit => index.units.find((u) => u.structure === 'post2025' && u.level === 'province' && u.name === name) as Unit;
const commune = (name: string, of: Unit): Unit => index.childrenOf(of.id).find((u) => u.name === name) as Unit;

/** Registers a chat user with a role for a unit, through an invite code as in real use. */
async function register(userId: string, displayName: string, role: Role, unit: Unit): Promise<number> {
  const code = `CMP${String(++inviteNumber).padStart(5, '0')}`;
  await store.createInvite({ code, unitId: unit.id, role, createdById: null, expiresAt: '2099-01-01T00:00:00Z' });
  const redeemed = await store.redeemInvite(code, { channel: 'console', userId, displayName }, new Date(NOW));
  if (!redeemed.ok) throw new Error(`invite refused: ${redeemed.reason}`);
  return redeemed.person.id;
}

async function submitted(unit: Unit, period: PeriodCode, personId: number, onTime: boolean): Promise<void> {
  await store.saveSubmission({
    recordedAt: NOW,
    unitId: unit.id,
    period,
    periodStart: periodStart(period) as string,
    periodEnd: periodEnd(period) as string,
    counts: { bb: 100, ld: 1000 },
    personId,
    channel: 'console',
    messageKey: null,
    rawText: 'nop bb 100 ld 1000',
    onTime,
  });
}

function say(userId: string, text: string) {
  const handler = createMessageHandler({
    store,
    units: () => index,
    clock: fixedClock(NOW),
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
  return handler.handle({ channel: 'console', chatId: `chat-${userId}`, userId, text });
}

beforeAll(async () => {
  store = createMemoryStore();
  await seedReferenceData(store, DATA);
  index = (await loadUnitDirectory(store)).current();
  const nghean = province('Nghệ An');
  const ward = (name: string) => commune(name, nghean);
  const a = await register('fp-thanh', 'Trần Thị B', 'focal_point', ward('Thành Vinh'));
  const b = await register('fp-truong', 'Lê Văn C', 'focal_point', ward('Trường Vinh'));
  const c = await register('fp-phu', 'Phạm Văn D', 'focal_point', ward('Vinh Phú'));
  await register('fp-hung', 'Nguyễn Văn A', 'focal_point', ward('Vinh Hưng'));
  await submitted(ward('Thành Vinh'), '2025-6M', a, true);
  await submitted(ward('Trường Vinh'), '2025-6M', b, true);
  await submitted(ward('Vinh Phú'), '2025-6M', c, false);
  await submitted(ward('Vinh Phú'), '2024-6M', c, true);
  await register('official-na', 'Cán bộ Nghệ An', 'official', nghean);
  await register('admin-ht', 'Quản trị Hà Tĩnh', 'admin', province('Hà Tĩnh'));
});

describe('completeness for a provincial official', () => {
  it('answers "ai chưa nộp báo cáo 6 tháng?" for their province: X of Y, on time and late, and who is missing', async () => {
    const lines = (await say('official-na', 'ai chưa nộp báo cáo 6 tháng?')).text.split('\n');
    expect(lines[0]).toBe('Báo cáo 6 tháng đầu năm 2025 — Tỉnh Nghệ An: 3/130 xã, phường đã nộp (2 đúng hạn, 1 muộn). Hạn nộp: 04/07/2025 (đã qua).');
    expect(lines[1]).toBe('Chưa nộp (127):');
    // The missing unit with someone to chase comes first.
    expect(lines[2]).toBe('- Phường Vinh Hưng — đầu mối: Nguyễn Văn A');
    expect(lines[3]).toMatch(/^- (Xã|Phường) .+ — chưa có đầu mối$/);
    expect(lines.at(-3)).toBe('… và 112 đơn vị khác (đều chưa có đầu mối).');
    // Vinh Hưng's focal point registered on the console only: no reminder can reach them.
    expect(lines.at(-2)).toMatch(/^Không liên lạc được 1 đơn vị/);
    expect(lines.at(-1)).toBe('- đầu mối chỉ đăng ký trên console, chưa có Telegram/Zalo (1): Phường Vinh Hưng');
    expect(lines.join('\n')).not.toContain('Thành Vinh');
  });

  it('reads the question without diacritics, and "who has not reported" in English', async () => {
    expect((await say('official-na', 'ai chua nop')).text).toContain('3/130 xã, phường đã nộp');
    const { text } = await say('official-na', 'who has not reported');
    expect(text.split('\n')[0]).toBe(
      'Six-month report, first half of 2025 — Nghe An Province: 3 of 130 communes and wards reported (2 on time, 1 late). Due: 4 Jul 2025 (passed).',
    );
    expect(text).toContain('- Vinh Hung Ward — focal point: Nguyễn Văn A');
  });

  it('answers for the province named, and for an explicit period', async () => {
    expect((await say('official-na', 'tình hình nộp báo cáo Nghệ An')).text).toContain('Tỉnh Nghệ An: 3/130');
    const { text } = await say('official-na', 'ai chưa nộp báo cáo 6T/2024');
    expect(text.split('\n')[0]).toBe('Báo cáo 6 tháng đầu năm 2024 — Tỉnh Nghệ An: 1/130 xã, phường đã nộp (1 đúng hạn). Hạn nộp: 04/07/2024 (đã qua).');
  });

  it('takes the period of the named report: the annual report last due in December 2024', async () => {
    const { text } = await say('official-na', "who hasn't submitted the annual report");
    expect(text.split('\n')[0]).toBe('Annual report, 2024 — Nghe An Province: 0 of 130 communes and wards reported. Due: 19 Dec 2024 (passed).');
  });

  it('politely refuses another province', async () => {
    expect((await say('official-na', 'tình hình nộp báo cáo Hà Tĩnh')).text).toBe('Bạn chỉ xem được tình hình nộp báo cáo của Tỉnh Nghệ An.');
    expect((await say('official-na', 'reporting status Ha Tinh')).text).toBe('You can see reporting status for Nghe An Province only.');
  });
});

describe('completeness for administrators', () => {
  it('lets an administrator see any province, and their own by default', async () => {
    expect((await say('admin-ht', 'reporting status Nghe An')).text).toContain('Nghe An Province: 3 of 130');
    expect((await say('admin-ht', 'ai chưa nộp báo cáo 6 tháng')).text).toContain('— Tỉnh Hà Tĩnh: 0/');
  });

  it('lets the local administrator see any province, and asks which one when none is named', async () => {
    expect((await say(LOCAL_ADMIN_ID, 'tiến độ nộp báo cáo 6 tháng Nghệ An')).text).toContain('Tỉnh Nghệ An: 3/130');
    expect((await say(LOCAL_ADMIN_ID, 'ai chưa nộp báo cáo 6 tháng?')).text).toBe('Bạn muốn xem tỉnh nào? Ví dụ: ai chưa nộp báo cáo 6 tháng Nghệ An');
  });

  it('answers an old province through the province it was merged into', async () => {
    const { text } = await say(LOCAL_ADMIN_ID, 'tình hình nộp báo cáo tỉnh Bắc Kạn');
    expect(text.split('\n')[0]).toBe('Tỉnh Bắc Kạn (trước 1/7/2025) đã sắp xếp vào Tỉnh Thái Nguyên từ 1/7/2025; báo cáo do các đơn vị hiện nay nộp.');
    expect(text).toContain('— Tỉnh Thái Nguyên: 0/');
  });

  it('answers an old city through the wards it became', async () => {
    const { text } = await say(LOCAL_ADMIN_ID, 'ai chưa nộp báo cáo 6 tháng TP Vinh');
    expect(text).toContain('Thành phố Vinh, Tỉnh Nghệ An (trước 1/7/2025): 3/6 đơn vị đã nộp (2 đúng hạn, 1 muộn)');
    expect(text).toContain('- Phường Vinh Hưng — đầu mối: Nguyễn Văn A');
  });

  it('asks back for an ambiguous place and answers the number chosen', async () => {
    const list = await say(LOCAL_ADMIN_ID, 'tình hình nộp báo cáo Bắc Kạn');
    expect(list.choices).toEqual(['Tỉnh Bắc Kạn (trước 1/7/2025)', 'Thành phố Bắc Kạn, Tỉnh Bắc Kạn (trước 1/7/2025)', 'Phường Bắc Kạn, Tỉnh Thái Nguyên']);
    const { text } = await say(LOCAL_ADMIN_ID, '3');
    expect(text).toContain('— Phường Bắc Kạn, Tỉnh Thái Nguyên: 0/1 đơn vị đã nộp.');
  });

  it('says so when the place is unknown', async () => {
    expect((await say(LOCAL_ADMIN_ID, 'ai chưa nộp báo cáo Atlantis')).text).toContain('Không tìm thấy địa danh "Atlantis"');
  });
});

describe('completeness for focal points and strangers', () => {
  it('shows a focal point their own unit only, and says why', async () => {
    const { text } = await say('fp-hung', 'ai chưa nộp báo cáo 6 tháng Nghệ An');
    expect(text.split('\n')[0]).toBe('Đầu mối chỉ xem được đơn vị của mình; tình hình cả tỉnh do cán bộ tỉnh theo dõi.');
    expect(text).toContain('Phường Vinh Hưng, Tỉnh Nghệ An: 0/1 đơn vị đã nộp.');
    expect(text).not.toContain('Thành Vinh');
  });

  it('shows nothing to someone who has not registered', async () => {
    const { text } = await say('stranger', 'ai chưa nộp báo cáo 6 tháng Nghệ An');
    expect(text).not.toContain('đã nộp');
    expect(text).toContain('dangky');
  });
});

describe('completeness and coverage do not take each other’s questions', () => {
  it('leaves a coverage question to coverage', async () => {
    const { text } = await say('official-na', 'tỷ lệ bao phủ BHXH Nghệ An');
    expect(text).not.toMatch(/đã nộp|Chưa nộp/);
  });

  // Last on purpose: it records a submission.
  it('leaves a submission to the submission feature', async () => {
    const { text } = await say('fp-hung', 'nop 6T/2025 bb 41.200 ld 180.000');
    expect(text).not.toMatch(/đơn vị đã nộp|Chưa nộp \(/);
  });
});
