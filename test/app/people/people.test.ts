/**
 * People questions through the real message handler on the seeded memory store: counts, shortfall,
 * reached or not, plan fulfilment; the place found as for coverage, with the numbered list kept for
 * a people answer; everything else still answered by the coverage feature.
 */
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler, type MessageHandler } from '../../../src/app/handle-message.js';
import type { UnitDirectory } from '../../../src/app/units/unit-directory.js';
import { DEFAULT_SCHEDULES } from '../../../src/core/calendar/index.js';
import type { Store } from '../../../src/ports/store.js';
import { manualClock } from '../../support/manual-clock.js';
import { seededWorld } from '../../support/seeded-world.js';

let store: Store;
let directory: UnitDirectory;
let handler: MessageHandler;
beforeAll(async () => {
  ({ store, directory } = await seededWorld(['ann', 'ben', 'cat']));
  handler = createMessageHandler({
    store,
    units: directory.current,
    clock: manualClock('2026-11-25T02:00:00Z'),
    log: pino({ level: 'silent' }),
    schedules: () => DEFAULT_SCHEDULES,
  });
});

const say = (text: string, userId = 'ann') => handler.handle({ channel: 'console', chatId: `chat-${userId}`, userId, text });

describe('people questions', () => {
  it('answers how many take part people first, for the province a shared name stands for', async () => {
    const { text } = await say('tỉnh Bắc Kạn có tổng cộng bao nhiêu người đóng bảo hiểm xã hội');
    expect(text).toMatch(
      /^Số người tham gia BHXH — Tỉnh Bắc Kạn \(trước 1\/7\/2025\)\n9 tháng đầu năm 2021 \(số liệu đến 30\/09\/2021\): 31\.455 người tham gia BHXH \/ 202\.418 lao động có việc làm/,
    );
    expect(text).toContain('Nguồn: Tin của BHXH tỉnh Bắc Kạn');
  });

  it('answers the shortfall in people against the target on the same basis only', async () => {
    const { text } = await say('Bắc Kạn phải vận động thêm bao nhiêu lao động tham gia BHXH nữa?');
    expect(text).toContain('còn thiếu 32.387 − 31.455 = 932 người');
    expect(text).toContain('khác cơ sở tính');
  });

  it('answers reached or not in English, through the old city a new one was formed from', async () => {
    const { text } = await say('Has Hai Phong reached its voluntary social insurance goal?');
    expect(text).toMatch(/^Hai Phong City \(from 1 July 2025\) has no figures of its own yet/);
    expect(text).toContain('not reached as of November 2023, 0.48 percentage points short');
  });

  it('measures a figure of one period against the target of the year also named', async () => {
    const { text } = await say('Tính đến hết tháng 11/2023, Hải Phòng đã đạt mục tiêu BHYT năm 2025 chưa?');
    expect(text).toContain('Tháng 11/2023 (số liệu đến 30/11/2023): 92,35%');
    expect(text).toMatch(/- 95% .*: đến tháng 11\/2023 chưa đạt, còn thiếu 2,65 điểm phần trăm/);
  });

  it('answers plan fulfilment as it is stored', async () => {
    const { text } = await say('bhtn bac kan hoan thanh duoc may phan tram ke hoach');
    expect(text).toContain('Số người tham gia BHTN đạt 95,4% kế hoạch được giao');
  });

  it('reads a typo in the name as the coverage feature does', async () => {
    const { text } = await say('Hải Phòg có bao nhiêu người tham gia BHYT?');
    expect(text).toContain('Hải Phòng');
    expect(text).toContain('chỉ có tỷ lệ 92,35% dân số, chưa có số người');
  });

  it('asks back for a shared name, and answers the pick as a people question', async () => {
    const list = await say('Châu Thành còn thiếu bao nhiêu người tham gia BHXH để đạt chỉ tiêu?', 'ben');
    expect(list.choices?.length).toBeGreaterThan(1);
    for (const choice of list.choices ?? []) expect(choice).toContain('Châu Thành');
    const { text } = await say('2', 'ben');
    expect(text).toMatch(/^Chưa có số liệu thực hiện tỷ lệ bao phủ BHXH của Huyện Châu Thành, .* nên chưa tính được số người còn thiếu\./);
    expect(text).toContain('quản trị viên nạp tệp số liệu');
    expect(text).not.toContain('npm run');
  });

  it('asks for a place when none is named, never taking its words for one', async () => {
    const { text } = await say('Có bao nhiêu người lao động đã tham gia BHXH?', 'cat');
    expect(text).not.toMatch(/Đông|Không tìm thấy/);
    expect(text).toContain('địa phương nào');
  });

  it('leaves coverage questions to the coverage feature', async () => {
    const { text } = await say('tỷ lệ bao phủ BHXH Bắc Kạn 9 tháng 2021');
    expect(text).toMatch(/^Tỷ lệ bao phủ BHXH — Tỉnh Bắc Kạn/);
    expect(text).toContain('15,54% (31.455/202.418');
  });
});
